import RapportCanvas

extension CellBuffer {
    /// Writes chart text cut to `maxWidth` with the glyph set's ellipsis (so ASCII output stays
    /// ASCII). Returns the columns written.
    @discardableResult
    mutating func writeChartText(_ text: String, at x: Int, y: Int, style: Style = .normal, maxWidth: Int,
                                 glyphs: ChartGlyphs) -> Int {
        guard maxWidth > 0 else { return 0 }
        return write(ChartText.fitted(text, width: maxWidth, glyphs: glyphs), at: x, y: y, style: style, maxWidth: maxWidth,
                     overflow: .clip)
    }

    /// Right-aligned so that the text ends just before `maxX`.
    @discardableResult
    mutating func writeChartText(_ text: String, endingAt maxX: Int, y: Int, style: Style = .normal, maxWidth: Int,
                                 glyphs: ChartGlyphs) -> Int {
        let fitted = ChartText.fitted(text, width: maxWidth, glyphs: glyphs)
        let width = DisplayWidth.of(fitted)
        return write(fitted, at: maxX - width, y: y, style: style, maxWidth: width, overflow: .clip)
    }
}

enum ChartText {
    /// `text` if it fits in `width` columns, else cut and ended with the ellipsis.
    static func fitted(_ text: String, width: Int, glyphs: ChartGlyphs) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let mark = DisplayWidth.of(glyphs.ellipsis) < width ? glyphs.ellipsis : ""
        let room = width - DisplayWidth.of(mark)
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        return result + mark
    }

    static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
