import RapportCanvas

/// One row of a keymap table: the keys, what they do, and how the user learns about them.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var keys: [KeyEvent]
    /// How the user's config.json names this binding within its table ("markWon", "show.board"):
    /// stable, so a config keeps working when the help text changes.
    public var name: String
    public var action: Action
    /// Short help text: "Search", "Next tab".
    public var help: String
    /// Section of the help overlay ("Navigation", "Editing"); nil goes to "General".
    public var group: String?
    /// Whether the binding appears in the status-bar hints (only the few most useful should).
    public var showsInHints: Bool
    /// How the keys are written in hints and help; defaults to the key names joined by "/".
    public var keyLabel: String
    /// The keys the label names, one by one: what a key reference prints, so that no key name
    /// is ever cut out of a joined label (the key `/` is not a separator). Nil when the label
    /// names a key this binding does not have: a mislabelled binding, which a test reports.
    public var labelledKeys: [KeyEvent]?

    public init(keys: [KeyEvent], action: Action, help: String, group: String? = nil,
                showsInHints: Bool = false, keyLabel: String? = nil, name: String? = nil) {
        self.keys = keys
        self.name = name ?? BindingName.of(action)
        self.action = action
        self.help = help
        self.group = group
        self.showsInHints = showsInHints
        self.keyLabel = keyLabel ?? keys.map(\.displayName).joined(separator: "/")
        self.labelledKeys = keyLabel.map { KeyBinding.keys(named: $0, among: keys) } ?? keys
    }

    /// The same binding doing `action` instead (a screen's action wrapped as the app's).
    public func withAction<Other>(_ action: Other) -> KeyBinding<Other> {
        var copy = KeyBinding<Other>(keys: keys, action: action, help: help, group: group, showsInHints: showsInHints, name: name)
        copy.keyLabel = keyLabel
        copy.labelledKeys = labelledKeys
        return copy
    }

    /// The same binding on other keys (the user's): labelled by key names unless the label it had
    /// still names only keys it keeps; with no key left it leaves the status-bar hints.
    public func rebound(to newKeys: [KeyEvent]) -> KeyBinding {
        var copy = self
        copy.keys = newKeys
        if let labelled = labelledKeys, !labelled.isEmpty, labelled.allSatisfy(newKeys.contains), newKeys.allSatisfy(keys.contains) {
            return copy
        }
        copy.keyLabel = newKeys.map(\.displayName).joined(separator: "/")
        copy.labelledKeys = newKeys
        if newKeys.isEmpty { copy.showsInHints = false }
        return copy
    }

    /// The names of the labelled keys ("j", "↓"), or the label itself when it does not resolve.
    public var keyNames: [String] { labelledKeys?.map(\.displayName) ?? [keyLabel] }

    /// Reads a label such as "j/↓", "[ ]" or "/" as a list of `keys`: each name is the display
    /// name of one of them, names separated by "/" or " ". Nil when some part names no key of
    /// the list ("j/k" on a binding without k). Longest names first, so "Shift-Tab" is not "S".
    static func keys(named label: String, among keys: [KeyEvent]) -> [KeyEvent]? {
        let candidates = keys.sorted { $0.displayName.count > $1.displayName.count }
        var rest = Substring(label)
        var found: [KeyEvent] = []
        while !rest.isEmpty {
            guard let key = candidates.first(where: { rest.hasPrefix($0.displayName) }) else { return nil }
            found.append(key)
            rest = rest.dropFirst(key.displayName.count)
            if let separator = rest.first, separator == "/" || separator == " " {
                rest = rest.dropFirst()
                if rest.isEmpty { return nil }
            }
        }
        return found.isEmpty ? nil : found
    }
}

/// A status-bar hint that names two bindings at once, "j/k Next/previous report": each key it
/// names does one of the two actions.
public struct PairedHint<Action: Hashable & Sendable>: Sendable {
    public var first: Action
    public var second: Action
    public var help: String
}

/// One status-bar hint as shown: the keys it names and the actions those keys must do.
public struct KeyHint<Action: Hashable & Sendable>: Sendable {
    public var keys: [KeyEvent]
    public var label: String
    public var help: String
    public var actions: [Action]
}

