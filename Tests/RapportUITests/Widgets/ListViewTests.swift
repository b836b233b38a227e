import XCTest
import RapportCanvas
import RapportUI

final class ListViewTests: XCTestCase {
    private let names = ["Ada Lovelace", "渡辺 健 (Watanabe)", "Ame\u{0301}lie Poulain 👍🏽", "Grace Hopper",
                         "Linus Torvalds", "Margaret Hamilton", "Katherine Johnson", "Alan Turing",
                         "Barbara Liskov", "Donald Knuth"]

    private var items: [ListItem] {
        names.enumerated().map { index, name in
            ListItem(name, style: index == 3 ? .overdue : .normal, trailing: index == 3 ? "overdue" : nil,
                     trailingStyle: .overdue)
        }
    }

    func testSmallListShowsMoreIndicatorAndClipsWithEllipsis() {
        var state = ListState(itemCount: names.count)
        state.select(1)
        assertGolden(named: "list_small", width: 14, height: 5) { buffer, area in
            ListView(items: items, state: state).render(into: &buffer, area: area)
        }
        let buffer = Golden.render(width: 14, height: 5) { buffer, area in
            ListView(items: items, state: state).render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.style(at: 0, y: 1), .selected)
        XCTAssertEqual(buffer.style(at: 13, y: 1), .selected, "the selection spans the whole row")
        XCTAssertEqual(buffer.style(at: 0, y: 0), .normal)
        XCTAssertEqual(buffer.text(ofRow: 4), "+6 more")
        XCTAssertEqual(buffer.style(at: 0, y: 4), .muted)
    }

    func testLargeListWithMarkerAndTrailingText() {
        var state = ListState(itemCount: names.count)
        state.select(3)
        assertGolden(named: "list_large", width: 40, height: 12) { buffer, area in
            ListView(items: items, state: state, isFocused: false, selectionMarker: "▶ ").render(into: &buffer, area: area)
        }
        let buffer = Golden.render(width: 40, height: 12) { buffer, area in
            ListView(items: items, state: state, isFocused: false).render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.style(at: 0, y: 3), .selectedInactive, "unfocused lists use the quiet selection")
    }

    func testScrollingKeepsSelectionVisible() {
        var state = ListState(itemCount: names.count)
        for _ in 0..<6 { state.handle(.down, pageSize: 5) }
        XCTAssertEqual(state.selected, 6)
        // 5 rows: 4 items + "+N more" unless the end is reached.
        XCTAssertEqual(state.offset, 3)
        let buffer = Golden.render(width: 20, height: 5) { buffer, area in
            ListView(items: items, state: state).render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.lines(), ["Grace Hopper overdue", "Linus Torvalds", "Margaret Hamilton", "Katherine Johnson", "+3 more"])
        XCTAssertEqual(buffer.style(at: 0, y: 3), .selected)
        state.handle(.char("G"), pageSize: 5)
        XCTAssertEqual(state.selected, 9)
        XCTAssertEqual(state.offset, 5, "at the end the last rows fill the view, no indicator")
        state.handle(.char("g"), pageSize: 5)
        XCTAssertEqual(state.offset, 0)
        state.handle(.pageDown, pageSize: 5)
        XCTAssertEqual(state.selected, 4)
        XCTAssertFalse(state.handle(.char("x"), pageSize: 5))
    }

    func testRenderCorrectsAStaleOffset() {
        let state = ListState(itemCount: names.count, selected: 8, offset: 0)
        let buffer = Golden.render(width: 20, height: 4) { buffer, area in
            ListView(items: items, state: state).render(into: &buffer, area: area)
        }
        XCTAssertTrue(buffer.lines().contains("Barbara Liskov"), "the selected row is drawn even if the caller did not scroll")
    }

    func testEmptyListAndItemCountChanges() {
        var state = ListState(itemCount: 3, selected: 2)
        state.setItemCount(1)
        XCTAssertEqual(state.selected, 0)
        state.setItemCount(0)
        XCTAssertNil(state.selected)
        let buffer = Golden.render(width: 20, height: 2) { buffer, area in
            ListView(items: [], state: state, emptyText: "No contacts").render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.lines(), ["No contacts", ""])
    }
}

final class ListScrollingTests: XCTestCase {
    /// Moving down one row never scrolls by more than one row (no jumps near the end).
    func testStepwiseScrollingIsSmooth() {
        for height in 1...8 {
            var state = ListState(itemCount: 20)
            var previousOffset = 0
            for _ in 0..<25 {
                state.handle(.down, pageSize: height)
                let selected = state.selected ?? -1
                let visible = state.visibleRowCount(offset: state.offset, height: height)
                XCTAssertTrue(selected >= state.offset && selected < state.offset + visible,
                              "height \(height): selection \(selected) hidden at offset \(state.offset)")
                XCTAssertLessThanOrEqual(state.offset - previousOffset, 1, "height \(height) jumped")
                previousOffset = state.offset
            }
            for _ in 0..<25 {
                state.handle(.up, pageSize: height)
                let selected = state.selected ?? -1
                XCTAssertTrue(selected >= state.offset && selected < state.offset + state.visibleRowCount(offset: state.offset, height: height))
            }
        }
    }
}

final class ListHighlightTests: XCTestCase {
    func testMatchedLettersAreHighlightedAndKeepTheSelection() {
        let names = ["Ada Lovelace", "Alan Davies"]
        let items = names.map { name in ListItem(name, highlights: FuzzyMatch.score("ad", name)?.matchedIndices ?? []) }
        var state = ListState(itemCount: 2)
        state.select(1)
        let buffer = Golden.render(width: 16, height: 2) { buffer, area in
            ListView(items: items, state: state).render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.style(at: 0, y: 0), .highlight)
        XCTAssertEqual(buffer.style(at: 1, y: 0), .highlight)
        XCTAssertEqual(buffer.style(at: 2, y: 0), .normal)
        // "Alan Davies": A(0) and D(5) match.
        XCTAssertEqual(buffer.style(at: 0, y: 1), .selectedHighlight)
        XCTAssertEqual(buffer.style(at: 1, y: 1), .selected)
        XCTAssertEqual(buffer.style(at: 5, y: 1), .selectedHighlight)
        XCTAssertEqual(buffer.style(at: 15, y: 1), .selected)
    }
}
