import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// Review of polish-13, item 3: a won or lost deal's pane offered open-deal actions ("t plans one
/// · x marks the first done") and an expected close "in 38 days". It shows the close date and the
/// outcome instead, and only the keys that still apply.
final class ClosedDealPaneTests: XCTestCase {
    private func paneText(_ id: OpportunityID, expectedClose: LocalDate?) -> String {
        var book = BoardFixture.book(leads: 3)
        if var deal = book.opportunities[id] {
            deal.expectedClose = expectedClose
            book.opportunities.upsert(deal)
        }
        var app = AppHarness(book: book, width: 120, height: 36)
        _ = App.perform(.board(.focusOpportunity(id)), state: &app.state, environment: app.environment)
        app.press("enter")
        XCTAssertNotNil(app.state.board.pane)
        return app.screenText()
    }

    func testAWonDealShowsItsCloseDateAndOutcomeAndNoOpenDealPrompts() {
        let text = paneText(BoardFixture.pilot, expectedClose: LocalDate(year: 2026, month: 12, day: 30))
        XCTAssertTrue(text.contains("Won on 2026-11-10 (12 days ago) · expected 2026-12-30"), text)
        XCTAssertFalse(text.contains("Expected close"), text)
        XCTAssertFalse(text.contains("in 38 days"), text)
        XCTAssertFalse(text.contains("t plans one"), text)
        XCTAssertFalse(text.contains("no next step"), text)
        XCTAssertFalse(text.contains("o adds one"), text)
        XCTAssertFalse(text.contains("t task"), text)
        XCTAssertFalse(text.contains("<> stage"), text)
        XCTAssertTrue(text.contains("R reopen"), text)
    }

    func testALostDealToo() {
        let text = paneText(BoardFixture.training, expectedClose: nil)
        XCTAssertTrue(text.contains("Lost on 2026-11-05 (17 days ago)"), text)
        XCTAssertFalse(text.contains("Expected close"), text)
        XCTAssertFalse(text.contains("x marks the first done"), text)
    }

    func testAnOpenDealKeepsItsExpectedCloseAndPrompts() {
        let text = paneText(BoardFixture.fleet, expectedClose: LocalDate(year: 2026, month: 12, day: 30))
        XCTAssertTrue(text.contains("Expected close"), text)
        XCTAssertTrue(text.contains("in 38 days"), text)
        XCTAssertTrue(text.contains("t plans one"), text)
        XCTAssertTrue(text.contains("t task"), text)
    }
}
