import RapportCanvas

/// Checks a field's text; returns the messages to show under it (empty: valid).
public typealias FieldValidator = @Sendable (String) -> [String]

public enum Validators {
    public static func required(_ message: String = "Required") -> FieldValidator {
        { text in text.allSatisfy(\.isWhitespace) ? [message] : [] }
    }

    public static func maxLength(_ limit: Int) -> FieldValidator {
        { text in text.count > limit ? ["At most \(limit) characters"] : [] }
    }

    /// Runs several validators and keeps all their messages.
    public static func all(_ validators: [FieldValidator]) -> FieldValidator {
        { text in validators.flatMap { $0(text) } }
    }
}

public struct FormField: Sendable {
    public var label: String
    public var input: TextInputState
    public var placeholder: String
    public var validate: FieldValidator?
    /// Errors are shown once the user has left the field or tried to submit.
    public var isTouched = false

    public init(_ label: String, text: String = "", placeholder: String = "", validate: FieldValidator? = nil) {
        self.label = label
        self.input = TextInputState(text: text)
        self.placeholder = placeholder
        self.validate = validate
    }

    public var text: String { input.text }
    public var errors: [String] { validate?(input.text) ?? [] }
}

/// Labelled fields edited one at a time (keys in `FormKeys.keymap`): Tab/↓ and Shift-Tab/↑ move
/// between fields, Enter submits (if every field is valid, else it jumps to the first invalid one
/// and shows why), Esc cancels. Everything else edits the focused field.
///
/// A field that holds a value when it gets the focus has it selected, as a browser's focused
/// prefilled field does: the first printable key (or a paste) replaces the value, so typing
/// "+3" in a Due field that says "tomorrow" gives "+3"; an arrow, Backspace or any other editing
/// key drops the selection and edits the value.
public struct FormState: Sendable {
    public var fields: [FormField]
    public private(set) var focusedIndex: Int = 0
    /// The focused field's whole text is selected: typing replaces it.
    public private(set) var isFocusedTextSelected: Bool

    public init(fields: [FormField]) {
        self.fields = fields
        isFocusedTextSelected = !(fields.first?.input.isEmpty ?? true)
    }

    public var values: [String] { fields.map(\.text) }
    public var isValid: Bool { fields.allSatisfy { $0.errors.isEmpty } }

    /// Messages to display under a field now (empty until it was touched).
    public func visibleErrors(at index: Int) -> [String] {
        guard fields.indices.contains(index), fields[index].isTouched else { return [] }
        return fields[index].errors
    }

    public mutating func focus(_ index: Int) {
        guard !fields.isEmpty else { return }
        fields[focusedIndex].isTouched = true
        focusedIndex = (index % fields.count + fields.count) % fields.count
        isFocusedTextSelected = !fields[focusedIndex].input.isEmpty
    }

    /// Returns `.submitted(values)` or `.cancelled` when the form is done, nil while editing.
    public mutating func handle(_ key: KeyEvent) -> DialogResult<[String]>? {
        let action = FormKeys.keymap.action(for: key)
        guard !fields.isEmpty else {
            return action == .cancel ? .cancelled : nil
        }
        switch action {
        case .cancel?:
            return .cancelled
        case .nextField?:
            focus(focusedIndex + 1)
        case .previousField?:
            focus(focusedIndex - 1)
        case .submit?:
            for index in fields.indices { fields[index].isTouched = true }
            if let firstInvalid = fields.firstIndex(where: { !$0.errors.isEmpty }) {
                focusedIndex = firstInvalid
                isFocusedTextSelected = false
                return nil
            }
            return .submitted(values)
        case nil:
            if isFocusedTextSelected {
                switch key {
                case .char, .paste: fields[focusedIndex].input.clear()
                default: break
                }
            }
            // Any key the field takes ends the selection; keys it ignores leave it.
            if fields[focusedIndex].input.handle(key) { isFocusedTextSelected = false }
        }
        return nil
    }
}

/// A modal form centred in the area it is given.
///
/// Messages are wrapped, never cut: a field's errors under its input, and the form's `problem`
/// (why a submit was refused) above the footer; the dialog grows to hold them.
public struct FormView: Widget {
    public var state: FormState
    public var title: String
    /// Preferred width of the dialog (shrunk on small screens).
    public var width: Int
    public var footer: String
    /// Why the form was refused as a whole, shown in the error style.
    public var problem: String?

