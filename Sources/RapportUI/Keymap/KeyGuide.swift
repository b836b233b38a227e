import RapportCanvas

/// What the status bar and the `?` overlay say about the keys in force, made from a keymap table
/// and free of its action type: a dialog's keys (a form's `Keymap<FormAction>`) and a screen's
/// (`Keymap<AppAction>`) are shown the same way.
public struct KeyGuide: Sendable {
    public var sections: [KeyHelpSection]
    /// Every hint in table order, before fitting into the bar.
    public var hints: [(keys: String, help: String)]

    public init<Action>(_ keymap: Keymap<Action>) {
        sections = keymap.sections
        hints = keymap.allHints.map { ($0.label, $0.help) }
    }

    public init(sections: [KeyHelpSection], hints: [(keys: String, help: String)]) {
        self.sections = sections
        self.hints = hints
    }

    /// This guide's keys, then `other`'s (a dialog's own keys over the ones it shares).
    public func followed(by other: KeyGuide) -> KeyGuide {
        KeyGuide(sections: sections + other.sections, hints: hints + other.hints)
    }

    /// The hints as one line for the foot of a dialog, "Enter save · Tab next field · Esc cancel":
    /// the same table as the status bar, so the two never disagree.
    public var footerLine: String {
        hints.map { hint in
            let help = hint.help.prefix(1).lowercased() + hint.help.dropFirst()
            return "\(hint.keys) \(help)"
        }.joined(separator: " · ")
    }

    /// The hints that fit in `maxWidth` columns, written "keys help" two spaces apart.
    public func hintItems(maxWidth: Int) -> [(keys: String, help: String)] {
        var items: [(keys: String, help: String)] = []
        var used = 0
        for hint in hints {
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.help) + (items.isEmpty ? 0 : KeyHints.separator.count)
            if used + needed > maxWidth { break }
            items.append(hint)
            used += needed
        }
        return items
    }
}

extension Keymap {
    /// The same table with each action wrapped (a screen's actions as the app's), so one table
    /// serves the screen's update and the shell's help, hints and palette.
    public func mapActions<Other: Hashable & Sendable>(_ transform: (Action) -> Other) -> Keymap<Other> {
        var result = Keymap<Other>()
        for binding in bindings {
            result.add(binding.withAction(transform(binding.action)))
        }
        for pair in pairedHints { result.hintPair(transform(pair.first), transform(pair.second), pair.help) }
        result.appendInvalidSpecs(invalidSpecs)
        return result
    }
}
