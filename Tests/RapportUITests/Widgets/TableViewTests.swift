import XCTest
import RapportCanvas
import RapportUI

final class TableViewTests: XCTestCase {
    private let columns = [
        TableColumn("Name", width: .flex(2)),
        TableColumn("Company", width: .flex(1)),
        TableColumn("Value", width: .fixed(9), alignment: .right),
        TableColumn("Stage", width: .percent(20), alignment: .center),
    ]

    private var rows: [TableRow] {
        [
            TableRow(["Ada Lovelace", "Analytical", "€12,000", "Won"], cellStyles: [nil, nil, .positive]),
            TableRow(["渡辺 健", "株式会社テスト", "¥900,000", "Lead"]),
            TableRow(["Ame\u{0301}lie 👍🏽", "Café Deux Moulins", "€450", "Lost"], cellStyles: [nil, nil, .negative]),
            TableRow(["Grace Hopper", "Navy", "$1,250,000", "Proposal"], style: .overdue),
            TableRow(["Alan Turing", "Bletchley", "£3", "Lead"]),
        ]
    }

    func testLargeTable() {
        var state = ListState(itemCount: rows.count)
        state.select(2)
        let table = TableView(columns: columns, rows: rows, state: state, sort: SortIndicator(column: 2, ascending: false))
        assertGolden(named: "table_large", width: 64, height: 8) { buffer, area in
            table.render(into: &buffer, area: area)
        }
        let buffer = Golden.render(width: 64, height: 8) { buffer, area in table.render(into: &buffer, area: area) }
        XCTAssertEqual(buffer.style(at: 0, y: 0), .header)
        XCTAssertEqual(buffer.style(at: 0, y: 3), .selected)
        XCTAssertEqual(buffer.style(at: 0, y: 4), .overdue)
        XCTAssertTrue(buffer.text(ofRow: 0).contains("Value ▼"))
    }

    func testSmallTableClipsAndScrolls() {
        var state = ListState(itemCount: rows.count)
        state.select(3)
        let table = TableView(columns: columns, rows: rows, state: state, sort: SortIndicator(column: 0, ascending: true))
        state.scrollToSelection(height: table.bodyHeight(in: Rect(x: 0, y: 0, width: 30, height: 4)))
        assertGolden(named: "table_small", width: 30, height: 4) { buffer, area in
            TableView(columns: columns, rows: rows, state: state, sort: SortIndicator(column: 0, ascending: true))
                .render(into: &buffer, area: area)
        }
    }

    func testColumnRectsFollowConstraints() {
        let table = TableView(columns: columns, rows: [], state: ListState())
        let widths = table.columnRects(in: Rect(x: 0, y: 0, width: 63, height: 5)).map(\.width)
        // 63 - 3 spaces = 60: Stage 20% = 12, Value 9, flex 39 split 2:1.
        XCTAssertEqual(widths, [26, 13, 9, 12])
    }
}

final class LazyRowsTests: XCTestCase {
    func testOnlyVisibleRowsAreRequested() {
        final class Counter { var requested: [Int] = [] }
        let counter = Counter()
        var state = ListState(itemCount: 200_000)
        state.select(150_000)
        state.scrollToSelection(height: 4)
        let table = TableView(columns: [TableColumn("#", width: .fixed(8), alignment: .right)], rowCount: 200_000, state: state) { index in
            counter.requested.append(index)
            return TableRow(["\(index)"])
        }
        let buffer = Golden.render(width: 12, height: 5) { buffer, area in table.render(into: &buffer, area: area) }
        // Header + 3 rows + "+N more" in 5 lines.
        XCTAssertEqual(counter.requested, [149_998, 149_999, 150_000])
        XCTAssertEqual(buffer.text(ofRow: 4), "+49999 more")
        counter.requested = []
        let list = ListView(itemCount: 200_000, state: state) { index in
            counter.requested.append(index)
            return ListItem("row \(index)")
        }
        _ = Golden.render(width: 10, height: 4) { buffer, area in list.render(into: &buffer, area: area) }
        XCTAssertEqual(counter.requested.count, 3)
    }
}