    public init(state: FormState, title: String, width: Int = 56, footer: String = FormState.keyGuide.footerLine,
                problem: String? = nil) {
        self.state = state
        self.title = title
        self.width = width
        self.footer = footer
        self.problem = problem
    }

    private var labelWidth: Int {
        (state.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
    }

    /// The dialog's inner width and where inputs start in it, for a box of `boxWidth`.
    private func columns(boxWidth: Int) -> (inner: Int, inputX: Int) {
        let inner = max(0, boxWidth - 4)
        return (inner, min(labelWidth, max(0, inner / 2)))
    }

    private func errorLines(at index: Int, inputWidth: Int) -> [String] {
        state.visibleErrors(at: index).flatMap { TextWrap.wrap($0, width: max(1, inputWidth)) }
    }

    private func problemLines(innerWidth: Int) -> [String] {
        problem.map { TextWrap.wrap($0, width: max(1, innerWidth)) } ?? []
    }

    /// Rows: one per field plus its visible errors, a blank line, the problem and the footer, plus
    /// the border; for the preferred width.
    public var preferredHeight: Int { height(boxWidth: width) }

    /// `preferredHeight` in `area` (narrower than the preferred width, messages take more rows).
    public func preferredHeight(in area: Rect) -> Int { height(boxWidth: min(width, area.width)) }

    private func height(boxWidth: Int) -> Int {
        let (inner, inputX) = columns(boxWidth: boxWidth)
        let fieldRows = state.fields.indices.reduce(0) { $0 + 1 + errorLines(at: $1, inputWidth: inner - inputX).count }
        return fieldRows + problemLines(innerWidth: inner).count + 4
    }

    /// The box the form is drawn in, centred in `area`.
    public func box(in area: Rect) -> Rect { area.centered(width: width, height: preferredHeight(in: area)) }

    private struct FieldLayout {
        var index: Int
        var labelY: Int
        var input: Rect
        var errorRows: [Int]
    }

    private func layout(in area: Rect) -> (box: Rect, inner: Rect, fields: [FieldLayout]) {
        let box = box(in: area)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        var fields: [FieldLayout] = []
        var y = inner.y
        let inputX = inner.x + min(labelWidth, max(0, inner.width / 2))
        for index in state.fields.indices {
            let errors = errorLines(at: index, inputWidth: inner.maxX - inputX)
            let input = Rect(x: inputX, y: y, width: inner.maxX - inputX, height: 1)
            fields.append(FieldLayout(index: index, labelY: y, input: input, errorRows: Array((y + 1)..<(y + 1 + errors.count))))
            y += 1 + errors.count
        }
        return (box, inner, fields)
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let (box, inner, fields) = layout(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box)
        buffer.drawBox(box, style: .borderFocused, title: title)
        for field in fields where field.labelY < inner.maxY {
            let model = state.fields[field.index]
            let isFocused = field.index == state.focusedIndex
            buffer.write(model.label, at: inner.x, y: field.labelY, style: isFocused ? Style.focused : .normal,
                         maxWidth: field.input.x - inner.x - 1)
            TextInput(state: model.input, placeholder: model.placeholder, isFocused: isFocused)
                .render(into: &buffer, area: field.input)
            if isFocused, state.isFocusedTextSelected, !model.input.isEmpty {
                // Shown selected: the next printable key replaces it.
                let visible = String(model.input.characters[model.input.visibleOffset(width: field.input.width)...])
                buffer.write(visible, at: field.input.x, y: field.input.y, style: .selected, maxWidth: field.input.width, overflow: .clip)
            }
            for (row, message) in zip(field.errorRows, errorLines(at: field.index, inputWidth: field.input.width)) where row < inner.maxY {
                buffer.write(message, at: field.input.x, y: row, style: .error, maxWidth: field.input.width)
            }
        }
        let problem = problemLines(innerWidth: inner.width)
        for (offset, line) in problem.enumerated() where inner.maxY - 1 - problem.count + offset >= inner.y {
            buffer.write(line, at: inner.x, y: inner.maxY - 1 - problem.count + offset, style: .error, maxWidth: inner.width)
        }
        if inner.height > 0 {
            buffer.write(footer, at: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
        }
    }

    /// The cursor of the focused field.
    public func cursorPosition(in area: Rect) -> CursorPosition? {
        let (_, inner, fields) = layout(in: area)
        guard let field = fields.first(where: { $0.index == state.focusedIndex }), field.labelY < inner.maxY else { return nil }
        return TextInput(state: state.fields[field.index].input).cursorPosition(in: field.input)
    }
}
