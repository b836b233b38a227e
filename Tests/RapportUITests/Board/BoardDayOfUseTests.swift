import XCTest
import RapportCore
import RapportCanvas
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
        XCTAssertTrue(line.contains("1 open match"), line)
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

    // MARK: Item 2: the selection follows the record

    /// Under "next activity", marking Lead 1's step done leaves it with no next step: it jumps
    /// to the top of New, above Fleet renewal, and the focus goes with it.
    func testMarkingAStepDoneKeepsTheFocusOnTheDealWhereverItMoves() {
        var app = harness()
        let lead1 = OpportunityID(number: 100)
        focus(lead1, &app)
        XCTAssertEqual(app.state.board.focusedRow, 1, "Fleet renewal (overdue), then Lead 1 (due on the 24th)")
        app.press("x")
        XCTAssertEqual(BoardScreen.columns(app.state, app.environment)[0].cards.first, lead1, "re-sorted to the top")
        XCTAssertEqual(focused(app), lead1)
        XCTAssertEqual(app.state.board.focusedRow, 0)
    }

    /// Planning a step due tomorrow moves Lead 3 (due on the 26th) above Lead 1 (the 24th).
    func testPlanningAStepKeepsTheFocusOnTheDeal() {
        var app = harness()
        let lead3 = OpportunityID(number: 102)
        focus(lead3, &app)
        XCTAssertEqual(app.state.board.focusedRow, 3)
        app.press("t", "tab")
        app.type("Call back")
        app.press("enter")
        XCTAssertEqual(app.state.board.modal == nil, true)
        XCTAssertEqual(BoardScreen.columns(app.state, app.environment)[0].cards[1], lead3)
        XCTAssertEqual(focused(app), lead3)
        app.press("u")
        XCTAssertEqual(focused(app), lead3, "undo moves it back, and the focus with it")
        XCTAssertEqual(app.state.board.focusedRow, 3)
    }

    func testWinningADealTakesTheFocusToTheWonColumn() {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        app.press("W", "n")
        XCTAssertEqual(focused(app), BoardFixture.fleet)
        XCTAssertEqual(BoardScreen.columns(app.state, app.environment)[app.state.board.focusedColumn].kind, .won)
    }

    func testADeletedDealLeavesTheFocusOnTheSameRow() {
        var app = harness()
        let lead1 = OpportunityID(number: 100)
        focus(lead1, &app)
        app.press("D", "y")
        XCTAssertNil(app.state.book.opportunities[lead1])
        XCTAssertEqual(app.state.board.focusedRow, 1)
        XCTAssertEqual(focused(app), OpportunityID(number: 101))
    }

    /// The same mechanism in the contacts list: renaming the selected contact re-sorts the list
    /// by name, and the selection (and the pane) stay on that contact.
    func testTheContactsSelectionFollowsARenamedContact() throws {
        let day = BoardFixture.at(2026, 1, 1)
        let names = ["Anna", "Bruno", "Carla"]
        let contacts = names.enumerated().map { index, name in
            Contact(id: ContactID(number: index + 1), createdAt: day, firstName: name, lastName: "Test")
        }
        var app = AppHarness(book: Book(contacts: contacts), width: 120, height: 36)
        app.press("2", "g")
        XCTAssertEqual(app.selectedContactID, ContactID(number: 1))
        var book = app.state.book
        book.contacts.update(ContactID(number: 1)) { $0.firstName = "Zoe" }
        app.state.commit(book, label: "Renamed", environment: app.environment)
        XCTAssertEqual(app.selectedContactID, ContactID(number: 1))
        XCTAssertEqual(app.state.contacts.list.selected, 2, "Zoe sorts last")
    }

    func testTheCompaniesSelectionFollowsARenamedCompany() {
        let day = BoardFixture.at(2026, 1, 1)
        let companies = ["Alpha", "Beta", "Gamma"].enumerated().map { index, name in
            Company(id: CompanyID(number: index + 1), createdAt: day, name: name)
        }
        var app = AppHarness(book: Book(companies: companies), width: 120, height: 36)
        app.press("3", "g")
        XCTAssertEqual(CompaniesScreen.selectedID(app.state.companies, book: app.state.book), CompanyID(number: 1))
        var book = app.state.book
        book.companies.update(CompanyID(number: 1)) { $0.name = "Omega" }
        app.state.commit(book, label: "Renamed", environment: app.environment)
        XCTAssertEqual(CompaniesScreen.selectedID(app.state.companies, book: app.state.book), CompanyID(number: 1))
    }

    /// Rescheduling the first task of the agenda to next week moves it down; the selection goes
    /// with it, so the next `x` marks that task done, not its neighbour.
    func testTheAgendaSelectionFollowsARescheduledTask() throws {
        var app = harness()
        app.press("4")
        let first = try XCTUnwrap(ActivitiesScreen.agenda(app.state.activities, ScreenContext(app: app.state, environment: app.environment))
            .task(at: 0))
        app.press("r")
        app.type("+1m")
        app.press("enter")
        let selected = try XCTUnwrap(app.state.activities.list.selected)
        XCTAssertGreaterThan(selected, 0, "it moved down")
        let agenda = ActivitiesScreen.agenda(app.state.activities, ScreenContext(app: app.state, environment: app.environment))
        XCTAssertEqual(agenda.task(at: selected)?.id, first.id)
    }

    // MARK: Item 16: `a` logs an interaction from the board

    func testALogsAnInteractionWithTheDealsContactInTheContactsForm() throws {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        let before = app.state.book.activities.count
        app.press("a")
        XCTAssertTrue(app.screenText().contains("Log an interaction: Giulia Rossi"), app.screenText())
        app.press("tab", "tab")
        app.type("Called about the fleet")
        app.press("enter")
        XCTAssertNil(app.state.board.modal)
        XCTAssertEqual(app.state.book.activities.count, before + 1)
        let logged = try XCTUnwrap(app.state.book.activities.all.first { $0.summary == "Called about the fleet" })
        XCTAssertEqual(logged.channel, .phone)
        XCTAssertEqual(logged.contactID, BoardFixture.giulia)
        XCTAssertEqual(logged.companyID, BoardFixture.acme)
        XCTAssertEqual(logged.opportunityID, BoardFixture.fleet, "the call counts for the deal: it stops rotting")
        XCTAssertEqual(app.state.message?.text, "Logged phone: Called about the fleet")
        XCTAssertEqual(focused(app), BoardFixture.fleet)
    }

    func testADealWithoutAContactSaysSo() {
        var app = harness()
        focus(BoardFixture.training, &app)
        app.press("a")
        XCTAssertNil(app.state.board.modal)
        XCTAssertEqual(app.state.message?.text, "Training days has no contact: e sets one")
    }
}

