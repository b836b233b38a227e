import RapportCanvas

/// One column of a `ColumnChart`.
public struct Column: Hashable, Sendable {
    public var label: String
    public var value: Int64
    /// Written just above the column; nil for none.
    public var valueText: String?
    public var style: Style

    public init(_ label: String, value: Int64, valueText: String? = nil, style: Style = Style(.chart1)) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}

/// Vertical bars with eighth-block precision (`▁▂▃▄▅▆▇█`), each with its figure on top and its
/// label below, over a y-axis from 0 to the largest value:
///
///     12 ┤     12
///        │ 3   ██
///      0 └─██──██─
///          0   1
///
/// Columns are as wide as the room allows (up to `maximumColumnWidth`); the ones that do not fit
/// at one cell each are left out, and `hiddenColumns(width:)` says how many.
public struct ColumnChart: Widget {
    public var columns: [Column]
    public var glyphs: ChartGlyphs
    /// The y-axis labels (the largest value and 0): "€12k", "40".
    public var axisLabel: (Int64) -> String
    public var maximumColumnWidth: Int

    public init(columns: [Column], glyphs: ChartGlyphs = .unicode, maximumColumnWidth: Int = 8,
                axisLabel: @escaping (Int64) -> String = { String($0) }) {
        self.columns = columns
        self.glyphs = glyphs
        self.axisLabel = axisLabel
        self.maximumColumnWidth = maximumColumnWidth
    }

    /// Axis and labels: one row each, plus the value row over the tallest column.
    public static let chromeHeight = 3

    var top: Int64 { max(1, columns.map(\.value).max() ?? 1) }

    private var axisWidth: Int { max(DisplayWidth.of(axisLabel(top)), DisplayWidth.of(axisLabel(0))) + 1 }

    /// The width of each column and the gap after it, and how many columns are shown.
    func geometry(width: Int) -> (column: Int, gap: Int, shown: Int) {
        let room = max(0, width - axisWidth - 1)
        guard !columns.isEmpty, room > 0 else { return (0, 0, 0) }
        let widestText = columns.map { max(DisplayWidth.of($0.valueText ?? ""), DisplayWidth.of($0.label)) }.max() ?? 1
        let slot = room / columns.count
        if slot >= 2 {
            let gap = 1
            let column = min(maximumColumnWidth, max(1, min(slot - gap, max(widestText, 1))))
            return (column, max(gap, min(slot - column, 3)), columns.count)
        }
        return (1, 0, min(columns.count, room))
    }

    public func hiddenColumns(width: Int) -> Int { columns.count - geometry(width: width).shown }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height >= Self.chromeHeight + 1, !columns.isEmpty else { return }
        let (columnWidth, gap, shown) = geometry(width: area.width)
        guard shown > 0 else { return }
        let plotHeight = area.height - Self.chromeHeight
        let plotTop = area.y + 1  // the row above is for the tallest column's figure
        let axisRow = plotTop + plotHeight
        let labelRow = axisRow + 1
        let axisX = area.x + axisWidth
        // The y-axis: the largest value at the top, 0 on the axis line.
        buffer.writeChartText(axisLabel(top), endingAt: axisX - 1, y: plotTop, style: .muted, maxWidth: axisWidth - 1, glyphs: glyphs)
        buffer.writeChartText(axisLabel(0), endingAt: axisX - 1, y: axisRow, style: .muted, maxWidth: axisWidth - 1, glyphs: glyphs)
        buffer.fill(Rect(x: axisX, y: plotTop, width: 1, height: plotHeight), with: glyphs.axisVertical, style: .border)
        buffer.set(glyphs.axisTick, x: axisX, y: plotTop, style: .border)
        buffer.set(glyphs.axisCorner, x: axisX, y: axisRow, style: .border)
        buffer.fill(Rect(x: axisX + 1, y: axisRow, width: area.maxX - axisX - 1, height: 1), with: glyphs.axisHorizontal,
                    style: .border)
        for (index, column) in columns.prefix(shown).enumerated() {
            let x = axisX + 1 + index * (columnWidth + gap) + (gap > 0 ? 1 : 0)
            let eighths = BlockBar.eighths(column.value, of: top, cells: plotHeight)
            var tallest = 0
            for row in 0..<plotHeight {
                guard let glyph = BlockBar.verticalCell(eighths: eighths, row: row, glyphs: glyphs) else { break }
                buffer.fill(Rect(x: x, y: axisRow - 1 - row, width: columnWidth, height: 1), with: glyph, style: column.style)
                tallest = row + 1
            }
            // Figures and labels are centred on their column, in at most the column and its gap.
            let room = columnWidth + gap
            if let valueText = column.valueText {
                writeCentered(valueText, over: x, width: columnWidth, room: room, y: axisRow - 1 - tallest, style: .normal,
                              into: &buffer)
            }
            writeCentered(column.label, over: x, width: columnWidth, room: room, y: labelRow, style: .muted, into: &buffer)
        }
    }

    private func writeCentered(_ text: String, over x: Int, width: Int, room: Int, y: Int, style: Style,
                               into buffer: inout CellBuffer) {
        let fitted = ChartText.fitted(text, width: room, glyphs: glyphs)
        let start = x + (width - DisplayWidth.of(fitted)) / 2
        buffer.write(fitted, at: start, y: y, style: style, overflow: .clip)
    }
}
