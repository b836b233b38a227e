extension CellBuffer {
    /// Writes text like `write`, then restyles the characters at `highlightedIndices` (character
    /// indices, as `FuzzyMatch.Result.matchedIndices` gives) that are still visible after clipping.
    @discardableResult
    public mutating func write(_ text: String, at x: Int, y: Int, style: Style = .normal,
                               highlighting highlightedIndices: [Int], highlightStyle: Style = .highlight,
                               maxWidth: Int? = nil) -> Int {
        let written = write(text, at: x, y: y, style: style, maxWidth: maxWidth)
        guard !highlightedIndices.isEmpty else { return written }
        let wanted = Set(highlightedIndices)
        var column = x
        for (index, character) in text.enumerated() {
            let width = DisplayWidth.of(character)
            if column + width > x + written { break }
            if wanted.contains(index), width > 0, self[column, y].grapheme == String(character) {
                setStyle(highlightStyle, in: Rect(x: column, y: y, width: width, height: 1))
            }
            column += width
        }
        return written
    }
}
