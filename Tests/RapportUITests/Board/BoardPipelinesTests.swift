import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The board with two pipelines: one shown at a time (`]`/`[`, the palette), its own columns and
/// totals, its name in the footer; `P` moves a deal to a stage of the other one, undoably.
final class BoardPipelinesTests: XCTestCase {
    private static let renewalDue = OpportunityID("opp-000101")
    private static let renewalSigned = OpportunityID("opp-000102")

    /// The fixture's book plus Renewals: Due (50%) holding €400, Signed (90%) holding €600.
    private func book() throws -> Book {
        var book = BoardFixture.book(leads: 0)
        try PipelineEditing.addPipeline(&book, name: "Renewals", stageNames: ["Due", "Signed"])
        book.settings.pipelines[1].stages[0].probability = 50
        book.settings.pipelines[1].stages[1].probability = 90
        for (id, stage, amount) in [(Self.renewalDue, "due", Int64(400)), (Self.renewalSigned, "signed", 600)] {
            var deal = Opportunity(id: id, createdAt: BoardFixture.at(2026, 11, 1), title: "Renewal \(stage)",
                                   stageID: stage, amount: BoardFixture.euros(amount))
            deal.pipelineID = "renewals"
            book.opportunities.upsert(deal)
        }
        return book
    }

    private func titles(_ app: AppHarness) -> [String] {
        BoardScreen.columns(app.state, app.environment).map(\.title)
    }

    private func totals(_ app: AppHarness) -> BoardTotals {
        app.state.board.caches.columns(app.state.book, pipelineID: app.state.board.shownPipeline(app.state.book.settings).id,
                                       filter: "", sort: app.state.board.sort, clock: app.environment.clock).totals
    }

    func testTheKeysSwitchPipelinesAndTheTotalsAreEachPipelines() throws {
        var app = AppHarness(book: try book(), width: 100, height: 30)
        XCTAssertEqual(titles(app), ["New", "Qualified", "Meeting", "Proposal", "Negotiation", "Won", "Lost"])
        XCTAssertFalse(BoardScreen.columns(app.state, app.environment).flatMap(\.cards).contains(Self.renewalDue))
        XCTAssertTrue(app.screenText().contains("Pipeline (1/2)"), app.screenText())
        app.press("]")
        XCTAssertEqual(titles(app), ["Due", "Signed", "Won", "Lost"])
        // Open: 400 + 600 = 1,000; weighted 400 × 50% + 600 × 90% = 200 + 540 = 740.
        XCTAssertEqual(totals(app).openCount, 2)
        XCTAssertEqual(totals(app).openTotal.minorUnits, 100_000)
        XCTAssertEqual(totals(app).weighted.minorUnits, 74_000)
        let columns = BoardScreen.columns(app.state, app.environment)
        XCTAssertEqual(columns[1].weighted.minorUnits, 54_000)
        XCTAssertTrue(app.screenText().contains("Renewals (2/2)"), app.screenText())
        assertGolden(app.frame(), named: "board-renewals-100x30")
        app.press("]")
        XCTAssertEqual(titles(app).first, "New", "wraps around to the first")
        app.press("[")
        XCTAssertEqual(titles(app).first, "Due")
    }

    func testThePaletteShowsAPipeline() throws {
        var app = AppHarness(book: try book(), width: 100, height: 30)
        app.press(":")
        app.type("show pipeline renewals")
        app.press("enter")
        XCTAssertEqual(app.state.board.pipelineID, "renewals")
        XCTAssertEqual(titles(app).first, "Due")
    }

    func testPMovesTheDealToAStageOfAnotherPipelineAndUndoMovesItBack() throws {
        var app = AppHarness(book: try book(), width: 100, height: 30)
        let deal = try XCTUnwrap(BoardScreen.focusedCard(app.state, app.environment))
        app.press("P")
        XCTAssertTrue(BoardScreen.hasModal(app.state))
        app.type("Renewals › Signed")
        app.press("enter")
        let moved = try XCTUnwrap(app.state.book.opportunities[deal])
        XCTAssertEqual(moved.pipelineID, "renewals")
        XCTAssertEqual(moved.stageID, "signed")
        XCTAssertEqual(moved.stageHistory.map(\.stageID), ["new", "signed"])
        // The board follows the deal into its new pipeline.
        XCTAssertEqual(app.state.board.pipelineID, "renewals")
        XCTAssertEqual(BoardScreen.focusedCard(app.state, app.environment), deal)
        app.press("u")
        XCTAssertNil(app.state.book.opportunities[deal]?.pipelineID)
        XCTAssertEqual(app.state.book.opportunities[deal]?.stageID, "new")
    }

    func testWithOnePipelineTheKeysSayHowToAddOne() {
        var app = AppHarness(book: BoardFixture.book(leads: 0), width: 100, height: 30)
        app.press("]")
        XCTAssertTrue(app.screenText().contains("one pipeline"), app.screenText())
        XCTAssertFalse(app.screenText().contains("(1/1)"))
    }
}

extension BoardPipelinesTests {
    func testThePaneNamesThePipelineAndAFocusedDealOfAnotherPipelineShowsIt() throws {
        var app = AppHarness(book: try book(), width: 100, height: 30)
        // From elsewhere (a contact's pane, the palette): the board shows the deal's pipeline.
        _ = App.perform(.board(.focusOpportunity(Self.renewalSigned)), state: &app.state, environment: app.environment)
        XCTAssertEqual(app.state.board.pipelineID, "renewals")
        XCTAssertEqual(BoardScreen.focusedCard(app.state, app.environment), Self.renewalSigned)
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("Pipeline        Renewals"), app.screenText())
    }
}
