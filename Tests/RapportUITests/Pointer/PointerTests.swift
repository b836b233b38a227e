import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The mouse as the runner hands it over: an event at a cell of the frame on screen.
final class PointerTests: XCTestCase {
    private func board() -> AppHarness {
        AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
    }

    /// The first cell showing `text`, searched from `row` down.
    private func cell(of text: String, in app: AppHarness, fromRow row: Int = 0,
                      file: StaticString = #filePath, line: UInt = #line) throws -> (x: Int, y: Int) {
        let lines = app.frame().lines()
        for y in row..<lines.count {
            let characters = Array(lines[y])
            let wanted = Array(text)
            guard characters.count >= wanted.count else { continue }
            for x in 0...(characters.count - wanted.count) where Array(characters[x..<x + wanted.count]) == wanted {
                return (x, y)
            }
        }
        XCTFail("\(text) is not on screen:\n\(lines.joined(separator: "\n"))", file: file, line: line)
        throw XCTSkip("not on screen")
    }

    func testAClickOnACardFocusesIt() throws {
        var app = board()
        let before = BoardScreen.focusedCard(app.state, app.environment)
        let title = try XCTUnwrap(app.state.book.opportunities[BoardFixture.support]?.title)
        XCTAssertNotEqual(before, BoardFixture.support)
        let at = try cell(of: String(title.prefix(8)), in: app, fromRow: 1)
        app.point(.click, x: at.x, y: at.y)
        XCTAssertEqual(BoardScreen.focusedCard(app.state, app.environment), BoardFixture.support)
        XCTAssertNil(app.state.board.pane, "a click only focuses")
    }

    func testADoubleClickOnACardOpensItsPane() throws {
        var app = board()
        let title = try XCTUnwrap(app.state.book.opportunities[BoardFixture.support]?.title)
        let at = try cell(of: String(title.prefix(8)), in: app, fromRow: 1)
        app.point(.click, x: at.x, y: at.y)
        app.point(.doubleClick, x: at.x, y: at.y)
        XCTAssertEqual(app.state.board.pane?.opportunityID, BoardFixture.support)
    }

    func testTheWheelOverAColumnMovesTheFocus() throws {
        var app = board()
        let first = BoardScreen.focusedCard(app.state, app.environment)
        let title = try XCTUnwrap(first.flatMap { app.state.book.opportunities[$0]?.title })
        let at = try cell(of: String(title.prefix(8)), in: app, fromRow: 1)
        app.point(.wheelDown, x: at.x, y: at.y)
        XCTAssertNotEqual(BoardScreen.focusedCard(app.state, app.environment), first)
        app.point(.wheelUp, x: at.x, y: at.y)
        XCTAssertEqual(BoardScreen.focusedCard(app.state, app.environment), first)
    }

    func testAClickOnTheSecondTabShowsTheContacts() throws {
        var app = board()
        let at = try cell(of: "2 Contacts", in: app)
        XCTAssertEqual(at.y, 0, "the tab bar")
        app.point(.click, x: at.x + 3, y: 0)
        XCTAssertEqual(app.state.view, .contacts)
        XCTAssertTrue(app.screenText().contains("Giulia"), app.screenText())
    }

    func testAClickSelectsAContactRowAndADoubleClickOpensIt() throws {
        var app = board()
        app.press("2")
        let rows = app.frame().lines()
        let y = try XCTUnwrap(rows.indices.first { $0 > 2 && rows[$0].contains("Müller") }, rows.joined(separator: "\n"))
        let selectedBefore = app.selectedContactID
        app.point(.click, x: 4, y: y)
        let selected = try XCTUnwrap(app.selectedContactID)
        XCTAssertNotEqual(selected, selectedBefore)
        XCTAssertEqual(app.state.book.contacts[selected]?.lastName, "Müller")
        XCTAssertFalse(app.state.contacts.isPaneOpen)
        app.point(.doubleClick, x: 4, y: y)
        XCTAssertTrue(app.state.contacts.isPaneOpen)
        XCTAssertEqual(app.selectedContactID, selected)
    }

