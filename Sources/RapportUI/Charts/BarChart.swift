import RapportCanvas

/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Int
    /// What is written after the bar ("€12,400", "42%"); defaults to the value.
    public var valueText: String?
    public var style: Style

    public init(_ label: String, value: Int, valueText: String? = nil, style: Style = Style(.chart1)) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}

/// Horizontal bars, one per row (a campaign's funnel, revenue per campaign), scaled to the largest
/// value with eighth-block precision (`BlockBar`, as `HorizontalBars` draws them), each value
/// written right after its bar rather than in aligned columns. Integer values: money is minor
/// units, never a Double.
public struct BarChart: Widget {
    public var bars: [Bar]
    /// The value of a full-width bar; nil uses the largest value.
    public var maximum: Int?
    public var ascii: Bool

    public init(bars: [Bar], maximum: Int? = nil, ascii: Bool = false) {
        self.bars = bars
        self.maximum = maximum
        self.ascii = ascii
    }

    private var glyphs: ChartGlyphs { ascii ? .ascii : .unicode }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueTexts = bars.map { $0.valueText ?? String($0.value) }
        let valueWidth = min(valueTexts.map { DisplayWidth.of($0) }.max() ?? 0, area.width / 3)
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let top = max(1, maximum ?? bars.map(\.value).max() ?? 1)
        for (row, bar) in bars.enumerated() where row < area.height {
            let y = area.y + row
            buffer.write(bar.label, at: area.x, y: y, maxWidth: labelWidth)
            let eighths = BlockBar.eighths(Int64(bar.value), of: Int64(top), cells: barWidth)
            let drawn = BlockBar.horizontal(eighths: eighths, glyphs: glyphs)
            let barX = area.x + labelWidth + 1
            buffer.write(drawn, at: barX, y: y, style: bar.style, maxWidth: barWidth)
            // The value follows right after the bar's end.
            buffer.write(valueTexts[row], at: barX + DisplayWidth.of(drawn) + 1, y: y, style: .muted, maxWidth: valueWidth)
        }
    }
}
