import RapportCanvas

/// The characters charts are drawn with. Every chart takes one of these, so the same chart can be
/// drawn with block elements and braille (`.unicode`) or with plain ASCII (`.ascii`) for a
/// terminal, font or locale that cannot show them.
public struct ChartGlyphs: Hashable, Sendable {
    /// A horizontal bar's last cell, 1/8 ... 8/8 filled from the left (`▏` ... `█`).
    public let horizontalEighths: [Character]
    /// A vertical bar's top cell, 1/8 ... 8/8 filled from the bottom (`▁` ... `█`).
    public let verticalEighths: [Character]
    /// The half cells a centred bar starts and ends with (`▐` right half, `▌` left half); nil
    /// when the set has none, and centred bars then use whole cells.
    public let leftHalf: Character?
    public let rightHalf: Character?
    /// Heat levels, lightest first (`░▒▓█`).
    public let shades: [Character]
    /// Shown for a value that is there but smaller than the finest step a bar can draw.
    public let sliver: Character
    /// Line charts: unicode draws with braille dots (2x4 per cell); ASCII marks data points with
    /// `point` and the segments between them with `trace`.
    public let usesBraille: Bool
    public let point: Character
    public let trace: Character
    public let axisVertical: Character
    public let axisHorizontal: Character
    public let axisCorner: Character
    /// A y-axis tick: `┤` or `+`.
    public let axisTick: Character
    public let rightArrow: String
    public let up: String
    public let down: String
    /// Between figures on one line: " · " or " | ".
    public let separator: String
    /// Ends text cut short.
    public let ellipsis: String
    public let border: BorderSet
    public var isASCII: Bool { !usesBraille }

    public static let unicode = ChartGlyphs(
        horizontalEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        verticalEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        leftHalf: "▌", rightHalf: "▐", shades: ["░", "▒", "▓", "█"], sliver: "▏",
        usesBraille: true, point: "•", trace: "·",
        axisVertical: "│", axisHorizontal: "─", axisCorner: "└", axisTick: "┤",
        rightArrow: "→", up: "▲", down: "▼", separator: " · ", ellipsis: "…", border: .unicode)

    /// Whole cells only: `#` bars, `.` for a sliver, `. : = #` heat, `*` points.
    public static let ascii = ChartGlyphs(
        horizontalEighths: Array(repeating: "#", count: 8),
        verticalEighths: Array(repeating: "#", count: 8),
        leftHalf: nil, rightHalf: nil, shades: [".", ":", "=", "#"], sliver: ".",
        usesBraille: false, point: "*", trace: ".",
        axisVertical: "|", axisHorizontal: "-", axisCorner: "+", axisTick: "+",
        rightArrow: "->", up: "^", down: "v", separator: " | ", ellipsis: "...", border: .ascii)

    /// `.ascii` unless the locale says UTF-8: LC_ALL, else LC_CTYPE, else LANG (the first one
    /// set decides, as for C programs). No locale at all is the "C" locale: ASCII.
    public static func forEnvironment(_ environment: [String: String]) -> ChartGlyphs {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
        }
        return .ascii
    }
}
