import RapportCanvas

/// One row of `HorizontalBars`: a label, a bar and figures in columns.
public struct HorizontalBar: Hashable, Sendable {
    public var label: String
    public var value: Int64
    /// Drawn first, in the lightest shade, behind the bar: the whole of which `value` is a part
    /// (a stage's value behind its weighted value). nil for none.
    public var whole: Int64?
    /// The figures, one per column of the chart, right-aligned: "12", "€4,500.50", "57.1%".
    public var figures: [String]
    /// A style per figure where it means something (a change for the better or the worse).
    public var figureStyles: [Style]
    public var style: Style

    public init(_ label: String, value: Int64, whole: Int64? = nil, figures: [String] = [], figureStyles: [Style] = [],
                style: Style = Style(.chart1)) {
        self.label = label
        self.value = value
        self.whole = whole
        self.figures = figures
        self.figureStyles = figureStyles
        self.style = style
    }
}

/// Bars in rows, scaled to the largest value with eighth-block precision, and their figures in
/// aligned columns on the right so they can be read exactly and compared.
///
///     Stage        ██████████████▍        12   €4,500.50
///
/// `.centered` draws each bar centred on the bar area (a funnel), with half-cell precision at
/// both ends so it stays symmetric. When space is short the bar shrinks first, then the label.
public struct HorizontalBars: Widget {
    public enum Alignment: Hashable, Sendable { case leading, centered }

    public var bars: [HorizontalBar]
    /// Column titles over the figures (and the label column's title first), or nil for none.
    public var header: [String]?
    public var alignment: Alignment
    /// The value of a full bar; nil uses the largest value (or whole).
    public var maximum: Int64?
    /// The widest a bar may be (0: figures only, a table); nil takes all the room left.
    public var maximumBarWidth: Int?
    /// The last figure column is text (a rule, a note) and reads better left-aligned.
    public var leftAlignsLastFigure = false
    public var glyphs: ChartGlyphs

    public init(bars: [HorizontalBar], header: [String]? = nil, alignment: Alignment = .leading, maximum: Int64? = nil,
                maximumBarWidth: Int? = nil, glyphs: ChartGlyphs = .unicode) {
        self.bars = bars
        self.header = header
        self.alignment = alignment
        self.maximum = maximum
        self.maximumBarWidth = maximumBarWidth
        self.glyphs = glyphs
    }

    public func withFiguresLeftAligned(last: Bool) -> HorizontalBars {
        var copy = self
        copy.leftAlignsLastFigure = last
        return copy
    }

    /// Rows it needs: the bars, plus the header.
    public var preferredHeight: Int { bars.count + (header == nil ? 0 : 1) }

    /// The widths of the label column and of each figure column.
    func columnWidths(totalWidth: Int) -> (label: Int, figures: [Int]) {
        let figureCount = max(bars.map(\.figures.count).max() ?? 0, max(0, (header?.count ?? 1) - 1))
        var figures = [Int](repeating: 0, count: figureCount)
        for bar in bars {
            for (index, figure) in bar.figures.enumerated() { figures[index] = max(figures[index], DisplayWidth.of(figure)) }
        }
        if let header {
            for (index, title) in header.dropFirst().enumerated() where index < figureCount {
                figures[index] = max(figures[index], DisplayWidth.of(title))
            }
        }
        let naturalLabel = max(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, DisplayWidth.of(header?.first ?? ""))
        // Labels get at most 40% of the width; the figures keep their room (they are the data).
        let label = min(naturalLabel, max(6, totalWidth * 2 / 5))
        return (label, figures)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let widths = columnWidths(totalWidth: area.width)
        let figuresWidth = widths.figures.reduce(0) { $0 + $1 + 2 }
        let barWidth = max(0, min(area.width - widths.label - 1 - figuresWidth, maximumBarWidth ?? Int.max))
        let barX = area.x + widths.label + 1
        // The figures follow the bar area (flush right when the bar takes all the room).
        let figuresEnd = min(area.maxX, barX + barWidth + figuresWidth)
        let top = max(1, maximum ?? bars.map { max($0.value, $0.whole ?? 0) }.max() ?? 1)
        var y = area.y
        if let header {
            buffer.writeChartText(header.first ?? "", at: area.x, y: y, style: .header, maxWidth: widths.label, glyphs: glyphs)
            writeFigures(Array(header.dropFirst()), styles: [], widths: widths.figures, y: y, defaultStyle: .header,
                         endingAt: figuresEnd, into: &buffer)
            y += 1
        }
        for bar in bars {
            guard y < area.maxY else { break }
            buffer.writeChartText(bar.label, at: area.x, y: y, maxWidth: widths.label, glyphs: glyphs)
            if barWidth > 0 {
                switch alignment {
                case .leading: drawLeading(bar, top: top, x: barX, y: y, width: barWidth, into: &buffer)
                case .centered: drawCentered(bar, top: top, x: barX, y: y, width: barWidth, into: &buffer)
                }
            }
            writeFigures(bar.figures, styles: bar.figureStyles, widths: widths.figures, y: y, defaultStyle: .normal,
                         endingAt: figuresEnd, into: &buffer)
            y += 1
        }
    }

