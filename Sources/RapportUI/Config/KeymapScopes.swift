/// The key tables config.json can rebind, by the name it uses for them: the global keys, the
/// saved-views keys, and each screen's own (its `ViewID` name).
public enum KeymapScopes {
    public static let global = "global"
    public static let savedViews = "savedViews"

    public static var names: [String] { [global, savedViews] + Screens.ids.map(\.name) }

    /// The built-in table named `scope`, before the user's keys; nil for a name that is none.
    public static func builtIn(_ scope: String) -> Keymap<AppAction>? {
        switch scope {
        case global: return Keymaps.builtInGlobal
        case savedViews: return SavedViewsScreen.keymap
        default:
            let view = ViewID(scope)
            return Screens.ids.contains(view) ? Screens.screen(view).keymap() : nil
        }
    }
}
