import RapportCanvas

/// A horizontal bar: eighth-block precision in Unicode (`█████▍`), `#` in ASCII.
public struct ProgressBar: Widget {
    public var fraction: Double
    /// Shown after the bar, e.g. "42%" or "3/7".
    public var label: String?
    public var style: Style
    public var ascii: Bool

    public init(fraction: Double, label: String? = nil, style: Style = .accent, ascii: Bool = false) {
        self.fraction = fraction.isFinite ? min(max(0, fraction), 1) : 0
        self.label = label
        self.style = style
        self.ascii = ascii
    }

    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar alone, `width` columns, empty part as spaces (Unicode) or `-` (ASCII).
    public static func bar(fraction: Double, width: Int, ascii: Bool = false) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(max(0, fraction), 1) : 0
        if ascii {
            let filled = Self.roundedHalfUp(clamped * Double(width))
            return String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        }
        let totalEighths = Self.roundedHalfUp(clamped * Double(width * 8))
        let full = totalEighths / 8
        let partial = totalEighths % 8
        var result = String(repeating: "█", count: full)
        if partial > 0 { result.append(eighths[partial - 1]) }
        result += String(repeating: " ", count: width - full - (partial > 0 ? 1 : 0))
        return result
    }

    /// Rounds a non-negative value. (`Double.rounded()` would pull in libm, which RapportUI does
    /// not otherwise link on Linux.)
    private static func roundedHalfUp(_ value: Double) -> Int {
        Int(value + 0.5)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let labelText = label.map { " " + $0 } ?? ""
        let labelWidth = min(DisplayWidth.of(labelText), area.width)
        let barWidth = area.width - labelWidth
        if barWidth > 0 {
            buffer.write(Self.bar(fraction: fraction, width: barWidth, ascii: ascii), at: area.x, y: area.y, style: style,
                         maxWidth: barWidth)
        }
        if labelWidth > 0 {
            buffer.write(labelText, at: area.x + barWidth, y: area.y, maxWidth: labelWidth)
        }
    }
}