    private func writeFigures(_ figures: [String], styles: [Style], widths: [Int], y: Int, defaultStyle: Style,
                              endingAt end: Int, into buffer: inout CellBuffer) {
        // Right to left from the end, each column right-aligned.
        var maxX = end
        for index in widths.indices.reversed() {
            if index < figures.count {
                let style = index < styles.count ? styles[index] : defaultStyle
                if leftAlignsLastFigure && index == widths.count - 1 {
                    buffer.writeChartText(figures[index], at: maxX - widths[index], y: y, style: style, maxWidth: widths[index],
                                          glyphs: glyphs)
                } else {
                    buffer.writeChartText(figures[index], endingAt: maxX, y: y, style: style, maxWidth: widths[index],
                                          glyphs: glyphs)
                }
            }
            maxX -= widths[index] + 2
        }
    }

    private func drawLeading(_ bar: HorizontalBar, top: Int64, x: Int, y: Int, width: Int, into buffer: inout CellBuffer) {
        if let whole = bar.whole, whole > 0 {
            let cells = (BlockBar.eighths(whole, of: top, cells: width) + 7) / 8
            buffer.fill(Rect(x: x, y: y, width: cells, height: 1), with: glyphs.shades[0], style: bar.style.adding(.dim))
        }
        let text = BlockBar.horizontal(eighths: BlockBar.eighths(bar.value, of: top, cells: width), glyphs: glyphs)
        buffer.write(text, at: x, y: y, style: bar.style, maxWidth: width, overflow: .clip)
    }

    /// A centred bar in half cells: its length is rounded to an even number of halves so that
    /// the margins on both sides are equal, and a margin of an odd number of halves starts and
    /// ends the bar with half blocks (`▐███▌`).
    private func drawCentered(_ bar: HorizontalBar, top: Int64, x: Int, y: Int, width: Int, into buffer: inout CellBuffer) {
        let eighths = BlockBar.eighths(bar.value, of: top, cells: width)
        guard eighths > 0 else { return }
        if glyphs.leftHalf == nil || glyphs.rightHalf == nil {
            // Whole cells, at least one, with the same parity as the width so it centres exactly.
            var cells = max(1, (eighths + 4) / 8)
            if (width - cells) % 2 != 0 { cells += cells < width ? 1 : -1 }
            buffer.write(String(repeating: glyphs.horizontalEighths[7], count: cells), at: x + (width - cells) / 2, y: y,
                         style: bar.style, overflow: .clip)
            return
        }
        var halves = max(2, (eighths + 2) / 4)
        if halves % 2 != 0 { halves += 1 }
        halves = min(halves, width * 2)
        let marginHalves = width - halves / 2  // (2 * width - halves) / 2
        let full = String(glyphs.horizontalEighths[7])
        var text = ""
        if marginHalves % 2 == 1 {
            // Starts and ends on half cells.
            text = String(glyphs.rightHalf ?? " ") + String(repeating: full, count: (halves - 2) / 2)
                + String(glyphs.leftHalf ?? " ")
        } else {
            text = String(repeating: full, count: halves / 2)
        }
        buffer.write(text, at: x + marginHalves / 2, y: y, style: bar.style, overflow: .clip)
    }
}
