import RapportCanvas
import RapportCore

/// What a key does while `/` types into a list's search box as a whole (the other keys edit the
/// search text, which narrows the list at once).
public enum SearchBoxAction: Hashable, Sendable, CaseIterable {
    /// Enter: stop typing, keep the result and open the selected row.
    case keep
    /// Esc: stop typing and show everything again.
    case clear
    case next, previous
}

public enum SearchBoxKeys {
    public static let keymap: Keymap<SearchBoxAction> = {
        let group = Messages.dialogsSearchGroup.text
        var keys = Keymap<SearchBoxAction>()
        keys.bind(["enter"], .keep, Messages.dialogsSearchKeep.text, group: group, hint: true)
        keys.bind(["esc"], .clear, Messages.dialogsSearchClear.text, group: group, hint: true)
        keys.bind(["down", "ctrl-n"], .next, Messages.dialogsSearchNext.text, group: group, keyLabel: "↓")
        keys.bind(["up", "ctrl-p"], .previous, Messages.dialogsSearchPrevious.text, group: group, keyLabel: "↑")
        keys.hintPair(.next, .previous, Messages.dialogsSearchNext.text)
        return keys
    }()

    /// The search box's keys followed by the text-editing keys.
    public static var keyGuide: KeyGuide { KeyGuide(keymap).followed(by: TextInputState.keyGuide) }
}