    func testTheWheelMovesTheContactsListByThree() throws {
        var book = BoardFixture.book(leads: 0)
        for number in 10..<40 {
            book.contacts.upsert(Contact(id: ContactID(number: number), createdAt: BoardFixture.at(2025, 3, 1),
                                         firstName: "Person", lastName: "Number \(number)"))
        }
        var app = AppHarness(book: book, width: 120, height: 36)
        app.press("2")
        let at = try cell(of: "Name", in: app, fromRow: 1)
        app.point(.wheelDown, x: at.x, y: at.y + 2)
        XCTAssertEqual(app.state.contacts.list.selected, 3)
        app.point(.wheelDown, x: at.x, y: at.y + 2)
        XCTAssertEqual(app.state.contacts.list.selected, 6)
        app.point(.wheelUp, x: at.x, y: at.y + 2)
        XCTAssertEqual(app.state.contacts.list.selected, 3)
    }

    func testACompanyRowClickSelectsIt() throws {
        var app = board()
        app.press("3")
        XCTAssertEqual(app.state.view, .companies)
        let at = try cell(of: "Café Lumière", in: app, fromRow: 2)
        app.point(.click, x: at.x, y: at.y)
        XCTAssertEqual(CompaniesScreen.selectedID(app.state.companies, book: app.state.book), CompanyID("com-000003"))
        app.point(.doubleClick, x: at.x, y: at.y)
        XCTAssertTrue(app.state.companies.isPaneOpen)
    }

    func testAClickOutsideEveryTargetDoesNothing() throws {
        var app = board()
        let before = app.state
        app.point(.click, x: 119, y: 35)
        XCTAssertEqual(app.state.view, before.view)
        XCTAssertEqual(BoardScreen.focusedCard(app.state, app.environment), BoardScreen.focusedCard(before, app.environment))
        XCTAssertTrue(app.effects.isEmpty)
    }

    func testWithAnOverlayOpenTheTabsUnderItDoNotAnswer() throws {
        var app = board()
        app.press("?")
        XCTAssertNotNil(app.state.overlay)
        let at = try cell(of: "2 Contacts", in: app)
        app.point(.click, x: at.x + 3, y: at.y)
        XCTAssertEqual(app.state.view, .board)
        XCTAssertNotNil(app.state.overlay)
    }

    func testTheConfirmButtonsAnswerAClick() throws {
        var app = board()
        app.press("3")
        app.press("D")
        guard case .confirmDelete? = app.state.companies.modal else { return XCTFail("the delete question is open") }
        let keep = try cell(of: "[ Keep ]", in: app, fromRow: 1)
        let tab = try cell(of: "1 Board", in: app)
        app.point(.click, x: tab.x + 2, y: tab.y)
        XCTAssertEqual(app.state.view, .companies, "the tabs under the dialog do not answer")
        app.point(.click, x: keep.x + 2, y: keep.y)
        XCTAssertNil(app.state.companies.modal, "Keep closes the question")
        XCTAssertEqual(app.state.book.companies.count, BoardFixture.book(leads: 3).companies.count, "nothing deleted")
        app.press("D")
        let delete = try cell(of: "[ Delete ]", in: app, fromRow: 1)
        app.point(.click, x: delete.x + 2, y: delete.y)
        XCTAssertNil(app.state.companies.modal)
        XCTAssertEqual(app.state.book.companies.count, BoardFixture.book(leads: 3).companies.count - 1, "deleted")
        XCTAssertEqual(app.savesAsked, 1)
    }

