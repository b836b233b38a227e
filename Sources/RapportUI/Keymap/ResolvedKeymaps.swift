import RapportCanvas

/// The key tables as the user has them: the built-in tables with the user's rebindings from
/// config.json applied. Made once when the app starts and kept in `AppState`, so every lookup,
/// hint and help line reads the same bindings.
public struct ResolvedKeymaps: Sendable {
    /// The user's keys per table ("board", "global", "savedViews") and binding name; an empty
    /// list unbinds.
    public let rebindings: [String: [String: [KeyEvent]]]
    /// Each screen's keys in force with these bindings, made once: every key and frame asks.
    private(set) var activeTables: [ViewID: Keymap<AppAction>]

    public init(rebindings: [String: [String: [KeyEvent]]] = [:]) {
        self.rebindings = rebindings
        activeTables = [:]
        guard !rebindings.isEmpty else { return }
        let tables = self
        activeTables = Dictionary(Screens.ids.map { ($0, Keymaps.resolvedActive(in: $0, tables)) }, uniquingKeysWith: { first, _ in first })
    }

    /// `keymap` with the user's bindings for `scope` applied: a rebound binding has exactly the
    /// user's keys, and a key the user gave to one binding is taken from every other binding of
    /// the table (the user's choice wins over the built-in one).
    public func apply<Action>(_ keymap: Keymap<Action>, scope: String) -> Keymap<Action> {
        guard let user = rebindings[scope], !user.isEmpty else { return keymap }
        let claimed = Set(user.values.joined())
        return keymap.mapBindings { binding in
            if let keys = user[binding.name] { return binding.rebound(to: keys) }
            guard binding.keys.contains(where: claimed.contains) else { return binding }
            return binding.rebound(to: binding.keys.filter { !claimed.contains($0) })
        }
    }
}
