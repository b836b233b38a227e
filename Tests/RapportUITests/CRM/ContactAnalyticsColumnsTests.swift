import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Segment and lifetime value columns, the segment filter and the pane's RFM line, on the CRM
/// fixture plus one old purchase by Ann Lee. Hand-computed as of 2026-11-22:
/// - Giulia: one purchase 40 days ago, €1,299: Occasional; predicted 1,299 × 1/year × 3 years = €3,897.
/// - Ann: one purchase 200 days ago, €200: none in 6 months, some in 12: At risk; €600 predicted.
/// - Giuseppe, Annabel, Joanna: never bought, created 60-90 days ago: Prospect, no value.
/// - RFM among the two buyers (1 + lower × 5 / 2): Giulia R3 F1 M3, Ann R1 F1 M1.
final class ContactAnalyticsColumnsTests: XCTestCase {
    private static func book() -> Book {
        var book = CRMFixture.make()
        let today = AppHarness.today
        book.purchases.upsert(Purchase(id: PurchaseID(number: 2), createdAt: Date(timeIntervalSince1970: 0),
                                       contactID: ContactID(number: 3), date: today.adding(days: -200),
                                       amount: Money(minorUnits: 20_000, currency: .eur), product: "Sample kit", category: "Goods"))
        return book
    }

    private func app(width: Int = 170, height: Int = 30) -> AppHarness {
        var app = AppHarness(book: Self.book(), width: width, height: height)
        app.press("2")
        return app
    }

    private func order(_ app: AppHarness) -> [Int] {
        let index = app.contactIndex
        return app.contactEntries.map { index.rows[Int($0.row)].id.number ?? -1 }
    }

    func testIndexHoldsSegmentsAndLifetimeValues() {
        let index = ContactIndex(book: Self.book(), asOf: AppHarness.today)
        func row(_ number: Int) -> ContactIndex.Row { index.rows[index.rowByID[ContactID(number: number)] ?? 0] }
        XCTAssertEqual(row(1).segment, .occasional)
        XCTAssertEqual(row(3).segment, .atRisk)
        XCTAssertEqual([2, 4, 5].map { row($0).segment }, [.prospect, .prospect, .prospect])
        XCTAssertEqual(row(1).lifetimeValue?.historical.minorUnits, 129_900)
        XCTAssertEqual(row(1).lifetimeValue?.predicted.minorUnits, 389_700)
        XCTAssertEqual(row(3).lifetimeValue?.historical.minorUnits, 20_000)
        XCTAssertEqual(row(3).lifetimeValue?.predicted.minorUnits, 60_000)
        XCTAssertNil(row(2).lifetimeValue)
        XCTAssertEqual(row(1).lifetimeValueText, "€1,299")
        XCTAssertEqual(row(1).rfm.map { [$0.recency, $0.frequency, $0.monetary] }, [3, 1, 3])
        XCTAssertEqual(row(3).rfm.map { [$0.recency, $0.frequency, $0.monetary] }, [1, 1, 1])
        XCTAssertNil(row(2).rfm)
    }

    func testSortBySegmentAndValue() {
        var app = app()
        app.press("s", "s", "s")
        XCTAssertEqual(app.state.contacts.query.sort, .segment)
        XCTAssertEqual(order(app), [1, 3, 2, 4, 5], "Occasional, At risk, then the prospects by id")
        app.press("S")
        XCTAssertEqual(order(app), [2, 4, 5, 3, 1], "reversed; ties stay by id")
        app.press("s")
        XCTAssertEqual(app.state.contacts.query.sort, .lifetimeValue)
        XCTAssertEqual(order(app), [2, 4, 5, 3, 1], "no value first, then €200, €1,299")
        app.press("S")
        XCTAssertEqual(order(app), [1, 3, 2, 4, 5])
    }

    func testFilterBySegment() {
        var app = app()
        app.press("f")
        app.press("tab", "tab")
        app.type("at risk")
        app.press("enter")
        XCTAssertEqual(app.state.contacts.query.segment, .atRisk)
        XCTAssertEqual(order(app), [3])
        XCTAssertTrue(app.screenText().contains("segment: At risk"))
        // Narrowing a search keeps the filter.
        app.press("/")
        app.type("a")
        XCTAssertEqual(order(app), [3])
        app.type("x")
        XCTAssertEqual(order(app), [])
    }

    func testFilterRejectsAnUnknownSegment() {
        var app = app()
        app.press("f", "tab", "tab")
        app.type("vip")
        app.press("enter")
        XCTAssertNil(app.state.contacts.query.segment)
        XCTAssertNotNil(app.state.contacts.modal, "the form stays open with the error")
    }

    func testColumnsOnAWideScreenAndDroppedFirstWhenNarrow() {
        XCTAssertEqual(ContactsRender.columns(width: 160), ContactColumn.allCases)
        XCTAssertFalse(ContactsRender.columns(width: 159).contains(.segment))
        XCTAssertFalse(ContactsRender.columns(width: 159).contains(.lifetimeValue))
        XCTAssertTrue(ContactsRender.columns(width: 159).contains(.phone))
        let app = app()
        let text = app.screenText()
        XCTAssertTrue(text.contains("Segment"))
        XCTAssertTrue(text.contains("At risk"))
        XCTAssertTrue(text.contains("€200"))
    }

    func testProfileShowsSegmentRFMAndLifetimeValue() {
        var app = app(width: 170, height: 48)
        app.press("/")
        app.type("ann lee")
        app.press("enter")
        let text = app.screenText()
        XCTAssertTrue(text.contains("Segment     At risk (none in 6 months, some in 12)"), text)
        XCTAssertTrue(text.contains("RFM         R1 F1 M1"), text)
        XCTAssertTrue(text.contains("Value       €200 so far, €600 predicted"), text)
    }
}
