import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

final class BoardUpdateTests: XCTestCase {
    private func harness(leads: Int = 3, width: Int = 120, height: Int = 36) -> AppHarness {
        AppHarness(book: BoardFixture.book(leads: leads), width: width, height: height)
    }

    private func focus(_ id: OpportunityID, _ app: inout AppHarness) {
        _ = App.perform(.board(.focusOpportunity(id)), state: &app.state, environment: app.environment)
    }

    private func focused(_ app: AppHarness) -> OpportunityID? { BoardScreen.focusedCard(app.state, app.environment) }

    /// Cards are drawn once and copied while nothing they show changes: an edit to the deal, to
    /// its activities, or the clock passing a day must redraw them.
    func testCardsRedrawWhenTheDealItsActivitiesOrTheDayChange() throws {
        var app = harness()
        let before = app.screenText()
        XCTAssertTrue(before.contains("Fleet renewal"), before)
        var book = app.state.book
        book.opportunities.update(BoardFixture.fleet) { $0.title = "Fleet renewal XL" }
        app.state.commit(book, label: "Renamed", environment: app.environment)
        XCTAssertTrue(app.screenText().contains("Fleet renewal XL"), app.screenText())

        let deal = try XCTUnwrap(app.state.book.opportunities[BoardFixture.fleet])
        let days = "\(max(0, LocalDate(deal.enteredCurrentStageAt, in: app.environment.clock.timeZone).days(until: AppHarness.today)))d"
        XCTAssertTrue(app.screenText().contains(days), app.screenText())
        let tomorrow = AppEnvironment(clock: FixedClock(AppHarness.today.adding(days: 1)))
        var buffer = CellBuffer(width: 120, height: 36)
        App.render(app.state, into: &buffer, environment: tomorrow)
        let later = "\(max(0, LocalDate(deal.enteredCurrentStageAt, in: tomorrow.clock.timeZone).days(until: AppHarness.today.adding(days: 1))))d"
        XCTAssertNotEqual(days, later)
        XCTAssertTrue(buffer.lines().joined(separator: "\n").contains(later), buffer.lines().joined(separator: "\n"))
    }

    func testMovingToTheNextStageWritesTheHistoryAndTheFocusFollows() throws {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        XCTAssertEqual(app.state.board.focusedColumn, 0)
        app.press(">")
        let moved = try XCTUnwrap(app.state.book.opportunities[BoardFixture.fleet])
        XCTAssertEqual(moved.stageID, "qualified")
        XCTAssertEqual(moved.stageHistory.map(\.stageID), ["new", "qualified"])
        XCTAssertEqual(moved.stageHistory.last?.enteredAt, app.environment.clock.now)
        XCTAssertTrue(app.state.needsSave, "the move is saved at once")
        XCTAssertEqual(app.state.board.focusedColumn, 1)
        XCTAssertEqual(focused(app), BoardFixture.fleet, "the focus follows the card")
        XCTAssertEqual(app.state.message?.text, "Moved Fleet renewal to Qualified")

        app.press("<", "<")
        let back = try XCTUnwrap(app.state.book.opportunities[BoardFixture.fleet])
        XCTAssertEqual(back.stageHistory.map(\.stageID), ["new", "qualified", "new"])
        XCTAssertEqual(app.state.message?.text, "Already in the first stage")
    }

    func testTheLastStageDoesNotMoveFurther() {
        var app = harness()
        focus(BoardFixture.licence, &app)
        let before = app.state.book
        app.press(">")
        XCTAssertEqual(app.state.book, before)
        XCTAssertEqual(app.state.message?.severity, .warning)
    }

    func testWonSetsStatusAndCloseDateAndTheContactBecomesACustomer() throws {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        XCTAssertEqual(app.state.book.contacts[BoardFixture.giulia]?.lifecycle, .lead)
        app.press("W", "n")  // keeps its open task (BoardClosingTests)
        let won = try XCTUnwrap(app.state.book.opportunities[BoardFixture.fleet])
        XCTAssertEqual(won.status, .won)
        XCTAssertEqual(won.closedAt, app.environment.clock.now)
        let contact = try XCTUnwrap(app.state.book.contacts[BoardFixture.giulia])
        XCTAssertEqual(contact.lifecycle, .customer)
        XCTAssertEqual(contact.lifecycleHistory.last?.enteredAt, app.environment.clock.now)
        // Issue 13: the focus stays on the deal that changed, wherever it moved (here to Won).
        XCTAssertEqual(focused(app), BoardFixture.fleet)
    }

