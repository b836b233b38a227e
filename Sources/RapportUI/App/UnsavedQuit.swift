import RapportCore
import RapportCanvas

/// Quitting while the book holds changes that could not be saved (a full disk, a read-only
/// folder): the user chooses, nothing is dropped silently.
public enum UnsavedQuitChoice: Hashable, Sendable {
    /// Try the save again; quit if it works.
    case retrySave
    /// Write the book as it is on screen to a recovery folder, then quit.
    case keepRecoveryCopy
    /// Quit without the changes (the exit status says so).
    case discard
}

extension AppState {
    /// Whether quitting now would lose edits: the book changed and its save failed.
    public var wouldLoseEditsOnQuit: Bool { needsSave && !isReadOnly }
}

enum UnsavedQuit {
    /// Keys of the dialog; Esc (and Ctrl-C) stay in the app.
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["r"], .resolveUnsavedQuit(.retrySave), Messages.unsavedQuitRetry.text, hint: true)
        keys.bind(["k"], .resolveUnsavedQuit(.keepRecoveryCopy), Messages.unsavedQuitKeep.text, hint: true)
        keys.bind(["d"], .resolveUnsavedQuit(.discard), Messages.unsavedQuitDiscard.text, hint: true)
        keys.bind(["esc"], .closeOverlay, Messages.unsavedQuitStay.text, hint: true)
        return keys
    }()

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect) {
        var reason = ""
        if case .failed(let text) = state.saveStatus { reason = text }
        let lines = TextWrap.wrap(Messages.unsavedQuitExplanation.text(["reason": reason]), width: max(1, min(64, area.width) - 4))
        let choices = keymap.bindings.map { "\($0.keyLabel)  \($0.help)" }
        let height = lines.count + choices.count + 3
        let (_, inner) = DialogFrame.draw(in: area, width: min(64, area.width), height: height,
                                          title: Messages.unsavedQuitTitle.text, buffer: &buffer)
        guard !inner.isEmpty else { return }
        for (row, line) in lines.enumerated() where inner.y + row < inner.maxY {
            buffer.write(line, at: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
        for (row, choice) in choices.enumerated() where inner.y + lines.count + 1 + row < inner.maxY {
            buffer.write(choice, at: inner.x, y: inner.y + lines.count + 1 + row, style: .accent, maxWidth: inner.width)
        }
    }
}
