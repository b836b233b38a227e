import XCTest
import RapportCanvas
import RapportUI

final class KeyEventTests: XCTestCase {
    func testParsingSpecs() {
        XCTAssertEqual(KeyEvent(spec: "j"), .char("j"))
        XCTAssertEqual(KeyEvent(spec: "G"), .char("G"))
        XCTAssertEqual(KeyEvent(spec: "?"), .char("?"))
        XCTAssertEqual(KeyEvent(spec: "ctrl-r"), .ctrl("r"))
        XCTAssertEqual(KeyEvent(spec: "Ctrl-R"), .ctrl("r"))
        XCTAssertEqual(KeyEvent(spec: "C-l"), .ctrl("l"))
        XCTAssertEqual(KeyEvent(spec: "^Z"), .ctrl("z"))
        XCTAssertEqual(KeyEvent(spec: "ctrl-i"), .tab, "Ctrl-I is Tab in a terminal")
        XCTAssertEqual(KeyEvent(spec: "ctrl-m"), .enter)
        XCTAssertEqual(KeyEvent(spec: "ctrl-left"), .ctrlLeft)
        XCTAssertEqual(KeyEvent(spec: "alt-b"), .alt("b"))
        XCTAssertEqual(KeyEvent(spec: "shift-tab"), .backTab)
        XCTAssertEqual(KeyEvent(spec: "pgdn"), .pageDown)
        XCTAssertEqual(KeyEvent(spec: "PageUp"), .pageUp)
        XCTAssertEqual(KeyEvent(spec: "f5"), .function(5))
        XCTAssertEqual(KeyEvent(spec: "space"), .char(" "))
        XCTAssertEqual(KeyEvent(spec: "esc"), .escape)
        XCTAssertEqual(KeyEvent(spec: "enter"), .enter)
        XCTAssertEqual(KeyEvent(spec: "backspace"), .backspace)
        XCTAssertEqual(KeyEvent(spec: "del"), .delete)
    }

    func testInvalidSpecs() {
        XCTAssertNil(KeyEvent(spec: ""))
        XCTAssertNil(KeyEvent(spec: "ctrl-"))
        XCTAssertNil(KeyEvent(spec: "ctrl-rr"))
        XCTAssertNil(KeyEvent(spec: "f99"))
        XCTAssertNil(KeyEvent(spec: "hyper-x"))
    }

    func testDisplayNames() {
        XCTAssertEqual(KeyEvent.ctrl("r").displayName, "Ctrl-R")
        XCTAssertEqual(KeyEvent.pageDown.displayName, "PgDn")
        XCTAssertEqual(KeyEvent.char("?").displayName, "?")
        XCTAssertEqual(KeyEvent.char(" ").displayName, "Space")
        XCTAssertEqual(KeyEvent.backTab.displayName, "Shift-Tab")
        XCTAssertEqual(KeyEvent.function(1).displayName, "F1")
        XCTAssertEqual(KeyEvent.up.displayName, "↑")
    }

    func testDisplayNameRoundTripsThroughSpecForNamedKeys() {
        let keys: [KeyEvent] = [.ctrl("r"), .pageDown, .pageUp, .home, .end, .escape, .enter, .tab, .backTab,
                                .backspace, .function(12), .char("G"), .char(" "), .delete, .alt("b")]
        for key in keys {
            XCTAssertEqual(KeyEvent(spec: key.displayName), key, "\(key.displayName)")
        }
    }
}