    /// A mouse event is never a key: it types nothing into a search and triggers no binding.
    func testMouseEventsNeverReachATextInput() throws {
        var app = board()
        app.press("2", "/")
        XCTAssertTrue(app.state.contacts.isTyping)
        app.type("Gi")
        let event = KeyEvent.mouse(MouseEvent(x: 5, y: 0, kind: .click))
        _ = App.handle(event, state: &app.state, environment: app.environment)
        _ = App.handle(.mouse(MouseEvent(x: 5, y: 5, kind: .wheelDown)), state: &app.state, environment: app.environment)
        XCTAssertEqual(app.state.contacts.searchInput.text, "Gi")
        XCTAssertEqual(app.state.view, .contacts)
        // Through the frame: while the search takes the keys, the list under it does not answer.
        let tab = try cell(of: "1 Board", in: app)
        app.point(.click, x: tab.x + 2, y: tab.y)
        XCTAssertEqual(app.state.contacts.searchInput.text, "Gi")
        XCTAssertTrue(app.state.contacts.isTyping)
        var input = TextInputState()
        XCTAssertFalse(input.handle(event))
        XCTAssertEqual(input.text, "")
    }

    func testTheDayStartBannerGoesAtTheFirstClick() throws {
        var app = board()
        App.openDayStart(state: &app.state, environment: app.environment)
        guard app.state.workday.dayStart != nil else { throw XCTSkip("no agenda for this book") }
        let at = try cell(of: "2 Contacts", in: app)
        app.point(.click, x: at.x + 3, y: at.y)
        XCTAssertNil(app.state.workday.dayStart)
        XCTAssertEqual(app.state.view, .board, "the click only dismissed it")
    }
}

final class PointerTargetLayerTests: XCTestCase {
    func testTheLastMarkWinsAndTargetsAreNotPartOfTheFrame() {
        var buffer = CellBuffer(width: 20, height: 5)
        let plain = buffer
        buffer.mark(Rect(x: 0, y: 0, width: 20, height: 5), "list")
        buffer.mark(Rect(x: 5, y: 1, width: 5, height: 1), "row")
        XCTAssertEqual(buffer.target(atX: 6, y: 1) as? String, "row")
        XCTAssertEqual(buffer.target(atX: 6, y: 2) as? String, "list")
        XCTAssertNil(buffer.target(atX: 25, y: 2))
        XCTAssertEqual(buffer, plain, "equal frames look the same")
        buffer.beginModalLayer()
        XCTAssertNil(buffer.target(atX: 6, y: 1), "a dialog takes the pointer")
        XCTAssertTrue(buffer.hasModalLayer)
        buffer.clear()
        XCTAssertFalse(buffer.hasModalLayer, "a new frame starts without targets")
    }
}

final class PointerOverlayTests: XCTestCase {
    func testTheWheelScrollsTheHelpOverlay() {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
        app.press("?")
        app.point(.wheelDown, x: 60, y: 10)
        XCTAssertEqual(app.state.overlay, .help(offset: 1))
        app.point(.wheelUp, x: 60, y: 10)
        XCTAssertEqual(app.state.overlay, .help(offset: 0))
    }
}

final class PointerDoubleClickTests: XCTestCase {
    /// A double click on a dialog's button: the first press answers and closes the dialog; the
    /// second lands on the row the dialog covered, and only selects it.
    func testADoubleClickThatClosedADialogDoesNotOpenWhatWasUnderIt() throws {
        var book = BoardFixture.book(leads: 3)
        for number in 10..<50 {
            book.companies.upsert(Company(id: CompanyID(number: number), createdAt: BoardFixture.at(2025, 1, 10), name: "Firm \(number)"))
        }
        var app = AppHarness(book: book, width: 120, height: 36)
        app.press("3", "D")
        let lines = app.frame().lines()
        let y = try XCTUnwrap(lines.indices.first { lines[$0].contains("[ Keep ]") })
        let x = try XCTUnwrap(lines[y].range(of: "[ Keep ]").map { lines[y].distance(from: lines[y].startIndex, to: $0.lowerBound) }) + 2
        app.point(.click, x: x, y: y)
        XCTAssertNil(app.state.companies.modal)
        let under = app.frame().lines()[y]
        XCTAssertTrue(under.contains("Firm"), "a row was under the button: \(under)")
        app.point(.doubleClick, x: x, y: y)
        XCTAssertNotEqual(app.state.companies.list.selected, 0, "the second press selected the row")
        XCTAssertFalse(app.state.companies.isPaneOpen, "no pane opened by the second press")
    }
}
