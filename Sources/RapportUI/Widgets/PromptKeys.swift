import RapportCanvas
import RapportCore

/// What a key does to a one-line question as a whole (the other keys edit its answer).
public enum PromptAction: Hashable, Sendable, CaseIterable {
    case submit, cancel
}

/// Enter submits the answer, Esc cancels.
public enum PromptKeys {
    public static let keymap: Keymap<PromptAction> = {
        let group = Messages.dialogsPromptGroup.text
        var keys = Keymap<PromptAction>()
        keys.bind(["enter"], .submit, Messages.dialogsPromptSubmit.text, group: group, hint: true)
        keys.bind(["esc"], .cancel, Messages.dialogsCancel.text, group: group, hint: true)
        return keys
    }()
}

extension PromptState {
    /// The prompt's keys followed by the text-editing keys, for the status bar and the `?` overlay.
    public static var keyGuide: KeyGuide { KeyGuide(PromptKeys.keymap).followed(by: TextInputState.keyGuide) }
}
