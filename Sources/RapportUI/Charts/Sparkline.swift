import RapportCanvas

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

extension Sparkline {
    /// `Sparkline.line` in either glyph set: ASCII climbs `_ . - = #`.
    public static func line(_ values: [Int], width: Int, glyphs: ChartGlyphs) -> String {
        let unicode = line(values, width: width)
        guard glyphs.isASCII else { return unicode }
        let ascii: [Character: Character] = ["▁": "_", "▂": "_", "▃": ".", "▄": ".", "▅": "-", "▆": "=", "▇": "=", "█": "#"]
        return String(unicode.map { ascii[$0] ?? $0 })
    }
}