/// Items 17 and 18: the card symbols are explained, and a deal past its expected close is flagged.
final class BoardLegendTests: XCTestCase {
    private func firstUse(width: Int, height: Int, pastClose: Bool = false) -> AppHarness {
        var book = BoardFixture.book(leads: 3)
        book.settings.hiddenHints = nil
        if pastClose {
            // Support contract has no next step and rots; its close date passing outranks both.
            book.opportunities.update(BoardFixture.support) { $0.expectedClose = BoardFixture.day(2026, 11, 1) }
        }
        return AppHarness(book: book, width: width, height: height)
    }

    private func row(containing text: String, in frame: CellBuffer) -> Int? {
        (0..<frame.height).first { frame.text(ofRow: $0).contains(text) }
    }

    func testTheLegendLineShowsOnFirstUseAndEscHidesItForGood() throws {
        var app = firstUse(width: 80, height: 24)
        let legend = "! overdue · » past close · ? no next step · ~ rotting · • due today"
        let frame = app.frame()
        XCTAssertTrue(frame.text(ofRow: 22).hasPrefix(legend), frame.text(ofRow: 22))
        XCTAssertTrue(frame.text(ofRow: 22).hasSuffix("Esc hides"), "at 80 columns the way to hide it fits too")
        XCTAssertTrue(frame.text(ofRow: 21).hasPrefix("Pipeline "), "the footer sits above it")
        app.press("esc")
        XCTAssertEqual(app.state.book.settings.hiddenHints, [BoardLegend.hintID])
        XCTAssertTrue(app.state.needsSave, "remembered in the book's settings")
        XCTAssertFalse(app.state.history.canUndo, "hiding a hint is not an edit to undo")
        XCTAssertFalse(app.screenText().contains(legend))
        XCTAssertTrue(app.frame().text(ofRow: 22).hasPrefix("Pipeline "), "the board takes the line back")
        // Undoing a change made before or after does not bring the line back.
        app.press("x")
        app.press("u")
        XCTAssertEqual(app.state.book.settings.hiddenHints, [BoardLegend.hintID])
        XCTAssertFalse(app.screenText().contains(legend))
    }

