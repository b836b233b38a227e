import Foundation
import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// Totals outside the board in the base currency: a contact's purchases, a company's roll-ups.
final class CurrencyRollUpTests: XCTestCase {
    private let utc = TimeZone(identifier: "UTC") ?? .current
    private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }
    private func at(_ text: String) -> Date { day(text).startOfDay(in: utc).addingTimeInterval(9 * 3600) }
    private let ada = ContactID("con-000001")
    private let acme = CompanyID("com-000001")

    private func book() -> Book {
        var settings = Settings()
        settings.rates = [
            ExchangeRate(currency: .usd, base: .eur, date: day("2026-03-09"), rate: RateValue("1.25") ?? .one, source: "ecb"),
            ExchangeRate(currency: .usd, base: .eur, date: day("2026-03-11"), rate: RateValue("2") ?? .one, source: "ecb"),
        ]
        var won = Opportunity(id: OpportunityID("opp-000002"), createdAt: at("2026-03-01"), title: "Won", companyID: acme,
                              stageID: "proposal", amount: Money(major: 1_000, currency: .usd))
        won.markWon(at: at("2026-03-10"))
        return Book(
            settings: settings,
            contacts: [Contact(id: ada, createdAt: at("2026-01-01"), firstName: "Ada", lastName: "Lovelace", companyID: acme)],
            companies: [Company(id: acme, createdAt: at("2026-01-01"), name: "Acme")],
            opportunities: [
                Opportunity(id: OpportunityID("opp-000001"), createdAt: at("2026-03-01"), title: "Open", companyID: acme,
                            stageID: "new", amount: Money(major: 600, currency: .usd)),
                won,
                Opportunity(id: OpportunityID("opp-000003"), createdAt: at("2026-03-01"), title: "Pounds", companyID: acme,
                            stageID: "new", amount: Money(major: 70, currency: .gbp)),
            ],
            purchases: [
                Purchase(id: PurchaseID("pur-000001"), createdAt: at("2026-03-10"), contactID: ada, date: day("2026-03-10"),
                         amount: Money(major: 50, currency: .usd), product: "Book"),
                Purchase(id: PurchaseID("pur-000002"), createdAt: at("2026-03-12"), contactID: ada, date: day("2026-03-12"),
                         amount: Money(major: 10, currency: .eur), product: "Pen"),
                Purchase(id: PurchaseID("pur-000003"), createdAt: at("2026-03-12"), contactID: ada, date: day("2026-03-12"),
                         amount: Money(major: 7, currency: .gbp), product: "Tea"),
            ])
    }

    func testTheCompanyRollUpsConvert() throws {
        let row = try XCTUnwrap(CompanyIndex(book: book()).rows.first)
        // Open at the latest rate: $600 / 2 = €300 (the pounds have no rate). Won on 03-10 at 03-09's: $1,000 / 1.25 = €800.
        XCTAssertEqual(row.openPipeline, Money(major: 300, currency: .eur))
        XCTAssertEqual(row.won, Money(major: 800, currency: .eur))
    }

    func testTheContactsPurchaseTotalConvertsAndNamesWhatHadNoRate() throws {
        let book = book()
        let contact = try XCTUnwrap(book.contacts[ada])
        let lines = ContactSections.purchases(contact, book: book, links: BookLinks(book))
        let text = lines.map { $0.segments.map(\.text).joined() }.joined(separator: "\n")
        // $50 on 03-10 at 03-09's 1.25 = €40, + €10 = €50; £7 has no rate.
        XCTAssertTrue(text.contains("3, ≈€50.00 in total; 1 amount with no rate to EUR: £7.00"), text)
    }
}
