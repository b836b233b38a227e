import RapportCanvas
import RapportCore

/// What a key does to a form as a whole (the other keys edit the focused field).
public enum FormAction: Hashable, Sendable, CaseIterable {
    case nextField, previousField, submit, cancel
}

/// The keys of every form: Tab/↓ and Shift-Tab/↑ move between fields, Enter submits, Esc cancels.
public enum FormKeys {
    public static let keymap: Keymap<FormAction> = {
        let group = Messages.dialogsFormGroup.text
        var keys = Keymap<FormAction>()
        keys.bind(["enter"], .submit, Messages.dialogsFormSubmit.text, group: group, hint: true)
        keys.bind(["tab", "down"], .nextField, Messages.dialogsFormNext.text, group: group, hint: true, keyLabel: "Tab")
        keys.bind(["shift-tab", "up"], .previousField, Messages.dialogsFormPrevious.text, group: group)
        keys.bind(["esc"], .cancel, Messages.dialogsCancel.text, group: group, hint: true)
        return keys
    }()
}

extension FormState {
    /// The form's keys followed by the text-editing keys, for the status bar and the `?` overlay.
    public static var keyGuide: KeyGuide { KeyGuide(FormKeys.keymap).followed(by: TextInputState.keyGuide) }
}
