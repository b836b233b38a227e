import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The board as the user sees it, at the three sizes it is designed for, on fixed data and a
/// fixed clock (2026-11-22 12:00 UTC). Regenerate with RAPPORT_UPDATE_GOLDENS=1 and read the diff.
final class BoardGoldenTests: XCTestCase {
    private func harness(width: Int, height: Int, leads: Int = 20) -> AppHarness {
        AppHarness(book: BoardFixture.book(leads: leads), width: width, height: height)
    }

    private func row(containing text: String, in frame: CellBuffer) -> Int? {
        (0..<frame.height).first { frame.text(ofRow: $0).contains(text) }
    }

    private func column(of text: String, row: Int, in frame: CellBuffer) -> Int? {
        let line = frame.text(ofRow: row, trimmingTrailingSpaces: false)
        guard let range = line.range(of: text) else { return nil }
        return DisplayWidth.of(line[line.startIndex..<range.lowerBound])
    }

    func testBoardAt80x24OneLineCards() throws {
        let app = harness(width: 80, height: 24)
        let frame = app.frame()
        assertGolden(frame, named: "board-80x24")
        // The first card has the focus; its overdue marker keeps the overdue style, reversed.
        let first = try XCTUnwrap(row(containing: "Fleet r", in: frame))
        XCTAssertEqual(frame.style(at: 0, y: first), Style.overdue.reversed)
        XCTAssertEqual(frame.style(at: 3, y: first).role, .selected)
        // Other cards are not selected.
        let lead = try XCTUnwrap(row(containing: "Lead 1 ", in: frame))
        XCTAssertEqual(frame.style(at: 3, y: lead).role, .normal)
    }

    func testBoardAt120x36WithMarkers() throws {
        let app = harness(width: 120, height: 36)
        let frame = app.frame()
        assertGolden(frame, named: "board-120x36")
        let overdue = try XCTUnwrap(row(containing: "2d overdue", in: frame))
        let overdueX = try XCTUnwrap(column(of: "2d overdue", row: overdue, in: frame))
        XCTAssertEqual(frame.style(at: overdueX, y: overdue).role, .overdue)
        let today = try XCTUnwrap(row(containing: "today 15:00", in: frame))
        let todayX = try XCTUnwrap(column(of: "today 15:00", row: today, in: frame))
        XCTAssertEqual(frame.style(at: todayX, y: today), Style.dueToday)
        let none = try XCTUnwrap(row(containing: "no next step", in: frame))
        let noneX = try XCTUnwrap(column(of: "no next step", row: none, in: frame))
        XCTAssertEqual(frame.style(at: noneX, y: none), Style.warning)
        let rotting = try XCTUnwrap(column(of: "~52d", row: none, in: frame), "Support contract is rotting")
        XCTAssertEqual(frame.style(at: rotting, y: none), Style.warning)
        XCTAssertNotNil(row(containing: "€8k 50%", in: frame), "a probability of its own is shown")
    }

    func testBoardAt200x60WideCardsAndWonLostSummaries() throws {
        let app = harness(width: 200, height: 60)
        let frame = app.frame()
        assertGolden(frame, named: "board-200x60")
        let header = frame.text(ofRow: 1)
        XCTAssertTrue(header.contains("Won") && header.contains("Lost"), header)
    }

    func testScrolledDownAndRight() {
        var app = harness(width: 80, height: 24)
        for _ in 0..<21 { app.press("j") }
        assertGolden(app.frame(), named: "board-scrolled-down-80x24")
        for _ in 0..<6 { app.press("l") }
        assertGolden(app.frame(), named: "board-scrolled-right-80x24")
    }

    func testFilterWhileTyping() {
        var app = harness(width: 120, height: 36)
        app.press("/")
        app.type("acme")
        let frame = app.frame()
        assertGolden(frame, named: "board-filter-120x36")
        XCTAssertTrue(frame.text(ofRow: 34).contains("acme"), "the footer shows the filter being typed")
    }

    func testOpportunityPane() {
        var app = harness(width: 120, height: 36)
        _ = App.perform(.board(.focusOpportunity(BoardFixture.warehouse)), state: &app.state, environment: app.environment)
        app.press("enter")
        assertGolden(app.frame(), named: "board-pane-120x36")
    }

    func testLostReasonAndNewOpportunityDialogs() {
        var app = harness(width: 80, height: 24)
        app.press("L")
        app.type("pri")
        assertGolden(app.frame(), named: "board-lost-reason-80x24")
        app.press("esc", "n")
        app.type("Coffee")
        app.press("tab")
        app.type("bore")
        assertGolden(app.frame(), named: "board-new-opportunity-80x24")
    }

    func testDemoBookAt120x36() {
        let book = DemoBookGenerator(size: .small, seed: 1, today: AppHarness.today).generate()
        let app = AppHarness(book: book, width: 120, height: 36)
        assertGolden(app.frame(), named: "board-demo-120x36")
    }

    func testAnEmptyBook() {
        let app = AppHarness(width: 80, height: 24)
        assertGolden(app.frame(), named: "board-empty-80x24")
    }
}
