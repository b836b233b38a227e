import XCTest
import RapportCanvas
@testable import RapportTerminal

final class DoubleClicksTests: XCTestCase {
    func testASecondPressOnTheSameCellSoonAfterIsADoubleClick() {
        var clicks = DoubleClicks()
        XCTAssertEqual(clicks.kind(ofPressAtX: 3, y: 4, milliseconds: 1_000), .click)
        XCTAssertEqual(clicks.kind(ofPressAtX: 3, y: 4, milliseconds: 1_300), .doubleClick)
        XCTAssertEqual(clicks.kind(ofPressAtX: 3, y: 4, milliseconds: 1_350), .click, "a third press starts over")
    }

    func testElsewhereOrLaterIsAnotherClick() {
        var clicks = DoubleClicks()
        XCTAssertEqual(clicks.kind(ofPressAtX: 3, y: 4, milliseconds: 1_000), .click)
        XCTAssertEqual(clicks.kind(ofPressAtX: 4, y: 4, milliseconds: 1_100), .click, "another cell")
        XCTAssertEqual(clicks.kind(ofPressAtX: 4, y: 4, milliseconds: 1_100 + DoubleClicks.interval + 1), .click, "too late")
    }
}
