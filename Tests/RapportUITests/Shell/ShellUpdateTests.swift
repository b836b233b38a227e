import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

final class ShellUpdateTests: XCTestCase {
    func testNumberKeysAndTabSwitchViews() {
        var app = AppHarness()
        XCTAssertEqual(app.state.view, .board)
        app.press("3")
        XCTAssertEqual(app.state.view, .companies)
        app.press("tab", "tab")
        XCTAssertEqual(app.state.view, .campaigns)
        app.press("shift-tab")
        XCTAssertEqual(app.state.view, .activities)
        app.press("7", "tab")
        XCTAssertEqual(app.state.view, .board, "Tab wraps around")
        app.press("shift-tab")
        XCTAssertEqual(app.state.view, .help)
    }

    func testHelpOverlayOpensAndCloses() {
        var app = AppHarness()
        app.press("?")
        XCTAssertEqual(app.state.overlay, .help(offset: 0))
        app.press("j")
        XCTAssertEqual(app.state.overlay, .help(offset: 1))
        app.press("3")
        XCTAssertEqual(app.state.view, .board, "keys go to the overlay while it is open")
        app.press("esc")
        XCTAssertNil(app.state.overlay)
    }

    func testPaletteFindsAndRunsACommand() throws {
        var app = AppHarness()
        app.press(":")
        app.type("shwcomp")
        let matches = CommandPalette.matches(for: "shwcomp")
        XCTAssertEqual(matches.first?.command.action, .show(.companies))
        app.press("enter")
        XCTAssertNil(app.state.overlay)
        XCTAssertEqual(app.state.view, .companies)
        // Keys type into the query instead of acting: q does not quit.
        app.press(":")
        app.type("q")
        XCTAssertFalse(app.effects.contains(.quit))
        app.press("backspace", "esc")
        XCTAssertNil(app.state.overlay)
    }

    func testQuitAndCtrlCQuitFromAPlainView() {
        var app = AppHarness()
        app.press("q")
        XCTAssertEqual(app.effects, [.quit])
        var inPalette = AppHarness()
        inPalette.press(":", "ctrl-c")
        XCTAssertEqual(inPalette.effects, [], "Ctrl-C closes the palette first, as Esc does")
        XCTAssertNil(inPalette.state.overlay)
        inPalette.press("ctrl-c")
        XCTAssertEqual(inPalette.effects, [.quit])
    }

    func testUndoAndRedoRestoreTheBookExactly() {
        var app = AppHarness()
        let before = app.state.book
        var changed = before
        changed.settings.userName = "Giulia"
        app.state.commit(changed, label: "Renamed", environment: app.environment)
        XCTAssertTrue(app.state.needsSave)
        _ = App.perform(.finished(.saved), state: &app.state, environment: app.environment)
        XCTAssertFalse(app.state.needsSave)
        app.press("u")
        XCTAssertEqual(app.savesAsked, 1, "undo asks for a save like any change")
        XCTAssertEqual(app.state.book, before)
        XCTAssertTrue(app.state.needsSave, "undo is saved like any change")
        XCTAssertEqual(app.state.message?.text, "Undone: Renamed")
        app.press("ctrl-r")
        XCTAssertEqual(app.state.book, changed)
        app.press("ctrl-r")
        XCTAssertEqual(app.state.message?.text, "Nothing to redo")
    }

    func testResizeIsJustAnEvent() {
        var app = AppHarness()
        app.resize(width: 40, height: 10)
        XCTAssertEqual(app.state.size, TerminalExtent(width: 40, height: 10))
        XCTAssertTrue(app.screenText().contains("terminal too small"), app.screenText())
        XCTAssertTrue(app.screenText().contains("need 60x16, have 40x10"), app.screenText())
        app.resize(width: 80, height: 24)
        XCTAssertTrue(app.screenText().contains("1 Board"))
    }

    func testMessagesExpire() {
        var app = AppHarness()
        app.state.show("Hello", environment: app.environment, seconds: 4)
        App.tick(state: &app.state, environment: app.environment)
        XCTAssertNotNil(app.state.message)
        let later = AppEnvironment(clock: FixedClock(app.environment.clock.now.addingTimeInterval(5)))
        App.tick(state: &app.state, environment: later)
        XCTAssertNil(app.state.message)
    }
}
