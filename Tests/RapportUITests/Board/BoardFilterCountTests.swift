import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// Review of polish-13, item 2: the filter's count ("4 matches") counted won and lost deals while
/// the "Matching" totals beside it count open deals only. The count now says how many are open.
final class BoardFilterCountTests: XCTestCase {
    func testTheCountSaysHowManyOfTheMatchesAreOpenAsTheTotalsCount() {
        let book = BoardFixture.book(leads: 3)
        var app = AppHarness(book: book, width: 120, height: 36)
        app.press("/")
        app.type("acme")
        app.press("enter")
        let board = BoardColumns.of(book, filter: "acme", sort: .nextActivity, clock: FixedClock(AppHarness.today))
        let open = board.columns.filter(\.isStage).reduce(0) { $0 + $1.cards.count }
        let all = board.columns.reduce(0) { $0 + $1.cards.count }
        XCTAssertEqual(open, board.totals.openCount)
        XCTAssertLessThan(open, all, "the fixture's acme deals include a closed one")
        let line = app.frame().text(ofRow: app.state.size.height - 2)
        XCTAssertTrue(line.contains("\(open) open of \(all) matches"), line)
        XCTAssertTrue(line.contains("Matching "), line)
    }

    func testWordings() {
        XCTAssertEqual(BoardFooter.matchesText(open: 5, matches: 9), "5 open of 9 matches")
        XCTAssertEqual(BoardFooter.matchesText(open: 0, matches: 1), "0 open of 1 match")
        XCTAssertEqual(BoardFooter.matchesText(open: 2, matches: 2), "2 open matches")
        XCTAssertEqual(BoardFooter.matchesText(open: 0, matches: 0), "0 matches")
    }
}

/// Review of polish-13, item 5: an empty stage said "No deals", an empty Won or Lost "None".
final class BoardEmptyColumnWordingTests: XCTestCase {
    func testEveryEmptyColumnSaysNoDeals() {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
        app.press("/")
        app.type("acme")
        let columnsRow = app.frame().text(ofRow: 4)
        XCTAssertFalse(columnsRow.contains("None"), columnsRow)
        XCTAssertTrue(columnsRow.hasSuffix("No deals") || columnsRow.contains("│No deals"), columnsRow)
    }
}