    func testFirstUseGoldens() {
        assertGolden(firstUse(width: 80, height: 24, pastClose: true).frame(), named: "board-first-use-80x24")
        assertGolden(firstUse(width: 120, height: 36, pastClose: true).frame(), named: "board-first-use-120x36")
    }

    /// First in the `?` overlay, so it is seen without scrolling.
    func testTheHelpOverlayExplainsEverySymbolAt80And120Columns() {
        for (width, height) in [(80, 24), (120, 36)] {
            var app = firstUse(width: width, height: height)
            app.press("?")
            let screen = app.screenText()
            XCTAssertTrue(screen.contains("Card symbols"), screen)
            for marker in CardMarker.allCases {
                XCTAssertTrue(screen.contains("\(marker.symbol)          \(marker.meaning.text)"), "\(marker) at \(width): \(screen)")
            }
            XCTAssertTrue(screen.contains("Days in the stage; ~12d: rotting"), screen)
        }
    }

    /// The pane scrolls to its last line with the legend line taking a row from it.
    func testThePaneScrollsToItsEndWithTheLegendShown() {
        var app = firstUse(width: 80, height: 24)
        _ = App.perform(.board(.focusOpportunity(BoardFixture.warehouse)), state: &app.state, environment: app.environment)
        app.press("enter", "G")
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("Wants delivery before the January inventory."), screen)
        XCTAssertFalse(screen.contains("more"), screen)
    }

    func testPastCloseIsOnlyForOpenDealsBeforeToday() {
        let today = AppHarness.today
        var deal = Opportunity(id: OpportunityID(number: 1), createdAt: BoardFixture.at(2026, 1, 1), title: "Deal", stageID: "new",
                               amount: BoardFixture.euros(1), expectedClose: today.adding(days: -1))
        XCTAssertTrue(CardFacts.isPastClose(deal, today: today))
        deal.expectedClose = today
        XCTAssertFalse(CardFacts.isPastClose(deal, today: today), "closing today is not late yet")
        deal.expectedClose = nil
        XCTAssertFalse(CardFacts.isPastClose(deal, today: today))
        deal.expectedClose = today.adding(days: -30)
        deal.markWon(at: BoardFixture.at(2026, 11, 1))
        XCTAssertFalse(CardFacts.isPastClose(deal, today: today), "a closed deal is not flagged")
    }

    func testAPastCloseIsFlaggedOnTheCardAndInThePane() throws {
        let app = firstUse(width: 80, height: 24, pastClose: true)
        let frame = app.frame()
        let line = try XCTUnwrap(row(containing: "Support", in: frame))
        let x = try XCTUnwrap(frame.text(ofRow: line, trimmingTrailingSpaces: false).firstIndex(of: "»")).utf16Offset(in: frame.text(ofRow: line, trimmingTrailingSpaces: false))
        XCTAssertEqual(frame.style(at: x, y: line), Style.warning)

        var wide = firstUse(width: 120, height: 36, pastClose: true)
        let wideFrame = wide.frame()
        let title = try XCTUnwrap(row(containing: "Support cont", in: wideFrame))
        XCTAssertTrue(wideFrame.text(ofRow: title).contains("»"), wideFrame.text(ofRow: title))

        _ = App.perform(.board(.focusOpportunity(BoardFixture.support)), state: &wide.state, environment: wide.environment)
        wide.press("enter")
        XCTAssertTrue(wide.screenText().contains("2026-11-01 (21 days ago)  » the expected close date has passed: e sets a new one"),
                      wide.screenText())
    }
}

