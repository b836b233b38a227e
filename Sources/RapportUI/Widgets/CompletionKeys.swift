import RapportCanvas
import RapportCore

/// What a key does while a field offers suggestions in a drop-down.
public enum CompletionAction: Hashable, Sendable, CaseIterable {
    case nextSuggestion, previousSuggestion, accept, acceptAndNext
}

/// ↓/↑ (or Ctrl-N/P) choose a suggestion, Enter takes it, Tab takes it and moves to the next field.
/// Over a form's keys: with no suggestion on offer, the form's meaning of the same keys applies.
public enum CompletionKeys {
    public static let keymap: Keymap<CompletionAction> = {
        let group = Messages.dialogsCompletionGroup.text
        var keys = Keymap<CompletionAction>()
        keys.bind(["down", "ctrl-n"], .nextSuggestion, Messages.dialogsCompletionNext.text, group: group)
        keys.bind(["up", "ctrl-p"], .previousSuggestion, Messages.dialogsCompletionPrevious.text, group: group)
        keys.hintPair(.nextSuggestion, .previousSuggestion, Messages.dialogsCompletionChoose.text)
        keys.bind(["enter"], .accept, Messages.dialogsCompletionAccept.text, group: group)
        keys.bind(["tab"], .acceptAndNext, Messages.dialogsCompletionAcceptAndNext.text, group: group)
        return keys
    }()
}
