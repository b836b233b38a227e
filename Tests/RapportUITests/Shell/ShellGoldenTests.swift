import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

final class ShellGoldenTests: XCTestCase {
    func testHelpViewAt100x30() {
        var app = AppHarness(width: 100, height: 30)
        app.press("7")
        assertGolden(app.frame(), named: "shell-help-view-100x30")
    }

    func testPaletteAt80x24() throws {
        var app = AppHarness()
        app.press("2", ":")
        app.type("show")
        let frame = app.frame()
        assertGolden(frame, named: "shell-palette-80x24")
        // The best match (the shortest title) is selected and drawn in the selected style.
        let row = try XCTUnwrap((0..<frame.height).first { frame.text(ofRow: $0).contains("Show Help") })
        XCTAssertEqual(frame.style(at: 12, y: row).role, .selected)
        XCTAssertEqual(frame.style(at: 6, y: row).role, .highlight, "matched letters are highlighted")
        let next = try XCTUnwrap((0..<frame.height).first { frame.text(ofRow: $0).contains("Show Board") })
        XCTAssertEqual(frame.style(at: 12, y: next).role, .normal)
    }

    func testHelpOverlayAt80x24() {
        var app = AppHarness()
        app.press("?")
        assertGolden(app.frame(), named: "shell-help-overlay-80x24")
    }

    func testTooSmall() {
        let app = AppHarness(width: 40, height: 10)
        assertGolden(app.frame(), named: "shell-too-small-40x10")
    }

    func testStatusBarShowsTheBookAndItsState() {
        var app = AppHarness(width: 120, height: 30)
        let bottom = app.frame().text(ofRow: 29)
        XCTAssertTrue(bottom.contains("rapport"), bottom)
        XCTAssertTrue(bottom.contains("✓ saved"), bottom)
        XCTAssertTrue(bottom.contains("? Help"), bottom)
        app.state.saveStatus = .failed("disk full")
        XCTAssertTrue(app.frame().text(ofRow: 29).contains("not saved: disk full"))
    }
}
