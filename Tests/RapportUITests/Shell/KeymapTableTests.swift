import XCTest
import RapportCanvas
@testable import RapportUI

/// The key tables are the one source of what keys do: they must be consistent.
final class KeymapTableTests: XCTestCase {
    func testNoViewBindsAKeyTwice() {
        for view in ViewID.allCases {
            let keys = Keymaps.active(in: view)
            XCTAssertEqual(keys.duplicates().map(\.description), [], "\(view.title)")
            XCTAssertEqual(keys.invalidSpecs, [], "\(view.title)")
        }
        for table in [Keymaps.helpOverlay, Keymaps.palette] {
            XCTAssertEqual(table.duplicates().map(\.description), [])
            XCTAssertEqual(table.invalidSpecs, [])
        }
    }

    func testEveryBindingIsInTheHelpAndThePalette() {
        let helpEntries = Set(HelpScreen.sections(ResolvedKeymaps()).flatMap(\.entries).map(\.help))
        let paletteActions = Set(Keymaps.paletteCommands.map(\.action))
        for view in ViewID.allCases {
            for binding in Keymaps.view(view).bindings {
                XCTAssertTrue(helpEntries.contains(binding.help), "help lists \(binding.help)")
                XCTAssertTrue(paletteActions.contains(binding.action), "palette has \(binding.action)")
            }
        }
        for binding in Keymaps.global.bindings where binding.action != .openPalette {
            XCTAssertTrue(helpEntries.contains(binding.help), "help lists \(binding.help)")
            XCTAssertTrue(paletteActions.contains(binding.action), "palette has \(binding.action)")
        }
    }

    func testEveryViewIsReachableByItsNumber() {
        for view in ViewID.allCases {
            XCTAssertEqual(Keymaps.global.action(for: .char(Character(String(view.number)))), .show(view))
        }
    }
}
