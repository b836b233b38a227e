import XCTest
import RapportCanvas
@testable import RapportUI

/// What the user reads about keys must be what the keys do: every binding of every table has a
/// label, every key it names is printed, and a hint naming two keys only names keys that do
/// what it says (issue 13: "j/k Next report" while k went back, an empty key for `/`).
final class KeyLabelTests: XCTestCase {
    /// Every table: each view's, the global one, the `?` overlay's and the palette's.
    private var tables: [(name: String, keymap: Keymap<AppAction>)] {
        ViewID.allCases.map { ("\($0.title) view", Keymaps.view($0)) }
            + [("global", Keymaps.global), ("help overlay", Keymaps.helpOverlay), ("palette", Keymaps.palette)]
    }

    private func isVisible(_ name: String) -> Bool {
        !name.isEmpty && name.contains { !$0.isWhitespace } && DisplayWidth.of(name) > 0
    }

    func testEveryBindingHasAHelpTextAndALabelNamingItsOwnKeys() {
        for (name, keymap) in tables {
            for binding in keymap.bindings {
                let what = "\(name): \(binding.help) (\(binding.keyLabel))"
                XCTAssertFalse(binding.help.trimmingCharacters(in: .whitespaces).isEmpty, what)
                XCTAssertFalse(binding.keys.isEmpty, what)
                XCTAssertTrue(isVisible(binding.keyLabel), what)
                XCTAssertNotNil(binding.labelledKeys, "\(what): the label names a key the binding does not have")
                XCTAssertFalse(binding.keyNames.isEmpty, what)
                for key in binding.keyNames { XCTAssertTrue(isVisible(key), "\(what): key name \"\(key)\"") }
            }
        }
    }

    func testEveryHintOnlyNamesKeysThatDoWhatItSays() {
        var checked = 0
        for view in ViewID.allCases {
            let active = Keymaps.active(in: view)
            for hint in active.allHints {
                let what = "\(view.title): \(hint.label) \(hint.help)"
                XCTAssertTrue(isVisible(hint.label), what)
                XCTAssertFalse(hint.keys.isEmpty, what)
                for key in hint.keys {
                    let action = active.action(for: key)
                    XCTAssertTrue(action.map { hint.actions.contains($0) } ?? false,
                                  "\(what): \(key.displayName) does \(String(describing: action))")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }

    func testTheReportsHintsNameNextAndPreviousAsTheyWork() {
        let hints = Keymaps.active(in: .reports).allHints
        let report = hints.first { $0.actions.contains(.reports(.nextReport)) }
        XCTAssertEqual(report?.label, "j/k")
        XCTAssertEqual(report?.help, "Next/previous report")
        XCTAssertEqual(report?.actions, [.reports(.nextReport), .reports(.previousReport)])
        let period = hints.first { $0.actions.contains(.reports(.previousPeriod)) }
        XCTAssertEqual(period?.label, "[/]")
        XCTAssertEqual(period?.help, "Earlier/later period")
    }

    func testASlashKeyIsAKeyNotASeparator() {
        XCTAssertEqual(KeyBinding<AppAction>.keys(named: "/", among: [.char("/")]), [.char("/")])
        XCTAssertEqual(KeyBinding<AppAction>(keys: [.char("/")], action: .quit, help: "Search").keyNames, ["/"])
        XCTAssertEqual(KeyBinding<AppAction>.keys(named: "j//", among: [.char("j"), .char("/")]), [.char("j"), .char("/")])
        XCTAssertEqual(KeyBinding<AppAction>.keys(named: "[ ]", among: [.char("["), .char("]")]), [.char("["), .char("]")])
        XCTAssertNil(KeyBinding<AppAction>.keys(named: "j/k", among: [.char("j"), .down]))
    }

    func testTheHelpViewNamesEachViewOnceInItsHeadings() {
        for section in HelpScreen.sections(ResolvedKeymaps()) {
            let parts = section.title.components(separatedBy: ": ")
            XCTAssertEqual(parts.count, Set(parts).count, "doubled heading \"\(section.title)\"")
            for entry in section.entries {
                XCTAssertTrue(isVisible(entry.keys), "\(section.title): \(entry.help)")
                for key in entry.keyNames { XCTAssertTrue(isVisible(key), "\(section.title): \(entry.help)") }
            }
        }
        let titles = HelpScreen.sections(ResolvedKeymaps()).map(\.title)
        XCTAssertTrue(titles.contains("Board: moving"), "\(titles)")
        XCTAssertTrue(titles.contains("Reports"), "\(titles)")
    }
}
