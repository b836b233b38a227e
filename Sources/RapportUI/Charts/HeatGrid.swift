import RapportCanvas

/// One cell of a `HeatGrid`: how hot it is (0...1) and the figure it shows.
public struct HeatCell: Hashable, Sendable {
    public var fraction: Double
    public var text: String
    /// A shorter figure for when `text` does not fit ("50%" for "50.0%").
    public var shortText: String
    /// A figure that is not final (a month still running): drawn muted, shade and figure, with
    /// `HeatGrid.partialMark` in the blank column after it (so marking it widens nothing).
    public var isPartial: Bool

    public init(fraction: Double, text: String, shortText: String? = nil, isPartial: Bool = false) {
        self.fraction = fraction
        self.text = text
        self.shortText = shortText ?? text
        self.isPartial = isPartial
    }
}

/// A grid of shaded cells with their figures (the retention triangle), rows labelled on the left,
/// columns on top, and a legend of the shades below:
///
///     Cohort   Size   M0    M1    M2
///     2026-01     2  █100% ▓ 50% ▓ 50%
///     2026-02     1  █100%    0%
///     ░ under 25%  ▒ 25-50%  ▓ 50-75%  █ 75% or more
///
/// A nil cell is not there yet (a month still to come) and stays blank. When the figures do not
/// fit, cells show the shade alone; columns that still do not fit are left out on the right.
public struct HeatGrid: Widget {
    public var cornerTitle: String
    /// Titles of extra columns between the row label and the cells ("Size"), and their texts.
    public var rowInfoTitles: [String]
    public var rows: [(label: String, info: [String], cells: [HeatCell?])]
    public var columnTitles: [String]
    public var glyphs: ChartGlyphs
    public var style: Style
    /// Drawn after a partial cell; explained by the chart's note.
    public static let partialMark: Character = "*"

    public init(cornerTitle: String = "", rowInfoTitles: [String] = [], rows: [(label: String, info: [String], cells: [HeatCell?])],
                columnTitles: [String], glyphs: ChartGlyphs = .unicode, style: Style = Style(.chart1)) {
        self.cornerTitle = cornerTitle
        self.rowInfoTitles = rowInfoTitles
        self.rows = rows
        self.columnTitles = columnTitles
        self.glyphs = glyphs
        self.style = style
    }

    /// The header, the rows and the legend.
    public var preferredHeight: Int { rows.count + 2 }

    /// The shade of a fraction: none for 0, then quarters, lightest first.
    public static func level(_ fraction: Double) -> Int? {
        guard fraction > 0 else { return nil }
        return min(3, Int(fraction * 4))
    }

    public func legend(numbers: ChartNumbers) -> String {
        let bounds = ["0", "25", "50", "75", "100"].map { $0 + "%" }
        return (0..<4).map { "\(glyphs.shades[$0]) \(bounds[$0])-\(bounds[$0 + 1])" }.joined(separator: "  ")
    }

    struct Layout {
        var labelWidth: Int
        var infoWidths: [Int]
        var cellWidth: Int
        var showsFigures: Bool
        var usesShortFigures: Bool
        var shownColumns: Int
    }

