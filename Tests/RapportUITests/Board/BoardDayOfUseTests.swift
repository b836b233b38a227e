import XCTest
import RapportCore
@testable import RapportUI

/// What a day of real use found on the board (issue 13): each test fails without its fix.
final class BoardDayOfUseTests: XCTestCase {
    private func harness(leads: Int = 3, width: Int = 120, height: Int = 36) -> AppHarness {
        AppHarness(book: BoardFixture.book(leads: leads), width: width, height: height)
    }

    private func focus(_ id: OpportunityID, _ app: inout AppHarness) {
        _ = App.perform(.board(.focusOpportunity(id)), state: &app.state, environment: app.environment)
    }

    private func focused(_ app: AppHarness) -> OpportunityID? { BoardScreen.focusedCard(app.state, app.environment) }

    private func footer(_ app: AppHarness) -> String { app.frame().text(ofRow: app.state.size.height - 2) }

    // MARK: Item 6: the footer describes the cards shown

    func testFilteredTotalsCountOnlyTheMatchingDeals() {
        let book = BoardFixture.book(leads: 3)
        let clock = FixedClock(AppHarness.today)
        let all = BoardColumns.of(book, filter: "", sort: .nextActivity, clock: clock).totals
        // Fleet, Support, Espresso, Warehouse, Licence and three leads are open.
        XCTAssertEqual(all.openCount, 8)
        XCTAssertFalse(all.isFiltered)
        // Only Fleet renewal (€12,500 in New at 10%) matches "fleet".
        let fleet = BoardColumns.of(book, filter: "fleet", sort: .nextActivity, clock: clock).totals
        XCTAssertTrue(fleet.isFiltered)
        XCTAssertEqual(fleet.openCount, 1)
        XCTAssertEqual(fleet.openTotal.minorUnits, 1_250_000)
        XCTAssertEqual(fleet.weighted.minorUnits, 125_000)
        XCTAssertEqual(fleet.wonThisMonth, 0, "Pilot project was won this month but does not match")
        XCTAssertEqual(fleet.lostThisMonth, 0)
        // "acme" matches Pilot project (won on 10 November) and Old deal (won in September).
        let acme = BoardColumns.of(book, filter: "acme", sort: .nextActivity, clock: clock).totals
        XCTAssertEqual(acme.wonThisMonth, 1)
        XCTAssertEqual(acme.wonThisMonthTotal.minorUnits, 500_000)
    }

    func testTheFooterSaysWhenAFilterChoseTheTotals() {
        var app = harness()
        XCTAssertTrue(footer(app).hasPrefix("Pipeline "), footer(app))
        app.press("/")
        app.type("fleet")
        app.press("enter")
        let line = footer(app)
        XCTAssertTrue(line.contains("1 match"), line)
        XCTAssertTrue(line.contains("Matching €12.5k"), line)
        XCTAssertFalse(line.contains("Pipeline"), line)
    }

    // MARK: Item 15: the empty board says how to begin

    func testAnEmptyBoardSaysHowToAddTheFirstDeal() {
        let app = AppHarness(book: Book(), width: 80, height: 24)
        XCTAssertTrue(app.screenText().contains("No deals yet: n adds the first one"), app.screenText())
    }

    func testAFilterMatchingNothingSaysHowToClearIt() {
        var app = harness(width: 80, height: 24)
        app.press("/")
        app.type("zzz")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("No deal matches \"zzz\": Esc clears the filter"), app.screenText())
        app.press("esc")
        XCTAssertFalse(app.screenText().contains("No deal matches"), app.screenText())
    }
}
