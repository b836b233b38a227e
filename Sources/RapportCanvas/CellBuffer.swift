/// A grid of styled cells: the whole frame is rendered into one of these, then a backend writes it
/// out (and a test compares its text with a golden file).
///
/// Invariant: a wide cell is always followed by its continuation cell on the same row, and a
/// continuation cell always follows a wide cell. Every write goes through `put`, which keeps it.
///
/// Two buffers are equal when their cells are: the pointer targets marked while rendering
/// (CellBuffer+Targets) are not part of what a frame looks like.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    var targets = PointerTargets()

    public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }

    public init(width: Int, height: Int, style: Style = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(" ", style: style), count: self.width * self.height)
    }

    /// What to do when text is wider than the room it gets.
    public enum Overflow: Sendable {
        /// End with `…` (the default: a name cut short says so).
        case ellipsis
        /// Cut silently (scrolling text inputs, decorative lines).
        case clip
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    public func style(at x: Int, y: Int) -> Style { self[x, y].style }

    // MARK: Writing

    /// Writes `text` on row `y` from column `x`, at most `maxWidth` columns and never past the
    /// right edge. Text that does not fit ends with `…` (or is cut, with `.clip`); a wide character
    /// is never split: the column it would half-cover becomes a space.
    /// Tabs and newlines become spaces; other control characters are dropped.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write<S: StringProtocol>(_ text: S, at x: Int, y: Int, style: Style = .normal,
                                                   maxWidth: Int? = nil, overflow: Overflow = .ellipsis) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let startColumn = max(0, x)
        var limit = width - startColumn
        if let maxWidth { limit = min(limit, maxWidth - (startColumn - x)) }
        guard limit > 0 else { return 0 }
        if let written = writeSimple(text, from: startColumn, skipping: startColumn - x, y: y, style: style, limit: limit,
                                    overflow: overflow) {
            return written
        }

        var pieces: [(character: Character, width: Int)] = []
        var used = 0
        var overflowed = false
        var skippedColumns = startColumn - x  // columns of the text left of the screen edge
        for raw in text {
            let character: Character = (raw.isNewline || raw == "\t") ? " " : raw
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if skippedColumns > 0 {
                // A wide character straddling the left edge shows as a space in its visible half.
                if columns > skippedColumns {
                    pieces.append((" ", columns - skippedColumns))
                    used += columns - skippedColumns
                }
                skippedColumns -= min(columns, skippedColumns)
                continue
            }
            if used + columns > limit {
                overflowed = true
                break
            }
            pieces.append((character, columns))
            used += columns
        }
        if overflowed {
            if overflow == .ellipsis {
                while used + 1 > limit, let last = pieces.popLast() { used -= last.width }
                pieces.append(("…", 1))
                used += 1
            }
            // Where a wide character did not fit, its first half would show garbage: pad it.
            if used < limit {
                pieces.append((" ", 1))
                used += 1
            }
        }
        var column = startColumn
        for piece in pieces {
            if piece.width == 1 || piece.character != " " {
                put(Cell(piece.character, style: style), x: column, y: y)
            } else {
                for offset in 0..<piece.width { put(Cell(" ", style: style), x: column + offset, y: y) }
            }
            column += piece.width
        }
        return used
    }

    /// Text made only of one-column scalars that never combine (ASCII, Latin, Greek, Cyrillic,
    /// dashes, quotes, currency signs, arrows, box drawing: most of what a CRM shows) is one
    /// column per scalar: no grapheme breaking, no width lookups, no intermediate array. Returns
    /// nil for anything else, which takes the general path.
    private mutating func writeSimple<S: StringProtocol>(_ text: S, from startColumn: Int, skipping: Int, y: Int, style: Style,
                                                         limit: Int, overflow: Overflow) -> Int? {
        let scalars = text.unicodeScalars
        var count = 0
        for scalar in scalars {
            guard DisplayWidth.isSimpleColumn(scalar.value) else { return nil }
            count += 1
        }
        let visible = max(0, count - skipping)
        let overflowed = visible > limit
        let shown = overflowed ? (overflow == .ellipsis ? limit - 1 : limit) : visible
        var column = startColumn
        for scalar in scalars.dropFirst(skipping).prefix(shown) {
            put(Cell(oneColumn: scalar, style: style), x: column, y: y)
            column += 1
        }
        if overflowed, overflow == .ellipsis {
            put(Cell("…", style: style), x: column, y: y)
            column += 1
        }
        return column - startColumn
    }

    /// Writes text right-aligned so that it ends just before column `maxX`.
    @discardableResult
    public mutating func writeRightAligned<S: StringProtocol>(_ text: S, endingAt maxX: Int, y: Int,
                                                               style: Style = .normal, maxWidth: Int? = nil) -> Int {
        let room = maxWidth ?? maxX
        let textWidth = min(DisplayWidth.of(text), room)
        return write(text, at: maxX - textWidth, y: y, style: style, maxWidth: textWidth)
    }

    /// Writes text centred in the row segment `[x, x + width)`, clipped with an ellipsis.
    @discardableResult
    public mutating func writeCentered<S: StringProtocol>(_ text: S, in area: Rect, y: Int, style: Style = .normal) -> Int {
        let textWidth = min(DisplayWidth.of(text), area.width)
        return write(text, at: area.x + (area.width - textWidth) / 2, y: y, style: style, maxWidth: textWidth)
    }

    /// Sets one cell. Wide characters that do not fit at the right edge become a space.
    public mutating func set(_ character: Character, x: Int, y: Int, style: Style = .normal) {
        put(Cell(character, style: style), x: x, y: y)
    }

    /// Fills `area` (clipped to the buffer) with a character.
    public mutating func fill(_ area: Rect, with character: Character = " ", style: Style = .normal) {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        let cell = Cell(character, style: style)
        let step = max(1, cell.width)
        for row in clipped.minY..<clipped.maxY {
            var column = clipped.minX
            while column < clipped.maxX {
                if column + step > clipped.maxX {
                    put(Cell(" ", style: style), x: column, y: row)
                } else {
                    put(cell, x: column, y: row)
                }
                column += step
            }
        }
    }

    /// Clears the whole buffer to spaces, and forgets its pointer targets: a new frame starts.
    public mutating func clear(style: Style = .normal) {
        fill(bounds, style: style)
        targets.removeAll()
    }

    /// Changes the style of the cells in `area` and keeps their text (highlighting a row).
    public mutating func setStyle(_ style: Style, in area: Rect) {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.minY..<clipped.maxY {
            for column in clipped.minX..<clipped.maxX {
                cells[row * width + column].style = style
            }
        }
    }

    /// Adds attributes to the cells in `area`, keeping their role and text.
    public mutating func addAttributes(_ attributes: TextAttributes, in area: Rect) {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.minY..<clipped.maxY {
            for column in clipped.minX..<clipped.maxX {
                cells[row * width + column].style.attributes.formUnion(attributes)
            }
        }
    }

    /// Copies another buffer's cells with their top-left corner at (x, y), clipped.
    public mutating func draw(_ other: CellBuffer, atX x: Int, y: Int) {
        for row in 0..<other.height {
            var column = 0
            while column < other.width {
                let cell = other[column, row]
                if !cell.isContinuation { put(cell, x: x + column, y: y + row) }
                column += 1
            }
        }
    }

    // MARK: Lines and boxes

    public mutating func horizontalLine(x: Int, y: Int, length: Int, border: BorderSet = .unicode, style: Style = .border) {
        fill(Rect(x: x, y: y, width: length, height: 1), with: border.horizontal, style: style)
    }

    public mutating func verticalLine(x: Int, y: Int, length: Int, border: BorderSet = .unicode, style: Style = .border) {
        fill(Rect(x: x, y: y, width: 1, height: length), with: border.vertical, style: style)
    }

    /// Draws a box on the outline of `area`, with an optional title in the top edge
    /// (`┌ Title ─────┐`). Returns the inner area. Needs at least 2x2 cells.
    @discardableResult
    public mutating func drawBox(_ area: Rect, border: BorderSet = .unicode, style: Style = .border,
                                 title: String? = nil, titleStyle: Style = .title) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        horizontalLine(x: area.x + 1, y: area.y, length: area.width - 2, border: border, style: style)
        horizontalLine(x: area.x + 1, y: bottom, length: area.width - 2, border: border, style: style)
        verticalLine(x: area.x, y: area.y + 1, length: area.height - 2, border: border, style: style)
        verticalLine(x: right, y: area.y + 1, length: area.height - 2, border: border, style: style)
        set(border.topLeft, x: area.x, y: area.y, style: style)
        set(border.topRight, x: right, y: area.y, style: style)
        set(border.bottomLeft, x: area.x, y: bottom, style: style)
        set(border.bottomRight, x: right, y: bottom, style: style)
        if let title, !title.isEmpty, area.width >= 5 {
            write(" \(title) ", at: area.x + 1, y: area.y, style: titleStyle, maxWidth: area.width - 2)
        }
        return area.inset(by: 1)
    }

    /// A horizontal separator across a box, joined to its sides: `├──────┤`.
    public mutating func drawSeparator(in box: Rect, y: Int, border: BorderSet = .unicode, style: Style = .border) {
        guard box.width >= 2 else { return }
        horizontalLine(x: box.x + 1, y: y, length: box.width - 2, border: border, style: style)
        set(border.teeRight, x: box.x, y: y, style: style)
        set(border.teeLeft, x: box.maxX - 1, y: y, style: style)
    }

    // MARK: Reading back

    /// The text of one row (continuation cells contribute nothing, so a wide character appears once).
    public func text(ofRow y: Int, trimmingTrailingSpaces trim: Bool = true) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for column in 0..<width {
            line += cells[y * width + column].grapheme
        }
        if trim {
            while line.last == " " { line.removeLast() }
        }
        return line
    }

    /// Every row as text, for tests and golden files.
    public func lines(trimmingTrailingSpaces trim: Bool = true) -> [String] {
        (0..<height).map { text(ofRow: $0, trimmingTrailingSpaces: trim) }
    }

    // MARK: The one place that changes cells

    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        // Most writes put a one-column cell over a one-column cell: nothing else to mend.
        if cell.width == 1, cells[index].width == 1 {
            cells[index] = cell
            return
        }
        var cell = cell
        if cell.isWide && x + 1 >= width {
            cell = Cell(" ", style: cell.style)  // half a wide character would be garbage
        }
        // Overwriting either half of a wide character breaks it: blank the other half.
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if cells[index].isWide, x + 1 < width {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
        if cell.isWide {
            let next = index + 1
            if cells[next].isWide, x + 2 < width {
                cells[next + 1] = Cell(" ", style: cells[next + 1].style)
            }
            cells[next] = .continuation(style: cell.style)
        }
    }
}
