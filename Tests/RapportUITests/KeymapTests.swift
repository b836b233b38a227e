import XCTest
import RapportCanvas
import RapportUI

private enum Action: Hashable, Sendable {
    case up, down, search, help, quit, redo
}

final class KeymapTests: XCTestCase {
    private func sample() -> Keymap<Action> {
        var keys = Keymap<Action>()
        keys.bind(["k", "up"], .up, "Up", group: "Navigation")
        keys.bind(["j", "down"], .down, "Down", group: "Navigation")
        keys.bind(["/"], .search, "Search", hint: true)
        keys.bind(["ctrl-r"], .redo, "Redo", group: "Editing")
        keys.bind(["?"], .help, "Help", hint: true)
        keys.bind(["q", "ctrl-c"], .quit, "Quit", hint: true, keyLabel: "q")
        return keys
    }

    func testLookup() {
        let keys = sample()
        XCTAssertEqual(keys.action(for: .char("j")), .down)
        XCTAssertEqual(keys.action(for: .down), .down)
        XCTAssertEqual(keys.action(for: .ctrl("r")), .redo)
        XCTAssertEqual(keys.action(for: .ctrl("c")), .quit)
        XCTAssertNil(keys.action(for: .char("x")))
        XCTAssertEqual(keys.keys(for: .up), [.char("k"), .up])
        XCTAssertTrue(keys.invalidSpecs.isEmpty)
        XCTAssertTrue(keys.duplicates().isEmpty)
    }

    func testDuplicatesAreReportedAndFirstBindingWins() {
        var keys = sample()
        keys.bind(["j"], .search, "Oops")
        keys.bind(["k"], .up, "Same action twice is not a conflict")
        XCTAssertEqual(keys.duplicates().map(\.key), [.char("j")])
        XCTAssertEqual(keys.duplicates().first?.actions, [.down, .search])
        XCTAssertEqual(keys.action(for: .char("j")), .down)
    }

    func testMergedKeymapsReportCrossConflicts() {
        var global = Keymap<Action>()
        global.bind(["q"], .quit, "Quit")
        var view = Keymap<Action>()
        view.bind(["q"], .search, "Query")
        let merged = view.merged(with: global)
        XCTAssertEqual(merged.action(for: .char("q")), .search)
        XCTAssertEqual(merged.duplicates().count, 1)
    }

    func testInvalidSpecsAreCollected() {
        var keys = Keymap<Action>()
        keys.bind(["ctrl-", "j"], .down, "Down")
        XCTAssertEqual(keys.invalidSpecs, ["ctrl-"])
        XCTAssertEqual(keys.action(for: .char("j")), .down)
    }

    func testHintsFitWholeEntries() {
        let keys = sample()
        XCTAssertEqual(keys.hints(maxWidth: 80), "/ Search  ? Help  q Quit")
        XCTAssertEqual(keys.hints(maxWidth: 16), "/ Search  ? Help")
        XCTAssertEqual(keys.hints(maxWidth: 15), "/ Search")
        XCTAssertEqual(keys.hints(maxWidth: 3), "")
    }

    func testSectionsGroupInOrderOfAppearance() {
        let sections = sample().sections
        XCTAssertEqual(sections.map(\.title), ["Navigation", "General", "Editing"])
        XCTAssertEqual(sections[0].entries.first, KeyHelpSection.Entry(keys: "k/↑", help: "Up", keyNames: ["k", "↑"]))
        XCTAssertEqual(sections[1].entries.map(\.keys), ["/", "?", "q"])
        XCTAssertEqual(sections[1].entries.map(\.keyNames), [["/"], ["?"], ["q"]])
    }
}

final class ListNavigationKeymapTests: XCTestCase {
    func testStandardNavigationKeymapIsCompleteAndConflictFree() {
        let keys = ListNavigation.keymap
        XCTAssertTrue(keys.duplicates().isEmpty)
        XCTAssertTrue(keys.invalidSpecs.isEmpty)
        for movement in ListNavigation.allCases {
            XCTAssertFalse(keys.keys(for: movement).isEmpty, "\(movement) has no key")
        }
        XCTAssertEqual(keys.action(for: .char("G")), .bottom)
        XCTAssertEqual(keys.action(for: .ctrl("d")), .halfPageDown)
    }

    func testAViewCanRebindNavigation() {
        var keys = Keymap<ListNavigation>()
        keys.bind(["n"], .down, "Next")
        var state = ListState(itemCount: 5)
        XCTAssertFalse(state.handle(.char("j"), pageSize: 3, keymap: keys))
        XCTAssertTrue(state.handle(.char("n"), pageSize: 3, keymap: keys))
        XCTAssertEqual(state.selected, 1)
    }
}
