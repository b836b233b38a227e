import RapportCanvas

/// The `:` palette's matching and drawing: fuzzy search over every command of every view.
public enum CommandPalette {
    public struct Match: Sendable {
        public var command: PaletteCommand
        public var matchedIndices: [Int]
    }

    public static func matches(for query: String, commands: [PaletteCommand] = Keymaps.paletteCommands) -> [Match] {
        FuzzyMatch.rank(query, commands) { $0.title }.map { Match(command: $0.item, matchedIndices: $0.result.matchedIndices) }
    }

    /// The commands of the state in front: the current screen's saved views ("View: NAME") first,
    /// then every binding.
    public static func matches(for query: String, in state: AppState) -> [Match] {
        matches(for: query, commands: SavedViewPalette.commands(state) + BoardPipelines.paletteCommands(state) + Keymaps.paletteCommands(state.keys))
    }

    public static func render(_ palette: PaletteState, into buffer: inout CellBuffer, area: Rect,
                              commands: [PaletteCommand] = Keymaps.paletteCommands) -> CursorPosition? {
        let width = min(72, area.width - 4)
        let height = min(20, area.height - 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: height)
        buffer.fill(box)
        buffer.drawBox(box, style: .borderFocused, title: "Command palette")
        let inner = box.inset(by: 1)
        buffer.write("›", at: inner.x, y: inner.y, style: .accent)
        let inputArea = Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1)
        let input = TextInput(state: palette.query, placeholder: "type to search commands")
        input.render(into: &buffer, area: inputArea)
        buffer.drawSeparator(in: box, y: inner.y + 1, style: .borderFocused)
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        let matches = matches(for: palette.query.text, commands: commands)
        if matches.isEmpty {
            buffer.write("No command matches \"\(palette.query.text)\"", at: listArea.x + 1, y: listArea.y, style: .muted,
                         maxWidth: listArea.width - 1)
        }
        let visible = max(1, listArea.height)
        let offset = max(0, palette.selected - visible + 1)
        for (row, match) in matches.dropFirst(offset).prefix(visible).enumerated() {
            let y = listArea.y + row
            let isSelected = offset + row == palette.selected
            let style: Style = isSelected ? .selected : .normal
            buffer.fill(Rect(x: listArea.x, y: y, width: listArea.width, height: 1), style: style)
            let keyWidth = DisplayWidth.of(match.command.keyLabel)
            let titleWidth = listArea.width - keyWidth - 3
            writeHighlighted(match.command.title, indices: match.matchedIndices, into: &buffer, x: listArea.x + 1, y: y,
                             maxWidth: titleWidth, style: style)
            buffer.writeRightAligned(match.command.keyLabel, endingAt: listArea.maxX - 1, y: y,
                                     style: isSelected ? .selected : .muted)
        }
        return input.cursorPosition(in: inputArea)
    }

    /// Writes `text` with the matched letters in the highlight style.
    static func writeHighlighted(_ text: String, indices: [Int], into buffer: inout CellBuffer, x: Int, y: Int,
                                 maxWidth: Int, style: Style) {
        let matched = Set(indices)
        let characters = Array(text)
        guard DisplayWidth.of(text) <= maxWidth else {
            buffer.write(text, at: x, y: y, style: style, maxWidth: maxWidth)
            return
        }
        var column = x
        for (index, character) in characters.enumerated() {
            let highlight = matched.contains(index) ? Style(.highlight, attributes: style.attributes.union(.bold)) : style
            column += buffer.write(String(character), at: column, y: y, style: highlight)
        }
    }
}
