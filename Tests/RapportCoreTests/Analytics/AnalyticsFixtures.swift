import Foundation
import XCTest
@testable import RapportCore

/// Small books built in code for the report tests: every instant is noon UTC of a day, so the
/// day never depends on the time zone rounding.
enum Fixture {
    static func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LocalDate {
        guard let date = LocalDate(text) else {
            XCTFail("bad fixture date \(text)", file: file, line: line)
            return LocalDate(dayNumber: 0)
        }
        return date
    }

    static func noon(_ text: String) -> Date {
        Date(timeIntervalSince1970: Double(day(text).dayNumber * 86_400 + 12 * 3600))
    }

    static func eur(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .eur) }
    static func usd(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .usd) }

    static func period(_ from: String, _ to: String, asOf: String? = nil) -> ReportPeriod {
        ReportPeriod(from: day(from), to: day(to), asOf: day(asOf ?? to))
    }

    enum Outcome {
        case open
        case won(String)
        case lost(String, reason: String)
    }

    /// A deal created on `created` in the first stage of `moves` (stage id, day), moved through the
    /// others, then closed as `outcome` says.
    static func deal(_ number: Int, created: String, moves: [(String, String)] = [], stage: String = "new",
                     outcome: Outcome = .open, amount: Money, probability: Int? = nil, expectedClose: String? = nil,
                     offers: [OfferStatus] = []) -> Opportunity {
        var deal = Opportunity(id: OpportunityID(number: number), createdAt: noon(created), title: "Deal \(number)",
                               stageID: stage, amount: amount, probabilityOverride: probability,
                               expectedClose: expectedClose.map { day($0) })
        for (stageID, date) in moves { deal.move(toStage: stageID, at: noon(date)) }
        for status in offers { deal.offers.append(Offer(amount: amount, date: day(created), status: status)) }
        switch outcome {
        case .open: break
        case .won(let date): deal.markWon(at: noon(date))
        case .lost(let date, let reason): deal.markLost(reason: reason, at: noon(date))
        }
        return deal
    }

    static func contact(_ number: Int, created: String = "2024-01-01", lifecycle: [(LifecycleStage, String)] = []) -> Contact {
        var contact = Contact(id: ContactID(number: number), createdAt: noon(created), firstName: "C\(number)", lastName: "")
        for (stage, date) in lifecycle { contact.enter(stage, at: noon(date)) }
        return contact
    }

    /// Purchases numbered from `firstNumber`, one per (day, amount).
    static func purchases(of contact: Int?, _ orders: [(String, Money)], firstNumber: Int) -> [Purchase] {
        orders.enumerated().map { offset, order in
            Purchase(id: PurchaseID(number: firstNumber + offset), createdAt: noon(order.0),
                     contactID: contact.map { ContactID(number: $0) }, date: day(order.0), amount: order.1, product: "Item")
        }
    }

    static func answer(_ number: Int, _ date: String, _ score: Int) -> SurveyResponse {
        SurveyResponse(id: SurveyResponseID(number: number), createdAt: noon(date), contactID: nil, date: day(date), score: score)
    }

    /// The report as the CLI writes it, parsed back into a JSONValue.
    static func json<T: Encodable>(_ report: T) throws -> JSONValue {
        let bytes = try JSONValueEncoder().encodeToBytes(report)
        return try JSONParser.parse(bytes)
    }
}

final class DayConverterTests: XCTestCase {
    /// The table must agree with the time zone itself, around DST changes too.
    func testAgreesWithTheTimeZone() throws {
        for identifier in ["UTC", "Europe/Rome", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"] {
            let zone = try XCTUnwrap(TimeZone(identifier: identifier))
            let converter = DayConverter(zone)
            // Every 7 hours and 13 minutes from 2000 to 2030: hits every hour of the day and every season.
            var seconds = 946_684_800.0
            while seconds < 1_893_456_000 {
                let instant = Date(timeIntervalSince1970: seconds)
                XCTAssertEqual(converter.day(of: instant), LocalDate(instant, in: zone), "\(identifier) \(instant)")
                seconds += 7 * 3600 + 13 * 60
            }
            // A minute either side of midnight on the day DST starts in Rome (2026-03-29).
            for offset in [-60.0, 0, 60] {
                let instant = Date(timeIntervalSince1970: 1_774_738_800 + offset)
                XCTAssertEqual(converter.day(of: instant), LocalDate(instant, in: zone), identifier)
            }
        }
    }
}