/// Item 19: closing a deal asks about its open tasks, and a loss to a competitor records which.
final class BoardClosingTests: XCTestCase {
    private func harness() -> AppHarness { AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36) }

    private func focus(_ id: OpportunityID, _ app: inout AppHarness) {
        _ = App.perform(.board(.focusOpportunity(id)), state: &app.state, environment: app.environment)
    }

    private func openTasks(_ id: OpportunityID, _ app: AppHarness) -> [Activity] {
        app.state.book.activities.all.filter { $0.opportunityID == id && $0.isOpenTask }
    }

    func testWinningADealWithAnOpenTaskAsksAndClosesItInTheSameChange() throws {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        let task = try XCTUnwrap(openTasks(BoardFixture.fleet, app).first)
        app.press("W")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .open, "nothing changes before the answer")
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("Fleet renewal has an open task"), screen)
        XCTAssertTrue(screen.contains("fleet\". Close it too?") && screen.contains("[ Close ]  [ Keep ]"), screen)
        app.press("y")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .won)
        XCTAssertTrue(openTasks(BoardFixture.fleet, app).isEmpty, "the follow-up left the agenda")
        XCTAssertEqual(app.state.book.activities[task.id]?.doneAt, app.environment.clock.now)
        XCTAssertEqual(app.state.message?.text, "Won Fleet renewal, its open task closed")
        app.press("u")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .open, "one undo step for both")
        XCTAssertEqual(openTasks(BoardFixture.fleet, app).map(\.id), [task.id])
    }

    func testKeepingTheTasksLeavesThemInTheAgenda() {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        app.press("W", "n")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .won)
        XCTAssertEqual(openTasks(BoardFixture.fleet, app).count, 1)
        XCTAssertEqual(app.state.message?.text, "Won Fleet renewal")
    }

    func testADealWithoutOpenTasksClosesWithoutAsking() {
        var app = harness()
        focus(BoardFixture.support, &app)
        app.press("W")
        XCTAssertNil(app.state.board.modal)
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.support]?.status, .won)
    }

    /// Warehouse shelving names ShelfCo as a competitor; lost to "a competitor", the picker
    /// offers it first, then its open task ("Send the revised layout") is closed too.
    func testLostToACompetitorAsksWhichAndRecordsIt() throws {
        var app = harness()
        focus(BoardFixture.warehouse, &app)
        app.press("L")
        app.type("competitor")
        app.press("enter")
        guard case .competitor(let picker, let reason)? = app.state.board.modal else {
            return XCTFail("the competitor is asked for: \(app.screenText())")
        }
        XCTAssertEqual(reason, "Chose a competitor")
        XCTAssertEqual(picker.options.first, "ShelfCo")
        XCTAssertTrue(app.screenText().contains("Lost to which competitor? Warehouse shelving"), app.screenText())
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("Close it too?"), app.screenText())
        app.press("y")
        let lost = try XCTUnwrap(app.state.book.opportunities[BoardFixture.warehouse])
        XCTAssertEqual(lost.status, .lost)
        XCTAssertEqual(lost.lostReason, "Chose a competitor")
        XCTAssertEqual(lost.lostTo, "ShelfCo")
        XCTAssertTrue(openTasks(BoardFixture.warehouse, app).isEmpty)
        XCTAssertEqual(app.state.message?.text, "Lost Warehouse shelving: Chose a competitor (ShelfCo), its open task closed")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("Lost to         ShelfCo"), app.screenText())
        // Reopened, the deal forgets who won it.
        app.press("R")
        XCTAssertNil(app.state.book.opportunities[BoardFixture.warehouse]?.lostTo)
    }

    func testANewCompetitorCanBeTyped() {
        var app = harness()
        focus(BoardFixture.support, &app)
        app.press("L")
        app.type("competitor")
        app.press("enter")
        app.type("Rackmaster")
        app.press("enter")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.support]?.lostTo, "Rackmaster")
    }

    func testEscapeWhileAskingForTheCompetitorChangesNothing() {
        var app = harness()
        focus(BoardFixture.support, &app)
        let before = app.state.book
        app.press("L")
        app.type("competitor")
        app.press("enter", "esc")
        XCTAssertNil(app.state.board.modal)
        XCTAssertEqual(app.state.book, before)
    }
}
