import RapportCanvas
import RapportCore

/// What an editing key does to a one-line input.
public enum TextEditAction: Hashable, Sendable, CaseIterable {
    case moveLeft, moveRight, moveToStart, moveToEnd, moveWordLeft, moveWordRight
    case deleteBackward, deleteForward, deleteWordBackward, deleteWordPartBackward, deleteWordForward
    case deleteToStart, deleteToEnd
}

/// The readline-style editing keys of every text input: a table, so the `?` overlay and the
/// status bar inside a dialog list exactly the keys `TextInputState.handle` obeys.
public enum TextInputKeys {
    public static let keymap: Keymap<TextEditAction> = {
        let group = Messages.dialogsEditGroup.text
        var keys = Keymap<TextEditAction>()
        keys.bind(["left", "ctrl-b"], .moveLeft, Messages.dialogsEditLeft.text, group: group)
        keys.bind(["right", "ctrl-f"], .moveRight, Messages.dialogsEditRight.text, group: group)
        keys.bind(["home", "ctrl-a"], .moveToStart, Messages.dialogsEditStart.text, group: group)
        keys.bind(["end", "ctrl-e"], .moveToEnd, Messages.dialogsEditEnd.text, group: group)
        keys.bind(["ctrl-left", "alt-b"], .moveWordLeft, Messages.dialogsEditWordLeft.text, group: group)
        keys.bind(["ctrl-right", "alt-f"], .moveWordRight, Messages.dialogsEditWordRight.text, group: group)
        keys.bind(["backspace"], .deleteBackward, Messages.dialogsEditDeleteBackward.text, group: group)
        keys.bind(["del", "ctrl-d"], .deleteForward, Messages.dialogsEditDeleteForward.text, group: group)
        keys.bind(["ctrl-w"], .deleteWordBackward, Messages.dialogsEditDeleteWord.text, group: group)
        keys.bind(["alt-backspace"], .deleteWordPartBackward, Messages.dialogsEditDeleteWordPart.text, group: group)
        keys.bind(["alt-d"], .deleteWordForward, Messages.dialogsEditDeleteWordForward.text, group: group)
        keys.bind(["ctrl-u"], .deleteToStart, Messages.dialogsEditDeleteToStart.text, group: group)
        keys.bind(["ctrl-k"], .deleteToEnd, Messages.dialogsEditDeleteToEnd.text, group: group)
        return keys
    }()
}

extension TextInputState {
    public mutating func apply(_ action: TextEditAction) {
        switch action {
        case .moveLeft: moveLeft()
        case .moveRight: moveRight()
        case .moveToStart: moveToStart()
        case .moveToEnd: moveToEnd()
        case .moveWordLeft: moveWordLeft()
        case .moveWordRight: moveWordRight()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .deleteWordPartBackward: deleteWordPartBackward()
        case .deleteWordForward: deleteWordForward()
        case .deleteToStart: deleteToStart()
        case .deleteToEnd: deleteToEnd()
        }
    }

    /// The editing keys, for the status bar and the `?` overlay while a search box is typed in.
    public static var keyGuide: KeyGuide { KeyGuide(TextInputKeys.keymap) }

    /// The editing keys as one help section, for the overlay of views with text inputs.
    public static var keyHelp: KeyHelpSection {
        TextInputKeys.keymap.sections.first ?? KeyHelpSection(title: Messages.dialogsEditGroup.text, entries: [])
    }
}
