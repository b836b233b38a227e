import RapportCanvas

/// Scroll position of a `TextPane`.
public struct TextPaneState: Hashable, Sendable {
    public var offset: Int

    public init(offset: Int = 0) {
        self.offset = max(0, offset)
    }
}

/// Word-wrapped, scrollable text (notes, an activity body). Shows a "↓ N more lines" hint.
public struct TextPane: Widget {
    public var text: String
    public var state: TextPaneState
    public var style: Style

    public init(text: String, state: TextPaneState = TextPaneState(), style: Style = .normal) {
        self.text = text
        self.state = state
        self.style = style
    }

    /// Wrapped lines for a given width (for `TextPaneState.handle`'s line count).
    public func lines(width: Int) -> [String] {
        TextWrap.wrap(text, width: width)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let lines = lines(width: area.width)
        let offset = min(state.offset, max(0, lines.count - area.height))
        let hiddenBelow = max(0, lines.count - offset - area.height)
        let textRows = hiddenBelow > 0 && area.height > 1 ? area.height - 1 : area.height
        for row in 0..<min(textRows, lines.count - offset) {
            buffer.write(lines[offset + row], at: area.x, y: area.y + row, style: style, maxWidth: area.width)
        }
        if hiddenBelow > 0, area.height > 1 {
            let remaining = lines.count - offset - textRows
            buffer.write("↓ \(remaining) more line\(remaining == 1 ? "" : "s")", at: area.x, y: area.maxY - 1,
                         style: .muted, maxWidth: area.width)
        }
    }
}
