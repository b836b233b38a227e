import RapportCanvas
import RapportCore

/// A choice from a list, filtered as you type, or your own words: `L`'s lost reason (from the
/// settings' list) and, after "Chose a competitor", who won the deal (from the competitors the
/// book knows).
struct ChoicePicker: Sendable {
    var opportunityID: OpportunityID
    var choices: [String]
    var query = TextInputState()
    var list = ListState(itemCount: 0)

    init(opportunityID: OpportunityID, choices: [String]) {
        self.opportunityID = opportunityID
        self.choices = choices
        list.setItemCount(choices.count)
    }

    /// The choices matching the query, then the typed text itself when it is new.
    var options: [String] {
        let typed = query.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return choices }
        var options = FuzzyMatch.rank(typed, choices, text: { $0 }).map(\.item)
        if !choices.contains(where: { $0.lowercased() == typed.lowercased() }) { options.append(typed) }
        return options
    }

    /// A key: one of the table's (`keymap`), else typed into the query.
    mutating func handle(_ key: KeyEvent) -> DialogResult<String>? {
        var options = self.options
        list.setItemCount(options.count)
        guard let action = ChoicePicker.keymap.action(for: key) else {
            guard query.handle(key) else { return nil }
            options = self.options
            list = ListState(itemCount: options.count)
            return nil
        }
        switch action {
        case .cancel: return .cancelled
        case .choose:
            guard let selected = list.selected, options.indices.contains(selected) else { return nil }
            return .submitted(options[selected])
        case .up: list.handle(.up, pageSize: ChoicePicker.pageSize)
        case .down: list.handle(.down, pageSize: ChoicePicker.pageSize)
        case .pageUp: list.handle(.pageUp, pageSize: ChoicePicker.pageSize)
        case .pageDown: list.handle(.pageDown, pageSize: ChoicePicker.pageSize)
        }
        return nil
    }

    private static let pageSize = 8

    /// The picker's keys; every other key types into the query. The hint line under the list is
    /// made from it (`hintLine`), so it names the keys that work.
    static let keymap: Keymap<ChoicePickerAction> = {
        var keys = Keymap<ChoicePickerAction>()
        keys.bind(["enter"], .choose, "choose", hint: true)
        keys.bind(["up", "ctrl-p"], .up, "Previous choice")
        keys.bind(["down", "ctrl-n"], .down, "Next choice")
        keys.hintPair(.up, .down, "move")
        keys.bind(["pgup"], .pageUp, "Page up")
        keys.bind(["pgdn"], .pageDown, "Page down")
        keys.bind(["esc"], .cancel, "cancel", hint: true)
        return keys
    }()

    /// "Enter choose · ↑↓ move · Esc cancel": the table's hints, a pair's keys written together.
    static var hintLine: String {
        keymap.allHints.map { hint in
            let keys = hint.actions.count > 1 ? hint.keys.map(\.displayName).joined() : hint.label
            return "\(keys) \(hint.help)"
        }.joined(separator: " · ")
    }
}

/// What a key does in a `ChoicePicker`.
enum ChoicePickerAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, choose, cancel
}
