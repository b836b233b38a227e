import RapportCanvas

/// The shell's key tables, and the keys in force on each screen. The status-bar hints, the `?`
/// overlay, the Help screen and the command palette are all made from these, so what they say is
/// what the keys do. Every lookup takes the user's bindings (`ResolvedKeymaps`); the forms
/// without it give the built-in keys.
public enum Keymaps {
    /// Keys that work on every screen (a screen's own table is consulted first).
    public static func global(_ user: ResolvedKeymaps) -> Keymap<AppAction> {
        user.apply(builtInGlobal, scope: "global")
    }

    public static var global: Keymap<AppAction> { global(ResolvedKeymaps()) }

    static let builtInGlobal: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        for (position, view) in Screens.ids.enumerated() {
            keys.bind([String(position + 1)], .show(view), "Show \(view.title)", group: "Views")
        }
        keys.bind(["tab"], .nextView, "Next view", group: "Views")
        keys.bind(["shift-tab"], .previousView, "Previous view", group: "Views")
        keys.bind(["?"], .openHelp, "Help for this view", group: "General", hint: true)
        // Inside a form `?` is text: F1 opens the help there too, and it lists the form's keys.
        keys.bind(["f1"], .openHelp, "Help, also inside a form or dialog", group: "General", name: "openHelpAnywhere")
        keys.bind([":"], .openPalette, "Command palette", group: "General", hint: true)
        keys.bind(["u"], .undo, "Undo", group: "General")
        keys.bind(["ctrl-r"], .redo, "Redo", group: "General")
        keys.bind(["ctrl-l"], .redraw, "Redraw the screen", group: "General")
        keys.bind(["ctrl-z"], .suspend, "Suspend (fg to return)", group: "General")
        keys.bind(["q", "ctrl-c"], .quit, "Quit", group: "General", hint: true)
        return keys
    }()

    /// A screen's own keys, with the saved-views keys on the screens that have a filter or a
    /// sort to save.
    public static func view(_ view: ViewID, _ user: ResolvedKeymaps = ResolvedKeymaps()) -> Keymap<AppAction> {
        let own = user.apply(Screens.screen(view).keymap(), scope: view.name)
        guard SavedViewQuery.screen(of: view) != nil else { return own }
        return own.merged(with: user.apply(SavedViewsScreen.keymap, scope: "savedViews"))
    }

    /// The keys in force on a screen: its own first, then the global ones.
    public static func active(in view: ViewID, _ user: ResolvedKeymaps = ResolvedKeymaps()) -> Keymap<AppAction> {
        // Asked for on every key and frame: the tables are merged once, as built in or as the user has them.
        if let table = user.rebindings.isEmpty ? builtInActive[view] : user.activeTables[view] { return table }
        return resolvedActive(in: view, user)
    }

    /// The merge itself, without the tables made once.
    static func resolvedActive(in view: ViewID, _ user: ResolvedKeymaps) -> Keymap<AppAction> {
        Keymaps.view(view, user).merged(with: global(user))
    }

    private static let builtInActive: [ViewID: Keymap<AppAction>] = Dictionary(
        Screens.ids.map { ($0, resolvedActive(in: $0, ResolvedKeymaps())) }, uniquingKeysWith: { first, _ in first })

    /// Keys inside the `?` overlay.
    static let helpOverlay: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["esc", "?", "q"], .closeOverlay, "Close", hint: true)
        keys.bind(["j", "down"], .moveDown, "Scroll down")
        keys.bind(["k", "up"], .moveUp, "Scroll up")
        keys.bind(["pgdn", "space"], .pageDown, "Page down")
        keys.bind(["pgup"], .pageUp, "Page up")
        return keys
    }()

    /// Keys inside the palette (everything else types into the query).
    static let palette: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["esc"], .closeOverlay, "Close", hint: true)
        keys.bind(["enter"], .confirm, "Run", hint: true)
        keys.bind(["down", "ctrl-n"], .moveDown, "Next match", hint: true, keyLabel: "↓")
        keys.bind(["up", "ctrl-p"], .moveUp, "Previous match", hint: true, keyLabel: "↑")
        return keys
    }()

    /// Every command, for the palette: each screen's bindings, then the global ones.
    public static func paletteCommands(_ user: ResolvedKeymaps = ResolvedKeymaps()) -> [PaletteCommand] {
        var commands: [PaletteCommand] = []
        for view in Screens.ids {
            for binding in Keymaps.view(view, user).bindings {
                commands.append(PaletteCommand(title: "\(view.title): \(binding.help)", keyLabel: binding.keyLabel,
                                               action: binding.action, view: view))
            }
        }
        for binding in global(user).bindings where binding.action != .openPalette {
            commands.append(PaletteCommand(title: binding.help, keyLabel: binding.keyLabel, action: binding.action, view: nil))
        }
        return commands
    }

    public static var paletteCommands: [PaletteCommand] { paletteCommands() }
}
