import RapportCanvas

/// Shared frame for modal dialogs: a centred box with a title, cleared behind.
enum DialogFrame {
    /// Clears and draws the box for a dialog of the given size centred in `area`; returns the box
    /// and its inner area (one column of padding inside the border).
    static func draw(in area: Rect, width: Int, height: Int, title: String, style: Style = .borderFocused,
                     buffer: inout CellBuffer) -> (box: Rect, inner: Rect) {
        let box = area.centered(width: width, height: height)
        buffer.beginModalLayer()
        buffer.fill(box)
        buffer.drawBox(box, style: style, title: title)
        return (box, box.inset(top: 1, left: 2, bottom: 1, right: 2))
    }
}

/// The outcome of a modal dialog's key handling.
public enum DialogResult<Value: Sendable>: Sendable {
    case submitted(Value)
    case cancelled
}

extension DialogResult: Equatable where Value: Equatable {}

extension DialogResult {
    /// What a screen does with its open dialog's answer to a key: still open (nil) keeps the
    /// dialog as `stillOpen`; cancelled closes it (nil); submitted closes it and gives the value.
    /// A screen that refuses the value puts the dialog back itself.
    public static func answer<Modal>(_ result: DialogResult<Value>?, closing modal: inout Modal?, stillOpen: Modal) -> Value? {
        switch result {
        case nil:
            modal = stillOpen
            return nil
        case .cancelled?:
            modal = nil
            return nil
        case .submitted(let value)?:
            modal = nil
            return value
        }
    }
}
