/// How to put one cell's grapheme on screen through curses, which only knows one spacing
/// character per cell (plus combining ones) and measures it with the C library's `wcwidth`.
///
/// The buffer measured the grapheme with `DisplayWidth`; when the C library disagrees (older
/// Unicode tables, emoji sequences, flags), drawing it as is would shift the rest of the row. The
/// plan keeps the layout exact and shows the closest thing curses can.
enum GlyphPlan {
    struct Piece: Equatable {
        /// Column offset from the cell (0, or 1 for the second half of a wide cell).
        var offset: Int
        /// Scalars for setcchar: one spacing character, then combining ones.
        var scalars: [UInt32]
    }

    static let replacement: UInt32 = 0xFFFD
    static let space: UInt32 = 0x20
    private static let zeroWidthJoiner: UInt32 = 0x200D
    private static let variationSelector16: UInt32 = 0xFE0F
    /// setcchar takes at most CCHARW_MAX (5) wide characters.
    static let maxScalarsPerCell = 5

    static func pieces(for grapheme: String, width: Int, wcwidth: (UInt32) -> Int) -> [Piece] {
        let scalars = grapheme.unicodeScalars.map(\.value)
        guard let first = scalars.first, width > 0 else { return [Piece(offset: 0, scalars: [space])] }
        let firstWidth = wcwidth(first)

        // A flag: two regional indicators, each one column for the C library. Drawn side by side,
        // terminals that know flags join them into one two-column glyph.
        if width == 2, scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0) }),
           scalars.allSatisfy({ wcwidth($0) == 1 }) {
            return [Piece(offset: 0, scalars: [scalars[0]]), Piece(offset: 1, scalars: [scalars[1]])]
        }
        guard firstWidth > 0 else {
            // Unknown to the C library (newer emoji): a replacement character keeps the columns.
            return padded([replacement], to: width, drawnWidth: 1)
        }
        // The base character plus the combining marks that follow it; the first other spacing
        // scalar (a ZWJ partner, a skin tone modifier) ends what curses can show in one cell.
        var combined: [UInt32] = [first]
        for scalar in scalars.dropFirst() {
            if wcwidth(scalar) != 0 { break }
            if combined.count == maxScalarsPerCell { break }
            combined.append(scalar)
        }
        while combined.last == zeroWidthJoiner { combined.removeLast() }
        if firstWidth == width {
            return [Piece(offset: 0, scalars: combined)]
        }
        if firstWidth < width {
            // E.g. "❤️": emoji presentation for us, one column for the C library. Show the text
            // form and pad, rather than let the terminal guess.
            let textForm = combined.filter { $0 != variationSelector16 && $0 != zeroWidthJoiner }
            return padded(textForm, to: width, drawnWidth: firstWidth)
        }
        // Wider for the C library than for us: it would overflow the cell.
        return padded([replacement], to: width, drawnWidth: 1)
    }

    private static func padded(_ scalars: [UInt32], to width: Int, drawnWidth: Int) -> [Piece] {
        var result = [Piece(offset: 0, scalars: scalars)]
        if drawnWidth < width {
            for offset in drawnWidth..<width { result.append(Piece(offset: offset, scalars: [space])) }
        }
        return result
    }
}
