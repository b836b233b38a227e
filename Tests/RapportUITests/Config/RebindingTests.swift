import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The user's keys in the running app: the new key does the action, the old one no longer does,
/// and every place that shows keys (hints, help, the palette) names the new one.
final class RebindingTests: XCTestCase {
    private func harness(_ configText: String) -> AppHarness {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
        let config = UserConfigParser.parse(configText)
        XCTAssertEqual(config.problems, [])
        app.state.keys = config.keys
        _ = App.perform(.board(.focusOpportunity(BoardFixture.fleet)), state: &app.state, environment: app.environment)
        return app
    }

    func testAReboundKeyDoesTheActionAndTheOldKeyNoLongerDoes() {
        var app = harness(#"{ "keys": { "board": { "markWon": ["w"] } } }"#)
        app.press("W")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .open, "W is free now")
        app.press("w", "n")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.status, .won)
    }

    func testAKeyTakenFromAnotherBindingLeavesIt() {
        let user = UserConfigParser.parse(#"{ "keys": { "board": { "markWon": ["n"] } } }"#).keys
        let board = Keymaps.view(.board, user)
        XCTAssertEqual(board.action(for: .char("n")), .board(.markWon))
        XCTAssertEqual(board.keys(for: .board(.newOpportunity)), [], "New lost its only key")
        XCTAssertFalse(board.allHints.contains { $0.help == "New" }, "and its hint")
        XCTAssertEqual(board.duplicates(), [])
    }

    func testHintsHelpAndPaletteShowTheNewKey() {
        let user = UserConfigParser.parse(#"{ "keys": { "global": { "quit": ["Q"], "openHelp": ["f1"] } } }"#).keys
        let active = Keymaps.active(in: .board, user)
        XCTAssertEqual(active.action(for: .char("Q")), .quit)
        XCTAssertNil(active.action(for: .char("q")))
        XCTAssertTrue(active.allHints.contains { $0.label == "Q" && $0.help == "Quit" })
        XCTAssertTrue(active.allHints.contains { $0.label == "F1" })
        let help = HelpScreen.sections(user).flatMap(\.entries)
        XCTAssertTrue(help.contains { $0.keys == "Q" && $0.help == "Quit" })
        XCTAssertFalse(help.contains { $0.keys == "q/Ctrl-C" })
        XCTAssertTrue(Keymaps.paletteCommands(user).contains { $0.keyLabel == "Q" && $0.action == .quit })
    }

    func testTheStatusBarShowsTheNewKey() {
        var app = harness(#"{ "keys": { "global": { "openHelp": ["f1"] } } }"#)
        XCTAssertTrue(app.state.keyGuide.hints.contains { $0.keys == "F1" })
        app.press("f1")
        XCTAssertNotNil(app.state.overlay)
    }

    func testUnbindingRemovesTheKeyEverywhere() {
        let user = UserConfigParser.parse(#"{ "keys": { "board": { "markWon": [] } } }"#).keys
        let board = Keymaps.view(.board, user)
        XCTAssertNil(board.action(for: .char("W")))
        XCTAssertFalse(board.sections.flatMap(\.entries).contains { $0.help == "Mark won" })
    }

    func testBindingNamesAreUniqueInEveryTable() {
        for scope in KeymapScopes.names {
            guard let table = KeymapScopes.builtIn(scope) else { return XCTFail("no table \(scope)") }
            let names = table.bindings.map(\.name)
            XCTAssertEqual(names.count, Set(names).count, "\(scope): \(names)")
            XCTAssertFalse(names.contains(""), scope)
        }
        XCTAssertEqual(Keymaps.builtInGlobal.binding(for: .show(.board))?.name, "show.board")
        XCTAssertEqual(Screens.screen(.board).keymap().binding(for: .board(.markWon))?.name, "markWon")
    }
}
