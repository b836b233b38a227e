import RapportCanvas

/// Bars as runs of block characters with eighth-of-a-cell precision. Integer arithmetic on
/// eighths, so the same value always draws the same bar, in the TUI and on the command line.
public enum BlockBar {
    /// How many eighths of a cell `value` gets when `maximum` fills `cells` cells: rounded half
    /// up, at least one for a positive value (something is never drawn as nothing), 0 for zero
    /// or negative values, never more than the cells.
    public static func eighths(_ value: Int64, of maximum: Int64, cells: Int) -> Int {
        guard value > 0, maximum > 0, cells > 0 else { return 0 }
        let capacity = cells * 8
        if value >= maximum { return capacity }
        // Double keeps huge values (billions of cents) from overflowing; the result is at most
        // `capacity`, so the conversion back is safe.
        let exact = Double(value) / Double(maximum) * Double(capacity)
        return min(capacity, max(1, Int(exact + 0.5)))
    }

    /// A horizontal bar of `eighths` eighths, as text with no trailing spaces. In ASCII, whole
    /// cells rounded half up, and a sliver mark for a value under half a cell.
    public static func horizontal(eighths: Int, glyphs: ChartGlyphs) -> String {
        guard eighths > 0 else { return "" }
        if glyphs.isASCII {
            let cells = (eighths + 4) / 8
            return cells == 0 ? String(glyphs.sliver) : String(repeating: "#", count: cells)
        }
        var bar = String(repeating: glyphs.horizontalEighths[7], count: eighths / 8)
        if eighths % 8 > 0 { bar.append(glyphs.horizontalEighths[eighths % 8 - 1]) }
        return bar
    }

    /// The character of one cell of a vertical bar `eighths` tall, `row` cells above its base
    /// (0 is the bottom cell); nil where the bar does not reach.
    public static func verticalCell(eighths: Int, row: Int, glyphs: ChartGlyphs) -> Character? {
        if glyphs.isASCII {
            let cells = (eighths + 4) / 8
            if cells == 0 { return eighths > 0 && row == 0 ? glyphs.sliver : nil }
            return row < cells ? "#" : nil
        }
        let filled = eighths - row * 8
        guard filled > 0 else { return nil }
        return glyphs.verticalEighths[min(filled, 8) - 1]
    }
}