    func testAnEvangelistStaysAnEvangelistWhenADealIsWon() throws {
        var book = BoardFixture.book(leads: 0)
        book.contacts.update(BoardFixture.giulia) { $0.lifecycle = .evangelist }
        var app = AppHarness(book: book, width: 120, height: 36)
        focus(BoardFixture.fleet, &app)
        app.press("W", "n")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .won)
        XCTAssertEqual(app.state.book.contacts[BoardFixture.giulia]?.lifecycle, .evangelist)
    }

    func testLostTakesAReasonFromTheListOrATypedOne() throws {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        app.press("L")
        XCTAssertTrue(BoardScreen.hasModal(app.state))
        app.type("budg")
        app.press("enter", "n")
        let lost = try XCTUnwrap(app.state.book.opportunities[BoardFixture.fleet])
        XCTAssertEqual(lost.status, .lost)
        XCTAssertEqual(lost.lostReason, "No budget")
        XCTAssertEqual(lost.closedAt, app.environment.clock.now)

        focus(BoardFixture.espresso, &app)
        app.press("L")
        app.type("Went bankrupt")
        app.press("enter", "n")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.espresso]?.lostReason, "Went bankrupt")

        focus(BoardFixture.warehouse, &app)
        app.press("L", "esc")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.warehouse]?.status, .open, "Esc cancels")
    }

    func testUndoAndRedoRestoreEveryBoardChangeExactly() {
        var app = harness()
        let original = app.state.book
        focus(BoardFixture.fleet, &app)
        app.press(">")
        app.press("W")
        focus(BoardFixture.espresso, &app)
        app.press("L")
        app.type("Timing")
        app.press("enter")
        focus(BoardFixture.licence, &app)
        app.press("t", "ctrl-u")  // clears the prefilled type
        app.type("meeting")
        app.press("tab")
        app.type("Lunch")
        app.press("enter")
        let changed = app.state.book
        XCTAssertNotEqual(changed, original)
        app.press("u", "u", "u", "u")
        XCTAssertEqual(app.state.book, original)
        app.press("u")
        XCTAssertEqual(app.state.message?.text, "Nothing to undo")
        app.press("ctrl-r", "ctrl-r", "ctrl-r", "ctrl-r")
        XCTAssertEqual(app.state.book, changed)
    }

    func testWeightedTotalsAreComputedByHand() {
        let settings = Settings()
        let book = Book(settings: settings, opportunities: [
            Opportunity(id: OpportunityID("opp-000001"), createdAt: BoardFixture.at(2026, 11, 1), title: "A", stageID: "new",
                        amount: BoardFixture.euros(1_000)),
            Opportunity(id: OpportunityID("opp-000002"), createdAt: BoardFixture.at(2026, 11, 1), title: "B", stageID: "new",
                        amount: Money(minorUnits: 250_050, currency: .eur), probabilityOverride: 30),
            Opportunity(id: OpportunityID("opp-000003"), createdAt: BoardFixture.at(2026, 11, 1), title: "C", stageID: "proposal",
                        amount: BoardFixture.euros(8_000)),
            Opportunity(id: OpportunityID("opp-000004"), createdAt: BoardFixture.at(2026, 11, 1), title: "D in dollars",
                        stageID: "proposal", amount: Money(major: 500, currency: .usd)),
        ])
        let board = BoardColumns(book, filter: "", sort: .amount, today: BoardFixture.day(2026, 11, 22), timeZone: BoardFixture.utc)
        // New: 1,000.00 × 10% = 100.00; 2,500.50 × 30% = 750.15 (exact cents). Total 3,500.50.
        XCTAssertEqual(board.columns[0].total.minorUnits, 350_050)
        XCTAssertEqual(board.columns[0].weighted.minorUnits, 85_015)
        // Proposal: 8,000 × 60% = 4,800; the dollar deal is counted aside, not converted.
        XCTAssertEqual(board.columns[3].weighted.minorUnits, 480_000)
        XCTAssertEqual(board.columns[3].otherCurrencyCount, 1)
        XCTAssertEqual(board.columns[3].cards.count, 2)
        XCTAssertEqual(board.totals.openTotal.minorUnits, 1_150_050)
        XCTAssertEqual(board.totals.weighted.minorUnits, 565_015)
        XCTAssertEqual(board.columns.map(\.title), ["New", "Qualified", "Meeting", "Proposal", "Negotiation", "Won", "Lost"])
    }

    func testFooterCountsWonAndLostThisMonthOnly() {
        let board = BoardColumns(BoardFixture.book(leads: 0), filter: "", sort: .nextActivity, today: BoardFixture.day(2026, 11, 22),
                                 timeZone: BoardFixture.utc)
        XCTAssertEqual(board.totals.wonThisMonth, 1, "the September win is not this month")
        XCTAssertEqual(board.totals.wonThisMonthTotal, BoardFixture.euros(5_000))
        XCTAssertEqual(board.totals.lostThisMonth, 1)
        XCTAssertEqual(board.columns[5].cards, [BoardFixture.pilot, BoardFixture.oldDeal], "latest first")
    }

    func testTheFilterMatchesTitleCompanyContactAndTagAndEscClearsIt() {
        var app = harness()
        func visible() -> Set<OpportunityID> {
            Set(BoardScreen.columns(app.state, app.environment).flatMap(\.cards))
        }
        app.press("/")
        app.type("lumiere")  // company, without its accent
        XCTAssertEqual(visible(), [BoardFixture.espresso, BoardFixture.training])
        app.press("ctrl-u")
        app.type("rossi")  // contact
        XCTAssertEqual(visible(), [BoardFixture.fleet, BoardFixture.warehouse, BoardFixture.pilot])
        app.press("ctrl-u")
        app.type("FLEET acme")  // title or tag, and company: every word must match
        XCTAssertEqual(visible(), [BoardFixture.fleet])
        app.press("enter")
        XCTAssertFalse(app.state.board.isEditingFilter)
        XCTAssertEqual(app.state.board.filterText, "FLEET acme", "Enter keeps the filter")
        app.press("j")  // keys move again
        app.press("esc")
        XCTAssertEqual(app.state.board.filterText, "")
        XCTAssertEqual(visible().count, 8 + 3)
    }

    func testSortCyclesAndKeepsTheFocusedCard() {
        var app = harness(leads: 5)
        focus(BoardFixture.fleet, &app)
        app.press("s")
        XCTAssertEqual(app.state.board.sort, .amount)
        let newColumn = BoardScreen.columns(app.state, app.environment)[0].cards
        XCTAssertEqual(newColumn.first, BoardFixture.fleet, "12,500 is the largest in New")
        XCTAssertEqual(focused(app), BoardFixture.fleet)
        app.press("s", "s", "s")
        XCTAssertEqual(app.state.board.sort, .nextActivity)
    }

    func testNewOpportunityWithCompletionForTheContact() throws {
        var app = harness()
        app.press("l", "n")
        app.type("Coffee beans")
        app.press("tab")
        app.type("giul")
        app.press("tab")  // takes the highlighted completion
        app.type("2,400")
        app.press("enter")
        XCTAssertNil(app.state.board.modal)
        let created = try XCTUnwrap(app.state.book.opportunities.all.first { $0.title == "Coffee beans" })
        XCTAssertEqual(created.contactID, BoardFixture.giulia)
        XCTAssertEqual(created.companyID, BoardFixture.acme)
        XCTAssertEqual(created.amount, BoardFixture.euros(2_400))
        XCTAssertEqual(created.stageID, "qualified", "the stage of the focused column")
        XCTAssertEqual(focused(app), created.id)
    }

    func testTheFormRefusesWhatItCannotSave() {
        var app = harness()
        app.press("n", "enter")
        XCTAssertNotNil(app.state.board.modal, "a title and an amount are required")
        app.type("Mystery deal")
        app.press("tab", "tab")
        app.type("a lot")
        app.press("enter")
        XCTAssertNotNil(app.state.board.modal, "the amount is not one")
        XCTAssertEqual(app.state.book.opportunities.count, BoardFixture.book(leads: 3).opportunities.count)
        app.press("esc")
        XCTAssertNil(app.state.board.modal)
    }

    func testEditChangesTheStageThroughTheHistory() throws {
        var app = harness()
        focus(BoardFixture.fleet, &app)
        app.press("e", "tab", "tab", "tab", "ctrl-u")
        app.type("Proposal")
        app.press("enter")
        let edited = try XCTUnwrap(app.state.book.opportunities[BoardFixture.fleet])
        XCTAssertEqual(edited.stageID, "proposal")
        XCTAssertEqual(edited.stageHistory.map(\.stageID), ["new", "proposal"])
        XCTAssertEqual(edited.contactID, BoardFixture.giulia, "an untouched contact is kept")
    }

    func testAnOfferUpdatesTheAmountAndSupersedesTheLiveOne() throws {
        var app = harness()
        focus(BoardFixture.warehouse, &app)
        app.press("o", "ctrl-u")
        app.type("38,500")
        app.press("enter")
        let deal = try XCTUnwrap(app.state.book.opportunities[BoardFixture.warehouse])
        XCTAssertEqual(deal.amount, BoardFixture.euros(38_500))
        XCTAssertEqual(deal.offers.map(\.status), [.rejected, .superseded, .sent])
        XCTAssertEqual(deal.offers.last?.date, AppHarness.today)
    }

    func testATaskBecomesTheNextStepAndXMarksItDone() throws {
        var app = harness()
        focus(BoardFixture.support, &app)
        app.press("t", "tab")
        app.type("Call Hans")
        app.press("enter")
        let step = try XCTUnwrap(app.state.board.caches.activityIndex(app.state.book).nextStep[BoardFixture.support])
        XCTAssertEqual(step.summary, "Call Hans")
        XCTAssertEqual(step.due, AppHarness.today.adding(days: 1))
        let task = try XCTUnwrap(app.state.book.activities[step.activityID])
        XCTAssertEqual(task.contactID, ContactID("con-000002"))
        app.press("x")
        XCTAssertNotNil(app.state.book.activities[step.activityID]?.doneAt)
        XCTAssertNil(app.state.board.caches.activityIndex(app.state.book).nextStep[BoardFixture.support])
    }

    func testDeleteAsksFirstAndKeepsTheActivitiesUnlinked() {
        var app = harness()
        focus(BoardFixture.warehouse, &app)
        app.press("D", "enter")
        XCTAssertNotNil(app.state.book.opportunities[BoardFixture.warehouse], "the dialog starts on Keep")
        app.press("D", "y")
        XCTAssertNil(app.state.book.opportunities[BoardFixture.warehouse])
        let linked = app.state.book.activities.all.filter { $0.opportunityID == BoardFixture.warehouse }
        XCTAssertEqual(linked.count, 0)
        XCTAssertTrue(app.state.book.activities.all.contains { $0.summary == "Send the revised layout" })
        app.press("u")
        XCTAssertNotNil(app.state.book.opportunities[BoardFixture.warehouse])
    }

    func testThePaneOpensClosesAndJumpsToTheContact() {
        var app = harness(width: 80, height: 24)
        focus(BoardFixture.warehouse, &app)
        app.press("enter")
        XCTAssertEqual(app.state.board.pane?.opportunityID, BoardFixture.warehouse)
        app.press("j")
        XCTAssertEqual(app.state.board.pane?.offset, 1, "j scrolls the pane")
        app.press(">")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.warehouse]?.stageID, "negotiation", "keys act on the pane's deal")
        XCTAssertEqual(focused(app), BoardFixture.warehouse, "the focus follows it behind the pane")
        app.press("esc")
        XCTAssertNil(app.state.board.pane)
        app.press("enter", "c")
        XCTAssertEqual(app.state.view, .contacts)
    }

    func testNotesAreEditedInTheEditor() {
        var app = harness()
        focus(BoardFixture.warehouse, &app)
        app.press("N")
        XCTAssertEqual(app.effects.last, .editText(EditRequest(text: "Wants delivery before the January inventory.",
                                                                target: .opportunityNotes(BoardFixture.warehouse))))
    }

    func testNavigationStaysInRange() {
        var app = harness(leads: 20)
        app.press("G")
        XCTAssertEqual(app.state.board.focusedRow, 20, "Fleet renewal and 20 leads")
        app.press("j")
        XCTAssertEqual(app.state.board.focusedRow, 20)
        app.press("g", "k")
        XCTAssertEqual(app.state.board.focusedRow, 0)
        for _ in 0..<10 { app.press("l") }
        XCTAssertEqual(app.state.board.focusedColumn, 6, "Lost is the last column")
        app.press("pgdn")
        XCTAssertEqual(app.state.board.focusedRow, 0, "Lost has one card")
        app.press("h", "h", "h", "h", "h", "h", "h")
        XCTAssertEqual(app.state.board.focusedColumn, 0)
    }

    func testFocusOpportunityClearsAFilterThatHidesIt() {
        var app = harness()
        app.press("/")
        app.type("lumiere")
        app.press("enter")
        focus(BoardFixture.licence, &app)
        XCTAssertEqual(focused(app), BoardFixture.licence)
        XCTAssertEqual(app.state.board.filterText, "")
    }

    func testThePatchedStageIndexEqualsARebuild() {
        var app = harness(leads: 5)
        _ = BoardScreen.columns(app.state, app.environment)  // the index of the first book is cached
        focus(BoardFixture.fleet, &app)
        app.press(">", ">", "W")
        focus(BoardFixture.espresso, &app)
        app.press("L")
        app.type("Timing")
        app.press("enter")
        focus(BoardFixture.pilot, &app)
        app.press("R", ">")
        focus(BoardFixture.warehouse, &app)
        app.press("D", "y")
        let patched = app.state.board.caches.stageIndex(app.state.book)
        let rebuilt = BoardStageIndex(app.state.book)
        XCTAssertEqual(patched.openByStage.map { Set($0.map(\.id)) }, rebuilt.openByStage.map { Set($0.map(\.id)) })
        XCTAssertEqual(patched.openByStage.map { $0.map(\.weighted).reduce(0, +) }, rebuilt.openByStage.map { $0.map(\.weighted).reduce(0, +) })
        XCTAssertEqual(patched.won.map(\.id), rebuilt.won.map(\.id))
        XCTAssertEqual(patched.lost.map(\.id), rebuilt.lost.map(\.id))
        XCTAssertEqual(rebuilt.openByStage[0].count, 5, "the leads")
        XCTAssertTrue(rebuilt.won.contains { $0.id == BoardFixture.fleet })
    }

    func testRottingFollowsTheStageAndTheLastActivity() {
        let today = BoardFixture.day(2026, 11, 22)
        let entered = BoardFixture.at(2026, 11, 1)
        func rotting(_ lastTouch: Date?, _ days: Int?) -> Bool {
            CardFacts.isRotting(enteredStage: entered, lastTouch: lastTouch, rottingDays: days, today: today, timeZone: BoardFixture.utc)
        }
        XCTAssertFalse(rotting(nil, 21), "21 idle days is not more than 21")
        XCTAssertTrue(rotting(nil, 20))
        XCTAssertFalse(rotting(BoardFixture.at(2026, 11, 10), 20), "a done activity restarts the count")
        XCTAssertTrue(rotting(BoardFixture.at(2026, 10, 1), 20), "an activity before the stage does not")
        XCTAssertFalse(rotting(nil, nil), "a stage without rotting days never rots")
    }

    func testNextStepStatus() {
        let now = BoardFixture.at(2026, 11, 22, hour: 12)
        func status(_ due: LocalDate?, _ time: LocalTime? = nil) -> NextStepStatus {
            CardFacts.status(of: NextStep(activityID: ActivityID("act-000001"), type: .call, summary: "x", due: due, time: time),
                             now: now, timeZone: BoardFixture.utc)
        }
        guard case .overdue(_, 2) = status(BoardFixture.day(2026, 11, 20)) else { return XCTFail("two days late") }
        guard case .overdue(_, 0) = status(BoardFixture.day(2026, 11, 22), LocalTime(hour: 9, minute: 0)) else {
            return XCTFail("earlier today is overdue")
        }
        guard case .today = status(BoardFixture.day(2026, 11, 22), LocalTime(hour: 15, minute: 0)) else { return XCTFail("later today") }
        guard case .later = status(BoardFixture.day(2026, 11, 23)) else { return XCTFail("tomorrow") }
        XCTAssertEqual(CardFacts.status(of: nil, now: now, timeZone: BoardFixture.utc), NextStepStatus.none)
    }

    func testDateInput() {
        let today = BoardFixture.day(2026, 11, 22)
        XCTAssertEqual(DateInput.parse("today", today: today), today)
        XCTAssertEqual(DateInput.parse("+3", today: today), BoardFixture.day(2026, 11, 25))
        XCTAssertEqual(DateInput.parse("+2w", today: today), BoardFixture.day(2026, 12, 6))
        XCTAssertEqual(DateInput.parse("2027-01-05", today: today), BoardFixture.day(2027, 1, 5))
        XCTAssertNil(DateInput.parse("next week", today: today))
    }
}
