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

/// Horizontal bars, one per row (a pipeline funnel, deals per stage), scaled to the largest value
/// with eighth-block precision. Integer values: money is minor units, never a Double.
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
            let fraction = Double(max(0, bar.value)) / Double(top)
            let drawn = ProgressBar.bar(fraction: fraction, width: barWidth, ascii: ascii)
            let barX = area.x + labelWidth + 1
            // Only the filled part: the value follows right after the bar's end.
            let filled = drawn.filter { $0 != " " && $0 != "-" }.count
            buffer.write(String(drawn.prefix(filled)), at: barX, y: y, style: bar.style, maxWidth: barWidth)
            buffer.write(valueTexts[row], at: barX + filled + 1, y: y, style: .muted, maxWidth: valueWidth)
        }
    }
}

/// A one-line trend: "▁▂▄▆█▇▅" (activity per week, revenue per month).
public struct Sparkline: Widget {
    public var values: [Int]
    public var style: Style

    public init(values: [Int], style: Style = Style(.chart1)) {
        self.values = values
        self.style = style
    }

    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The last `width` values as block characters, scaled between their minimum and maximum.
    public static func line(_ values: [Int], width: Int) -> String {
        let shown = values.suffix(max(0, width))
        guard let low = shown.min(), let high = shown.max() else { return "" }
        let span = high - low
        return String(shown.map { value in
            span == 0 ? levels[0] : levels[(value - low) * (levels.count - 1) / span]
        })
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.write(Self.line(values, width: area.width), at: area.x, y: area.y, style: style, maxWidth: area.width)
    }
}