/// A key bound to more than one action: a bug in the table.
public struct KeyConflict<Action: Hashable & Sendable>: Hashable, Sendable, CustomStringConvertible {
    public var key: KeyEvent
    public var actions: [Action]
    public var description: String { "\(key.displayName) is bound to \(actions.map { "\($0)" }.joined(separator: ", "))" }
}

/// An ordered table of key bindings for one view. Everything the user sees about keys (status-bar
/// hints, the help overlay) is generated from it, so what is shown always matches what keys do.
///
///     var keys = Keymap<ContactAction>()
///     keys.bind(["j", "down"], .moveDown, "Down", group: "Navigation")
///     keys.bind(["/"], .search, "Search", hint: true)
///     keys.action(for: .char("j"))   // .moveDown
public struct Keymap<Action: Hashable & Sendable>: Sendable {
    public private(set) var bindings: [KeyBinding<Action>]
    /// Specs passed to `bind` that did not parse (a test should assert this is empty).
    public private(set) var invalidSpecs: [String] = []
    /// Hints that stand for two bindings (shown where the first of them is in the table).
    public private(set) var pairedHints: [PairedHint<Action>] = []
    private var index: [KeyEvent: Action] = [:]

    public init(_ bindings: [KeyBinding<Action>] = []) {
        self.bindings = []
        for binding in bindings { add(binding) }
    }

    /// Adds a binding. When a key is already bound, the first binding keeps it for lookup, and
    /// `duplicates()` reports the conflict.
    public mutating func add(_ binding: KeyBinding<Action>) {
        bindings.append(binding)
        for key in binding.keys where index[key] == nil {
            index[key] = binding.action
        }
    }

    /// Binds key specs (see `KeyEvent(spec:)`) to an action.
    public mutating func bind(_ specs: [String], _ action: Action, _ help: String, group: String? = nil,
                              hint: Bool = false, keyLabel: String? = nil, name: String? = nil) {
        var keys: [KeyEvent] = []
        for spec in specs {
            if let key = KeyEvent(spec: spec) {
                keys.append(key)
            } else {
                invalidSpecs.append(spec)
            }
        }
        add(KeyBinding(keys: keys, action: action, help: help, group: group, showsInHints: hint, keyLabel: keyLabel, name: name))
    }

    /// Binds already-decoded keys to an action.
    public mutating func bind(keys: [KeyEvent], _ action: Action, _ help: String, group: String? = nil,
                              hint: Bool = false, keyLabel: String? = nil, name: String? = nil) {
        add(KeyBinding(keys: keys, action: action, help: help, group: group, showsInHints: hint, keyLabel: keyLabel, name: name))
    }

    /// The same table with each binding transformed (the user's keys), hints and all.
    public func mapBindings(_ transform: (KeyBinding<Action>) -> KeyBinding<Action>) -> Keymap<Action> {
        var result = Keymap<Action>()
        for binding in bindings { result.add(transform(binding)) }
        result.invalidSpecs = invalidSpecs
        result.pairedHints = pairedHints
        return result
    }

    mutating func appendInvalidSpecs(_ specs: [String]) { invalidSpecs += specs }

    /// One hint for two bindings, "j/k Next/previous report", made of the first key of each: the
    /// hint can only name keys that do what it says.
    public mutating func hintPair(_ first: Action, _ second: Action, _ help: String) {
        pairedHints.append(PairedHint(first: first, second: second, help: help))
    }

    /// This table followed by `other`'s bindings (a view's keys on top of the global ones: put
    /// the one that should win first). Conflicts between the two show up in `duplicates()`.
    public func merged(with other: Keymap<Action>) -> Keymap<Action> {
        var result = self
        for binding in other.bindings { result.add(binding) }
        result.invalidSpecs += other.invalidSpecs
        result.pairedHints += other.pairedHints
        return result
    }

    // MARK: Lookup

    public func action(for key: KeyEvent) -> Action? { index[key] }

    public func binding(for action: Action) -> KeyBinding<Action>? {
        bindings.first { $0.action == action }
    }

