import RapportCanvas

public enum Alignment: Hashable, Sendable {
    case left, center, right
}

/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Int)
    /// Percent of the table width (after the spaces between columns).
    case percent(Int)
    /// A share of the room left over, by weight.
    case flex(Int)

    var constraint: Constraint {
        switch self {
        case .fixed(let n): return .fixed(n)
        case .percent(let p): return .percent(p)
        case .flex(let weight): return .fill(weight)
        }
    }
}

public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment

    public init(_ title: String, width: ColumnWidth = .flex(1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

public struct TableRow: Hashable, Sendable {
    public var cells: [String]
    /// Style of the whole row (an overdue task).
    public var style: Style
    /// Per-cell styles overriding `style` (a negative amount); shorter than `cells` is fine.
    public var cellStyles: [Style?]

    public init(_ cells: [String], style: Style = .normal, cellStyles: [Style?] = []) {
        self.cells = cells
        self.style = style
        self.cellStyles = cellStyles
    }
}

public struct SortIndicator: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool
    public init(column: Int, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }
}

/// A table with a header row, column widths by constraint, alignment, a sort marker (▲/▼) and a
/// selected row kept visible (using `ListState`).
public struct TableView: Widget {
    public var columns: [TableColumn]
    /// Number of rows; only the visible ones are ever asked for.
    public var rowCount: Int
    public var row: (Int) -> TableRow
    public var state: ListState
    public var sort: SortIndicator?
    public var showsHeader: Bool
    public var isFocused: Bool
    public var columnSpacing: Int
    public var showsMoreIndicator: Bool
    public var emptyText: String
    /// What the mouse does on each row, by row index (nil: the rows do not answer it).
    public var rowTarget: ((Int) -> PointerTarget)?

    public init(columns: [TableColumn], rows: [TableRow], state: ListState, sort: SortIndicator? = nil,
                showsHeader: Bool = true, isFocused: Bool = true, columnSpacing: Int = 1,
                showsMoreIndicator: Bool = true, emptyText: String = "Nothing here") {
        self.init(columns: columns, rowCount: rows.count, state: state, sort: sort, showsHeader: showsHeader,
                  isFocused: isFocused, columnSpacing: columnSpacing, showsMoreIndicator: showsMoreIndicator,
                  emptyText: emptyText) { rows[$0] }
    }

    /// A table over a large collection: `row(i)` is called for visible rows only.
    public init(columns: [TableColumn], rowCount: Int, state: ListState, sort: SortIndicator? = nil,
                showsHeader: Bool = true, isFocused: Bool = true, columnSpacing: Int = 1,
                showsMoreIndicator: Bool = true, emptyText: String = "Nothing here", row: @escaping (Int) -> TableRow) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.state = state
        self.sort = sort
        self.showsHeader = showsHeader
        self.isFocused = isFocused
        self.columnSpacing = columnSpacing
        self.showsMoreIndicator = showsMoreIndicator
        self.emptyText = emptyText
    }

    /// Rows available for data in `area` (what to pass as `pageSize` to `ListState.handle`).
    public func bodyHeight(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// Column rectangles for a given width (row 0): useful to hit-test or align a footer.
    public func columnRects(in area: Rect) -> [Rect] {
        Rect(x: area.x, y: area.y, width: area.width, height: 1)
            .columns(columns.map(\.width.constraint), spacing: columnSpacing)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let spans = columnRects(in: area)
        var y = area.y
        if showsHeader {
            for (index, column) in columns.enumerated() {
                var title = column.title
                if let sort, sort.column == index { title += sort.ascending ? " ▲" : " ▼" }
                write(title, in: spans[index], y: y, alignment: column.alignment, style: .header, buffer: &buffer)
            }
            buffer.setStyle(.header, in: Rect(x: area.x, y: y, width: area.width, height: 1))
            y += 1
        }
        let body = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        guard !body.isEmpty else { return }
        guard rowCount > 0 else {
            buffer.write(emptyText, at: body.x, y: body.y, style: .muted, maxWidth: body.width)
            return
        }
        var state = self.state
        state.setItemCount(rowCount)
        let offset = state.visibleOffset(height: body.height, showsMoreIndicator: showsMoreIndicator)
        let visible = state.visibleRowCount(offset: offset, height: body.height, showsMoreIndicator: showsMoreIndicator)
        for line in 0..<visible {
            let index = offset + line
            let row = self.row(index)
            let rowY = body.y + line
            for (columnIndex, column) in columns.enumerated() {
                let text = columnIndex < row.cells.count ? row.cells[columnIndex] : ""
                let style = (columnIndex < row.cellStyles.count ? row.cellStyles[columnIndex] : nil) ?? row.style
                write(text, in: spans[columnIndex], y: rowY, alignment: column.alignment, style: style, buffer: &buffer)
            }
            if index == state.selected {
                buffer.setStyle(isFocused ? .selected : .selectedInactive, in: Rect(x: body.x, y: rowY, width: body.width, height: 1))
            }
            rowTarget?(index).mark(Rect(x: body.x, y: rowY, width: body.width, height: 1), on: &buffer)
        }
        let hidden = rowCount - offset - visible
        if hidden > 0, visible < body.height {
            buffer.write("+\(hidden) more", at: body.x, y: body.y + visible, style: .muted, maxWidth: body.width)
        }
    }

    private func write(_ text: String, in span: Rect, y: Int, alignment: Alignment, style: Style, buffer: inout CellBuffer) {
        guard span.width > 0 else { return }
        let textWidth = DisplayWidth.of(text)
        let x: Int
        switch alignment {
        case .left: x = span.x
        case .right: x = span.x + max(0, span.width - textWidth)
        case .center: x = span.x + max(0, span.width - textWidth) / 2
        }
        buffer.write(text, at: x, y: y, style: style, maxWidth: span.maxX - x)
    }
}