    func layout(width: Int) -> Layout {
        let labelWidth = max(DisplayWidth.of(cornerTitle), rows.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let infoWidths = rowInfoTitles.indices.map { index in
            max(DisplayWidth.of(rowInfoTitles[index]), rows.map { index < $0.info.count ? DisplayWidth.of($0.info[index]) : 0 }.max() ?? 0)
        }
        let fixed = labelWidth + infoWidths.reduce(0) { $0 + $1 + 2 } + 1
        let room = max(0, width - fixed)
        let columnCount = max(columnTitles.count, rows.map(\.cells.count).max() ?? 0)
        let widestTitle = columnTitles.map { DisplayWidth.of($0) }.max() ?? 0
        // The figures with a space on both sides ("▓ 50% "), the short ones, the short ones with no
        // space after the shade ("█100 "), then the shades alone.
        for (short, padding) in [(false, 3), (true, 3), (true, 2)] {
            let widestFigure = rows.flatMap { $0.cells.compactMap { $0.map { DisplayWidth.of(short ? $0.shortText : $0.text) } } }
                .max() ?? 0
            let withFigures = max(widestFigure + padding, widestTitle + 1)
            if columnCount * withFigures <= room {
                return Layout(labelWidth: labelWidth, infoWidths: infoWidths, cellWidth: withFigures, showsFigures: true,
                              usesShortFigures: short, shownColumns: columnCount)
            }
        }
        let shadeOnly = max(2, widestTitle + 1)
        let compact = min(shadeOnly, max(1, room / max(1, columnCount)))
        return Layout(labelWidth: labelWidth, infoWidths: infoWidths, cellWidth: compact, showsFigures: false,
                      usesShortFigures: true, shownColumns: min(columnCount, room / max(1, compact)))
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let layout = layout(width: area.width)
        var x = area.x
        buffer.writeChartText(cornerTitle, at: x, y: area.y, style: .header, maxWidth: layout.labelWidth, glyphs: glyphs)
        x += layout.labelWidth
        for (index, title) in rowInfoTitles.enumerated() {
            x += 2
            buffer.writeChartText(title, endingAt: x + layout.infoWidths[index], y: area.y, style: .header,
                                  maxWidth: layout.infoWidths[index], glyphs: glyphs)
            x += layout.infoWidths[index]
        }
        let cellsX = x + 2
        for column in 0..<layout.shownColumns where column < columnTitles.count {
            let cellX = cellsX + column * layout.cellWidth
            // Titles right-aligned over the figures, which end one column before the next cell.
            buffer.writeChartText(columnTitles[column], endingAt: cellX + layout.cellWidth - 1, y: area.y, style: .header,
                                  maxWidth: layout.cellWidth - 1, glyphs: glyphs)
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = area.y + 1 + rowIndex
            guard y < area.maxY else { return }
            var x = area.x
            buffer.writeChartText(row.label, at: x, y: y, maxWidth: layout.labelWidth, glyphs: glyphs)
            x += layout.labelWidth
            for (index, info) in row.info.enumerated() where index < layout.infoWidths.count {
                x += 2
                buffer.writeChartText(info, endingAt: x + layout.infoWidths[index], y: y, maxWidth: layout.infoWidths[index],
                                      glyphs: glyphs)
                x += layout.infoWidths[index]
            }
            for (column, cell) in row.cells.prefix(layout.shownColumns).enumerated() {
                guard let cell else { continue }
                let cellX = cellsX + column * layout.cellWidth
                let shade = Self.level(cell.fraction).map { glyphs.shades[$0] }
                let shadeStyle = cell.isPartial ? Style.muted : style
                if layout.showsFigures {
                    if let shade { buffer.set(shade, x: cellX, y: y, style: shadeStyle) }
                    buffer.writeChartText(layout.usesShortFigures ? cell.shortText : cell.text, endingAt: cellX + layout.cellWidth - 1, y: y,
                                          style: cell.isPartial ? .muted : .normal, maxWidth: layout.cellWidth - 2,
                                          glyphs: glyphs)
                    if cell.isPartial { buffer.set(Self.partialMark, x: cellX + layout.cellWidth - 1, y: y, style: .muted) }
                } else {
                    let filled = max(1, layout.cellWidth - 1)
                    // The mark right after what is drawn: the shade, or the "0" of an empty cell.
                    if cell.isPartial, layout.cellWidth > 1 {
                        buffer.set(Self.partialMark, x: cellX + (shade == nil ? 1 : filled), y: y, style: .muted)
                    }
                    if let shade {
                        buffer.fill(Rect(x: cellX, y: y, width: filled, height: 1), with: shade, style: shadeStyle)
                    } else {
                        buffer.set("0", x: cellX, y: y, style: .muted)  // no shade: say zero, not "missing"
                    }
                }
            }
        }
        let legendY = area.y + 1 + rows.count
        if legendY < area.maxY {
            var legend = legend(numbers: ChartNumbers(glyphs: glyphs))
            let columnCount = max(columnTitles.count, rows.map(\.cells.count).max() ?? 0)
            if layout.shownColumns < columnCount {
                legend += "  (\(columnCount - layout.shownColumns) more columns do not fit)"
            }
            buffer.writeChartText(legend, at: area.x, y: legendY, style: .muted, maxWidth: area.width, glyphs: glyphs)
        }
    }
}
