import RapportCanvas

/// The editable text of a one-line input, with a cursor counted in grapheme clusters (so "é" or
/// "👍🏽" is one step), and the horizontal scroll that keeps the cursor visible.
public struct TextInputState: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Insertion point: 0...characters.count.
    public private(set) var cursor: Int
    /// First visible character; adjusted by `scrollToCursor(width:)` and when rendering.
    public private(set) var scrollOffset: Int = 0
    /// Longest accepted text in characters (nil: unlimited).
    public var maxLength: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.maxLength = maxLength
        self.cursor = characters.count
        if let maxLength, characters.count > maxLength {
            characters = Array(characters.prefix(maxLength))
            cursor = maxLength
        }
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the text and puts the cursor at the end.
    public mutating func setText(_ text: String) {
        self = TextInputState(text: text, maxLength: maxLength)
    }

    public mutating func setCursor(_ position: Int) {
        cursor = min(max(0, position), characters.count)
    }

    // MARK: Editing

    public mutating func insert(_ text: String) {
        // Controls and line breaks have no place in a one-line field; combining marks do (they
        // join the character before the cursor).
        var incoming = Array(text.filter { character in
            !character.isNewline && character.unicodeScalars.first?.properties.generalCategory != .control
        })
        if let maxLength { incoming = Array(incoming.prefix(max(0, maxLength - characters.count))) }
        guard !incoming.isEmpty else { return }
        // Re-segment around the cursor: a combining mark typed after "e" must join it.
        let before = String(characters[..<cursor]) + String(incoming)
        let after = String(characters[cursor...])
        let joined = Array(before + after)
        cursor = joined.count - Array(after).count
        characters = joined
        if cursor < 0 { cursor = 0 }
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { setCursor(cursor - 1) }
    public mutating func moveRight() { setCursor(cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// To the start of the current or previous word (letters and digits make words).
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// To the end of the current or next word.
    public mutating func moveWordRight() {
        var position = cursor
        while position < characters.count, !Self.isWordCharacter(characters[position]) { position += 1 }
        while position < characters.count, Self.isWordCharacter(characters[position]) { position += 1 }
        cursor = position
    }

    /// Ctrl-W: deletes back to the previous whitespace, like a shell.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Alt-Backspace: deletes back to the start of the word.
    public mutating func deleteWordPartBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Alt-D: deletes to the end of the word.
    public mutating func deleteWordForward() {
        let start = cursor
        moveWordRight()
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: deletes everything before the cursor (with the cursor at the end: clears).
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes everything after the cursor.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    public mutating func clear() {
        characters = []
        cursor = 0
        scrollOffset = 0
    }

    /// Editing keys (`TextInputKeys.keymap`), typed characters and pastes. Returns false for
    /// keys the input does not use — Enter, Esc, Tab, ↑/↓ — so the surrounding form or dialog
    /// can act on them.
    @discardableResult
    public mutating func handle(_ key: KeyEvent) -> Bool {
        if let action = TextInputKeys.keymap.action(for: key) {
            apply(action)
            return true
        }
        switch key {
        case .char(let character): insert(String(character))
        case .paste(let text): insert(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        default: return false
        }
        return true
    }

    // MARK: Scrolling

    /// Remembers the scroll position `render` will use for `width` columns.
    public mutating func scrollToCursor(width: Int) {
        scrollOffset = visibleOffset(width: width)
    }

    /// The first visible character for a field `width` columns wide: the cursor (and the
    /// character under it) always fits, and no room is wasted on the right when scrolled.
    public func visibleOffset(width: Int) -> Int {
        guard width > 0 else { return cursor }
        var offset = min(scrollOffset, cursor)
        let cursorCellWidth = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        var columnsBeforeCursor = columns(from: offset, to: cursor)
        while offset < cursor, columnsBeforeCursor + cursorCellWidth > width {
            columnsBeforeCursor -= DisplayWidth.of(characters[offset])
            offset += 1
        }
        let trailingCursorCell = cursor == characters.count ? 1 : 0
        while offset > 0, columns(from: offset - 1, to: characters.count) + trailingCursorCell <= width {
            offset -= 1
        }
        return offset
    }

    /// Display columns taken by characters[start..<end].
    public func columns(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return characters[start..<end].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    private func wordStart(before position: Int) -> Int {
        var start = position
        while start > 0, !Self.isWordCharacter(characters[start - 1]) { start -= 1 }
        while start > 0, Self.isWordCharacter(characters[start - 1]) { start -= 1 }
        return start
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}

/// A one-line text field. Draws the visible part of the text and tells where the cursor goes.
public struct TextInput: Widget {
    public var state: TextInputState
    public var placeholder: String
    public var isFocused: Bool
    public var style: Style

    public init(state: TextInputState, placeholder: String = "", isFocused: Bool = true, style: Style = .input) {
        self.state = state
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.style = style
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: style)
        if state.isEmpty {
            if !placeholder.isEmpty {
                buffer.write(placeholder, at: area.x, y: area.y, style: Style(.muted, attributes: style.attributes), maxWidth: area.width)
            }
            return
        }
        let offset = state.visibleOffset(width: area.width)
        let visible = String(state.characters[offset...])
        buffer.write(visible, at: area.x, y: area.y, style: style, maxWidth: area.width, overflow: .clip)
    }

    /// Where the terminal cursor belongs when this input has the focus (nil when unfocused).
    public func cursorPosition(in area: Rect) -> CursorPosition? {
        guard isFocused, !area.isEmpty else { return nil }
        let offset = state.visibleOffset(width: area.width)
        let column = state.columns(from: offset, to: state.cursor)
        return CursorPosition(x: area.x + min(column, area.width - 1), y: area.y)
    }
}