    public func keys(for action: Action) -> [KeyEvent] {
        bindings.filter { $0.action == action }.flatMap(\.keys)
    }

    /// Keys bound to more than one *different* action, in table order.
    public func duplicates() -> [KeyConflict<Action>] {
        var actionsByKey: [KeyEvent: [Action]] = [:]
        var order: [KeyEvent] = []
        for binding in bindings {
            for key in binding.keys {
                if actionsByKey[key] == nil { order.append(key) }
                if !(actionsByKey[key] ?? []).contains(binding.action) {
                    actionsByKey[key, default: []].append(binding.action)
                }
            }
        }
        return order.compactMap { key in
            guard let actions = actionsByKey[key], actions.count > 1 else { return nil }
            return KeyConflict(key: key, actions: actions)
        }
    }

    // MARK: What the user sees

    /// The hinted bindings as (keys, help) pairs that fit in `maxWidth` columns when written
    /// "keys help" and separated by two spaces. Whole entries only, in table order.
    public func hintItems(maxWidth: Int) -> [(keys: String, help: String)] {
        var items: [(keys: String, help: String)] = []
        var used = 0
        for hint in allHints {
            let itemWidth = DisplayWidth.of(hint.label) + 1 + DisplayWidth.of(hint.help)
            let needed = itemWidth + (items.isEmpty ? 0 : KeyHints.separator.count)
            if used + needed > maxWidth { break }
            items.append((hint.label, hint.help))
            used += needed
        }
        return items
    }

    /// Every status-bar hint in table order, before fitting: the hinted bindings, and each
    /// paired hint where the first of its bindings is.
    public var allHints: [KeyHint<Action>] {
        var hints: [KeyHint<Action>] = []
        var pairsShown = Set<Int>()
        for binding in bindings {
            if binding.showsInHints {
                hints.append(KeyHint(keys: binding.labelledKeys ?? [], label: binding.keyLabel, help: binding.help,
                                     actions: [binding.action]))
            }
            for (number, pair) in pairedHints.enumerated() where pair.first == binding.action && !pairsShown.contains(number) {
                pairsShown.insert(number)
                let pairKeys = [pair.first, pair.second].compactMap { self.keys(for: $0).first }
                // Half of a pair the user unbound: the hint would name one key for two actions.
                guard pairKeys.count == 2 else { continue }
                hints.append(KeyHint(keys: pairKeys, label: pairKeys.map(\.displayName).joined(separator: "/"), help: pair.help,
                                     actions: [pair.first, pair.second]))
            }
        }
        return hints
    }

    /// The status-bar hint line as plain text: `"/ Search  ? Help  q Quit"`.
    public func hints(maxWidth: Int) -> String {
        hintItems(maxWidth: maxWidth).map { "\($0.keys) \($0.help)" }.joined(separator: KeyHints.separator)
    }

    /// Bindings grouped by section, in order of first appearance; bindings without a group go to
    /// "General".
    public var sections: [KeyHelpSection] {
        var titles: [String] = []
        var entries: [String: [KeyHelpSection.Entry]] = [:]
        // A binding the user unbound has nothing to show; the palette still lists it.
        for binding in bindings where !binding.keys.isEmpty || !binding.keyLabel.isEmpty {
            let title = binding.group ?? "General"
            if entries[title] == nil { titles.append(title) }
            entries[title, default: []].append(.init(keys: binding.keyLabel, help: binding.help, keyNames: binding.keyNames))
        }
        return titles.map { KeyHelpSection(title: $0, entries: entries[$0] ?? []) }
    }
}

/// A titled list of key help lines; what `HelpOverlay` shows. Not generic, so widgets and views
/// can combine sections from keymaps with different action types.
public struct KeyHelpSection: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var help: String
        /// The keys one by one, for a reference that prints each name (the label is for reading).
        public var keyNames: [String]
        public init(keys: String, help: String, keyNames: [String]? = nil) {
            self.keys = keys
            self.help = help
            self.keyNames = keyNames ?? [keys]
        }
    }

    public var title: String
    public var entries: [Entry]

    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries
    }
}

enum KeyHints {
    static let separator = "  "
}
