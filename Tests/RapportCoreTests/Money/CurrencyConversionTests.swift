import Foundation
import XCTest
@testable import RapportCore

/// Conversions to the base currency at dated rates, with every figure worked out by hand.
final class CurrencyConversionTests: XCTestCase {
    private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }
    private func rate(_ text: String) -> RateValue { RateValue(text) ?? .one }
    private func quote(_ currency: CurrencyCode, _ value: String, on date: String, against base: CurrencyCode = .eur) -> ExchangeRate {
        ExchangeRate(currency: currency, base: base, date: day(date), rate: rate(value), source: "test")
    }

    func testTheRateOfTheDayOnOrBeforeIsUsed() throws {
        let converter = CurrencyConverter(base: .eur, rates: [
            quote(.usd, "1.25", on: "2026-03-11"), quote(.usd, "1.0", on: "2026-03-09"), quote(.usd, "2", on: "2026-03-01"),
        ])
        // Won on 2026-03-10: the rate of 03-09 (1 EUR = 1 USD), not 03-11: $1,000.00 -> €1,000.00.
        XCTAssertEqual(converter.convert(Money(major: 1_000, currency: .usd), on: day("2026-03-10")),
                       Money(major: 1_000, currency: .eur))
        // On 03-11 itself its own rate: 1,000 / 1.25 = €800.00.
        XCTAssertEqual(converter.convert(Money(major: 1_000, currency: .usd), on: day("2026-03-11"))?.minorUnits, 80_000)
        // An open deal: the latest rate (03-11) whatever the day.
        XCTAssertEqual(converter.convert(Money(major: 1_000, currency: .usd), on: nil)?.minorUnits, 80_000)
        // Before the first rate there is none.
        XCTAssertNil(converter.convert(Money(major: 1_000, currency: .usd), on: day("2026-02-28")))
    }

    func testRoundingIsHalfAwayFromZeroInTheBasesMinorUnits() {
        let converter = CurrencyConverter(base: .eur, rates: [quote(.usd, "2", on: "2026-01-01"), quote(.jpy, "160", on: "2026-01-01")])
        // $0.01 / 2 = €0.005 -> €0.01; -$0.01 -> -€0.01; $0.03 / 2 = 0.015 -> 0.02.
        XCTAssertEqual(converter.convert(Money(minorUnits: 1, currency: .usd), on: nil)?.minorUnits, 1)
        XCTAssertEqual(converter.convert(Money(minorUnits: -1, currency: .usd), on: nil)?.minorUnits, -1)
        XCTAssertEqual(converter.convert(Money(minorUnits: 3, currency: .usd), on: nil)?.minorUnits, 2)
        // JPY has no minor units: ¥1,000 / 160 = €6.25 exactly -> 625 cents; ¥1 / 160 = €0.00625 -> 1 cent.
        XCTAssertEqual(converter.convert(Money(minorUnits: 1_000, currency: .jpy), on: nil)?.minorUnits, 625)
        XCTAssertEqual(converter.convert(Money(minorUnits: 1, currency: .jpy), on: nil)?.minorUnits, 1)
    }

    func testCrossRatesGoThroughTheEuroWhenTheBaseIsNotEUR() {
        // ECB: 1 EUR = 1.10 USD, 1 EUR = 0.95 CHF. Base CHF, $1,100.00:
        // 1,100 USD = 1,000 EUR = 950.00 CHF.
        let converter = CurrencyConverter(base: .chf, rates: [quote(.usd, "1.10", on: "2026-12-01"), quote(.chf, "0.95", on: "2026-12-01")])
        XCTAssertEqual(converter.convert(Money(major: 1_100, currency: .usd), on: day("2026-12-02")), Money(major: 950, currency: .chf))
        // A euro amount uses the CHF rate alone: €200 × 0.95 = CHF 190.00.
        XCTAssertEqual(converter.convert(Money(major: 200, currency: .eur), on: nil), Money(major: 190, currency: .chf))
        // $1.00 -> 0.95 / 1.10 = 0.863636… CHF -> 0.86.
        XCTAssertEqual(converter.convert(Money(major: 1, currency: .usd), on: nil)?.minorUnits, 86)
    }

    func testARateTypedAgainstTheBaseWinsAndWorksBothWays() {
        // Typed in a CHF book: 1 CHF = 1.08 USD. $108.00 -> CHF 100.00.
        let converter = CurrencyConverter(base: .chf, rates: [quote(.usd, "1.08", on: "2026-12-01", against: .chf),
                                                              quote(.usd, "1.5", on: "2026-12-01"), quote(.chf, "1", on: "2026-12-01")])
        XCTAssertEqual(converter.convert(Money(major: 108, currency: .usd), on: nil), Money(major: 100, currency: .chf))
        // A EUR book holding only a rate of EUR against GBP (1 GBP = 1.2 EUR): £10 -> €12.00.
        let inverse = CurrencyConverter(base: .eur, rates: [quote(.eur, "1.2", on: "2026-12-01", against: .gbp)])
        XCTAssertEqual(inverse.convert(Money(major: 10, currency: .gbp), on: nil), Money(major: 12, currency: .eur))
    }

    func testThreeDigitCurrencies() {
        // 1 EUR = 0.4 BHD: BHD 1.234 (1234 fils) = €3.085 -> €3.09 (half away from zero).
        let converter = CurrencyConverter(base: .eur, rates: [quote(CurrencyCode("BHD")!, "0.4", on: "2026-01-01")])
        XCTAssertEqual(converter.convert(Money(minorUnits: 1_234, currency: CurrencyCode("BHD")!), on: nil)?.minorUnits, 309)
        // Base BHD, €10.00 -> 4.000 BHD = 4000 fils.
        let bahrain = CurrencyConverter(base: CurrencyCode("BHD")!, rates: [quote(CurrencyCode("BHD")!, "0.4", on: "2026-01-01")])
        XCTAssertEqual(bahrain.convert(Money(major: 10, currency: .eur), on: nil)?.minorUnits, 4_000)
    }

    func testATotalSaysWhatItConvertedAndWhatHadNoRate() {
        let converter = CurrencyConverter(base: .eur, rates: [quote(.usd, "1.25", on: "2026-03-01")])
        let total = converter.total([
            DatedAmount(Money(major: 100, currency: .eur), on: nil),
            DatedAmount(Money(major: 50, currency: .usd), on: day("2026-03-05")),
            DatedAmount(Money(major: 30, currency: .gbp), on: nil),
            DatedAmount(Money(major: 20, currency: .gbp), on: nil),
            DatedAmount(Money(major: 1_000, currency: .jpy), on: nil),
        ])
        // €100 + $50 / 1.25 = €100 + €40 = €140.00; £30 + £20 and ¥1,000 have no rate.
        XCTAssertEqual(total.total, Money(major: 140, currency: .eur))
        XCTAssertEqual(total.converted, [.usd])
        XCTAssertTrue(total.isApproximate)
        XCTAssertEqual(total.unconverted, [Money(major: 50, currency: .gbp), Money(major: 1_000, currency: .jpy)])
        XCTAssertEqual(total.unconvertedCount, 3)
        XCTAssertFalse(total.isComplete)
        let exact = converter.total([DatedAmount(Money(major: 1, currency: .eur), on: nil)])
        XCTAssertFalse(exact.isApproximate)
        XCTAssertTrue(exact.isComplete)
    }

    func testRateValuesAreExactDecimals() {
        XCTAssertEqual(RateValue("1.0800")?.description, "1.08")
        XCTAssertEqual(RateValue("161,25")?.description, "161.25")
        XCTAssertEqual(RateValue("0.00625")?.description, "0.00625")
        XCTAssertEqual(RateValue("17352")?.description, "17352")
        for bad in ["0", "-1.2", "", "1.", "abc", "1.2.3", "0.000000001"] { XCTAssertNil(RateValue(bad), bad) }
    }
}

