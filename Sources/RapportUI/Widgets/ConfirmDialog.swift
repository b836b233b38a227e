import RapportCanvas

/// Which button of a confirm dialog has the focus.
public struct ConfirmState: Hashable, Sendable {
    public var confirmIsSelected: Bool

    /// Destructive questions should start on "No" (`defaultConfirm: false`).
    public init(defaultConfirm: Bool = false) {
        self.confirmIsSelected = defaultConfirm
    }

    /// Answers through `ConfirmKeys.keymap`: true for confirm, false for cancel, nil while undecided.
    public mutating func handle(_ key: KeyEvent) -> Bool? {
        switch ConfirmKeys.keymap.action(for: key) {
        case .yes?: return true
        case .no?: return false
        case .switchButton?:
            confirmIsSelected.toggle()
            return nil
        case .takeSelected?: return confirmIsSelected
        case nil: return nil
        }
    }
}

/// "Delete 3 contacts?" with Yes/No buttons, centred in the area it is given.
public struct ConfirmDialog: Widget {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var cancelLabel: String
    public var state: ConfirmState
    public var width: Int

    public init(title: String, message: String, confirmLabel: String = "Yes", cancelLabel: String = "No",
                state: ConfirmState = ConfirmState(), width: Int = 48) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.state = state
        self.width = width
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let boxWidth = min(width, area.width)
        let lines = TextWrap.wrap(message, width: max(1, boxWidth - 4))
        let (_, inner) = DialogFrame.draw(in: area, width: boxWidth, height: lines.count + 4, title: title, buffer: &buffer)
        guard !inner.isEmpty else { return }
        for (row, line) in lines.enumerated() where inner.y + row < inner.maxY - 1 {
            buffer.write(line, at: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
        ConfirmButtons(confirmLabel: confirmLabel, cancelLabel: cancelLabel, state: state)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
    }
}

/// "[ Yes ]  [ No ]" centred on a row, the focused one selected: the bottom of a confirm dialog,
/// and of dialogs that ask the same question under more than a message.
public struct ConfirmButtons: Widget {
    public var confirmLabel: String
    public var cancelLabel: String
    public var state: ConfirmState

    public init(confirmLabel: String, cancelLabel: String, state: ConfirmState) {
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.state = state
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let confirm = "[ \(confirmLabel) ]"
        let cancel = "[ \(cancelLabel) ]"
        let buttonsWidth = DisplayWidth.of(confirm) + 2 + DisplayWidth.of(cancel)
        let y = area.y
        var x = area.x + max(0, (area.width - buttonsWidth) / 2)
        let confirmX = x
        x += buffer.write(confirm, at: x, y: y, style: state.confirmIsSelected ? .selected : .normal, maxWidth: area.maxX - x)
        // A click answers as the answer's key does (`ConfirmState.handle`).
        PointerTarget(click: .press(.char("y"))).mark(Rect(x: confirmX, y: y, width: x - confirmX, height: 1), on: &buffer)
        x += 2
        let cancelWidth = buffer.write(cancel, at: x, y: y, style: state.confirmIsSelected ? .normal : .selected, maxWidth: max(0, area.maxX - x))
        PointerTarget(click: .press(.char("n"))).mark(Rect(x: x, y: y, width: cancelWidth, height: 1), on: &buffer)
    }
}
