import RapportCanvas
import RapportCore

/// What a key does in a Yes/No dialog.
public enum ConfirmAction: Hashable, Sendable, CaseIterable {
    case yes, no, switchButton, takeSelected
}

/// y/n answer directly; ←/→/Tab/h/l switch buttons; Enter takes the selected one; Esc and q are No.
public enum ConfirmKeys {
    public static let keymap: Keymap<ConfirmAction> = {
        let group = Messages.dialogsConfirmGroup.text
        var keys = Keymap<ConfirmAction>()
        keys.bind(["y", "Y"], .yes, Messages.dialogsConfirmYes.text, group: group, hint: true, keyLabel: "y")
        keys.bind(["n", "N", "esc", "q"], .no, Messages.dialogsConfirmNo.text, group: group, hint: true, keyLabel: "n/Esc")
        keys.bind(["left", "right", "tab", "shift-tab", "h", "l"], .switchButton, Messages.dialogsConfirmSwitch.text,
                  group: group, hint: true, keyLabel: "←/→")
        keys.bind(["enter"], .takeSelected, Messages.dialogsConfirmTake.text, group: group, hint: true)
        return keys
    }()
}

extension ConfirmState {
    /// The dialog's keys, for the status bar and the `?` overlay.
    public static var keyGuide: KeyGuide { KeyGuide(ConfirmKeys.keymap) }
}