/// The reports' totals in the base currency, converted at dated rates.
final class ReportConversionTests: XCTestCase {
    private let utc = TimeZone(identifier: "UTC") ?? .current
    private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }
    private func at(_ text: String) -> Date { day(text).startOfDay(in: utc).addingTimeInterval(9 * 3600) }

    private func book() -> Book {
        var settings = Settings()
        settings.rates = [
            ExchangeRate(currency: .usd, base: .eur, date: day("2026-03-09"), rate: RateValue("1.25") ?? .one, source: "ecb"),
            ExchangeRate(currency: .usd, base: .eur, date: day("2026-03-11"), rate: RateValue("2") ?? .one, source: "ecb"),
        ]
        var won = Opportunity(id: OpportunityID("opp-000003"), createdAt: at("2026-03-01"), title: "Won in dollars",
                              stageID: "proposal", amount: Money(major: 1_000, currency: .usd))
        won.markWon(at: at("2026-03-10"))
        return Book(settings: settings, opportunities: [
            Opportunity(id: OpportunityID("opp-000001"), createdAt: at("2026-03-01"), title: "Euros", stageID: "new",
                        amount: Money(major: 1_000, currency: .eur)),
            Opportunity(id: OpportunityID("opp-000002"), createdAt: at("2026-03-01"), title: "Dollars", stageID: "new",
                        amount: Money(major: 600, currency: .usd)),
            won,
            Opportunity(id: OpportunityID("opp-000004"), createdAt: at("2026-03-01"), title: "Pounds", stageID: "new",
                        amount: Money(major: 70, currency: .gbp)),
        ])
    }

    func testThePipelineConvertsOpenDealsAtTheLatestRate() {
        let report = Reports.pipeline(book(), asOf: day("2026-03-20"), timeZone: utc)
        // Open: €1,000 + $600 / 2 (the latest rate, 03-11) = €1,300; the pounds have no rate.
        XCTAssertEqual(report.totalValue.minorUnits, 130_000)
        // Weighted at New's 10%: €100 + $60 / 2 = €130.
        XCTAssertEqual(report.totalWeightedValue.minorUnits, 13_000)
        XCTAssertEqual(report.convertedFrom, [.usd])
        XCTAssertEqual(report.excludedFromValues, 1)
        XCTAssertEqual(report.openCount, 3)
    }

    func testTheFunnelConvertsAWonDealAtItsCloseDatesRate() {
        let period = ReportPeriod(from: day("2026-03-01"), to: day("2026-03-31"), asOf: day("2026-03-20"), timeZone: utc)
        let report = Reports.funnel(book(), period: period)
        // Won on 03-10 with rates of 03-09 (1.25) and 03-11 (2): 03-09's, $1,000 / 1.25 = €800.
        XCTAssertEqual(report.averageDealSize?.minorUnits, 80_000)
        // New was reached by all four; values: €1,000 + €300 + €800, the pounds left out = €2,100.
        XCTAssertEqual(report.stages[0].value.minorUnits, 210_000)
        XCTAssertEqual(report.convertedFrom, [.usd])
        XCTAssertEqual(report.excludedFromValues, 1)
    }

    func testLifetimeValueConvertsEachPurchaseAtItsDaysRate() {
        var book = book()
        let ada = ContactID("con-000001")
        book.contacts.upsert(Contact(id: ada, createdAt: at("2026-01-01"), firstName: "Ada", lastName: "Lovelace"))
        book.purchases.upsert(Purchase(id: PurchaseID("pur-000001"), createdAt: at("2026-03-10"), contactID: ada,
                                       date: day("2026-03-10"), amount: Money(major: 50, currency: .usd), product: "Book"))
        book.purchases.upsert(Purchase(id: PurchaseID("pur-000002"), createdAt: at("2026-03-12"), contactID: ada,
                                       date: day("2026-03-12"), amount: Money(major: 50, currency: .usd), product: "Book"))
        let report = Reports.lifetimeValue(book, asOf: day("2026-03-20"))
        // $50 on 03-10 at 03-09's 1.25 = €40; $50 on 03-12 at 03-11's 2 = €25; €65 in all.
        XCTAssertEqual(report.totalHistoricalValue.minorUnits, 6_500)
        XCTAssertEqual(report.convertedFrom, [.usd])
        XCTAssertEqual(report.excludedPurchases, 0)
    }
}
