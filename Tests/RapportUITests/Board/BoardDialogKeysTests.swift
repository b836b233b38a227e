import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The board's dialogs look keys up in their own tables, and their hint lines come from them.
final class BoardDialogKeysTests: XCTestCase {
    func testThePickersHintLineComesFromItsTable() {
        XCTAssertEqual(ChoicePicker.hintLine, "Enter choose · ↑↓ move · Esc cancel")
        XCTAssertEqual(ChoicePicker.keymap.duplicates().count, 0)
        XCTAssertEqual(BoardScreen.filterKeymap.duplicates().count, 0)
    }

    func testThePickersKeysMoveChooseAndCancel() {
        var picker = ChoicePicker(opportunityID: OpportunityID("opp-000001"), choices: ["Price", "Timing", "Budget"])
        XCTAssertNil(picker.handle(.ctrl("n")))
        XCTAssertNil(picker.handle(.down))
        XCTAssertNil(picker.handle(.up))
        XCTAssertEqual(picker.handle(.enter), .submitted("Timing"))
        XCTAssertEqual(picker.handle(.escape), .cancelled)
    }

    func testThePanesHintLinesAreTheKeysOfTheBoard() {
        XCTAssertEqual(OpportunityPaneHints.line(isOpen: true),
                       "Esc close · e edit · o offer · t task · x done · a log · N notes · c contact · C company · <> stage · W won · L lost · R reopen · D delete")
        XCTAssertEqual(OpportunityPaneHints.line(isOpen: false),
                       "Esc close · e edit · a log · N notes · c contact · C company · R reopen · D delete")
    }
}
