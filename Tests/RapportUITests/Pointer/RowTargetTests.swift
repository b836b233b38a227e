import XCTest
import RapportCanvas
@testable import RapportUI

/// Lists and tables mark each visible row with what the caller gives, by item index.
final class RowTargetTests: XCTestCase {
    func testAListMarksItsVisibleRowsByItemIndex() {
        var view = ListView(items: (0..<20).map { ListItem("item \($0)") }, state: ListState(itemCount: 20, selected: 15))
        view.rowTarget = { PointerTarget(click: .show(ViewID.allCasesForTests[$0 % ViewID.allCasesForTests.count])) }
        var buffer = CellBuffer(width: 20, height: 5)
        view.render(into: &buffer, area: buffer.bounds)
        let row = buffer.lines().firstIndex { $0.contains("item 15") }
        XCTAssertNotNil(row)
        let target = buffer.target(atX: 3, y: row ?? 0) as? PointerTarget
        XCTAssertEqual(target?.click, .show(ViewID.allCasesForTests[15 % ViewID.allCasesForTests.count]))
    }

    func testATableMarksItsRowsButNotItsHeader() {
        var table = TableView(columns: [TableColumn("Name")], rows: (0..<3).map { TableRow(["row \($0)"]) }, state: ListState(itemCount: 3))
        table.rowTarget = { _ in PointerTarget(click: .openHelp) }
        var buffer = CellBuffer(width: 20, height: 5)
        table.render(into: &buffer, area: buffer.bounds)
        XCTAssertNil(buffer.target(atX: 1, y: 0), "the header")
        XCTAssertEqual((buffer.target(atX: 1, y: 1) as? PointerTarget)?.click, .openHelp)
        XCTAssertNil(buffer.target(atX: 1, y: 4), "below the last row")
    }
}

private extension ViewID {
    static let allCasesForTests: [ViewID] = [.board, .contacts, .companies]
}
