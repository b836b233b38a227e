import RapportCanvas

/// A modal question with a one-line answer ("Rename stage", "Go to line").
public struct PromptState: Hashable, Sendable {
    public var input: TextInputState

    public init(text: String = "") {
        self.input = TextInputState(text: text)
    }

    /// Enter submits the text, Esc cancels (`PromptKeys.keymap`), everything else edits.
    public mutating func handle(_ key: KeyEvent) -> DialogResult<String>? {
        switch PromptKeys.keymap.action(for: key) {
        case .submit?: return .submitted(input.text)
        case .cancel?: return .cancelled
        case nil:
            input.handle(key)
            return nil
        }
    }
}

public struct Prompt: Widget {
    public var title: String
    public var message: String
    public var placeholder: String
    public var state: PromptState
    public var width: Int

    public init(title: String, message: String = "", placeholder: String = "", state: PromptState, width: Int = 50) {
        self.title = title
        self.message = message
        self.placeholder = placeholder
        self.state = state
        self.width = width
    }

    private func layout(in area: Rect) -> (box: Rect, input: Rect, messageLines: [String]) {
        let boxWidth = min(width, area.width)
        let lines = message.isEmpty ? [] : TextWrap.wrap(message, width: max(1, boxWidth - 4))
        let box = area.centered(width: boxWidth, height: lines.count + 3)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let input = Rect(x: inner.x, y: inner.y + lines.count, width: inner.width, height: 1).intersection(inner)
        return (box, input, lines)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let (box, input, lines) = layout(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box)
        buffer.drawBox(box, style: .borderFocused, title: title)
        for (row, line) in lines.enumerated() where box.y + 1 + row < box.maxY - 1 {
            buffer.write(line, at: box.x + 2, y: box.y + 1 + row, maxWidth: box.width - 4)
        }
        TextInput(state: state.input, placeholder: placeholder).render(into: &buffer, area: input)
    }

    public func cursorPosition(in area: Rect) -> CursorPosition? {
        TextInput(state: state.input).cursorPosition(in: layout(in: area).input)
    }
}
