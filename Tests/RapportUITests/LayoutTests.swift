import XCTest
import RapportCanvas
import RapportUI

final class LayoutTests: XCTestCase {
    func testRectGeometry() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 5)
        XCTAssertEqual(rect.maxX, 12)
        XCTAssertEqual(rect.maxY, 8)
        XCTAssertTrue(rect.contains(x: 2, y: 3))
        XCTAssertFalse(rect.contains(x: 12, y: 3))
        XCTAssertEqual(rect.inset(by: 1), Rect(x: 3, y: 4, width: 8, height: 3))
        XCTAssertEqual(rect.inset(by: 10).area, 0)
        XCTAssertEqual(Rect(x: 0, y: 0, width: -3, height: 2).width, 0)
    }

    func testIntersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        XCTAssertEqual(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)), Rect(x: 5, y: 5, width: 5, height: 5))
        XCTAssertTrue(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }

    func testCenteredClampsToContainer() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        XCTAssertEqual(screen.centered(width: 40, height: 10), Rect(x: 20, y: 7, width: 40, height: 10))
        XCTAssertEqual(screen.centered(width: 100, height: 30), screen)
    }

    func testFixedAndFillRows() {
        let rows = Rect(x: 0, y: 0, width: 80, height: 24).rows([.fixed(1), .fill(1), .fixed(1)])
        XCTAssertEqual(rows.map(\.height), [1, 22, 1])
        XCTAssertEqual(rows.map(\.y), [0, 1, 23])
    }

    func testPercentAndWeightedFillColumns() {
        let columns = Rect(x: 0, y: 0, width: 100, height: 1).columns([.percent(30), .fill(1), .fill(2)])
        XCTAssertEqual(columns.map(\.width), [30, 24, 46])
        XCTAssertEqual(columns.map(\.x), [0, 30, 54])
    }

    func testFillRemainderGoesToFirstPartsAndSumsExactly() {
        XCTAssertEqual(Layout.lengths(for: [.fill(1), .fill(1), .fill(1)], total: 10), [4, 3, 3])
    }

    func testMinGrowsLikeFill() {
        XCTAssertEqual(Layout.lengths(for: [.min(10), .fill(1)], total: 30), [20, 10])
        XCTAssertEqual(Layout.lengths(for: [.min(10), .fixed(15)], total: 20), [10, 10], "later parts shrink first")
    }

    func testSpacing() {
        let columns = Rect(x: 0, y: 0, width: 21, height: 1).columns([.fill(1), .fill(1)], spacing: 1)
        XCTAssertEqual(columns, [Rect(x: 0, y: 0, width: 10, height: 1), Rect(x: 11, y: 0, width: 10, height: 1)])
    }

    func testTooSmallShrinksLaterPartsToZero() {
        let rows = Rect(x: 0, y: 0, width: 10, height: 3).rows([.fixed(2), .fixed(2), .fill(1)])
        XCTAssertEqual(rows.map(\.height), [2, 1, 0])
        XCTAssertEqual(rows.count, 3)
    }
}
