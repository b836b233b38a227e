import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// Review of issue 13, item 6: at 80 columns the filter's input and its count left no room, so
/// the footer showed "/ fleet  1 match" and no total at all.
final class BoardFilterFooterAt80Tests: XCTestCase {
    func testTheMatchingTotalsShowAtEightyColumns() {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 80, height: 24)
        app.press("/")
        app.type("fleet")
        app.press("enter")
        let line = app.frame().text(ofRow: app.state.size.height - 2)
        XCTAssertTrue(line.contains("1 open match"), line)
        XCTAssertTrue(line.contains("Matching €12.5k"), line)
        XCTAssertTrue(line.contains("sort: "), line)
    }
}
