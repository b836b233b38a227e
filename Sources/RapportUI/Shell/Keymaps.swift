/// The key tables. The status-bar hints, the `?` overlay, the Help view and the command palette
/// are all made from these, so what they say is what the keys do.
public enum Keymaps {
    /// Keys that work in every view (a view's own table is consulted first).
    public static let global: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        for view in ViewID.allCases {
            keys.bind([String(view.rawValue)], .show(view), "Show \(view.title)", group: "Views")
        }
        keys.bind(["tab"], .nextView, "Next view", group: "Views")
        keys.bind(["shift-tab"], .previousView, "Previous view", group: "Views")
        keys.bind(["?"], .openHelp, "Help for this view", group: "General", hint: true)
        keys.bind([":"], .openPalette, "Command palette", group: "General", hint: true)
        keys.bind(["u"], .undo, "Undo", group: "General")
        keys.bind(["ctrl-r"], .redo, "Redo", group: "General")
        keys.bind(["ctrl-l"], .redraw, "Redraw the screen", group: "General")
        keys.bind(["ctrl-z"], .suspend, "Suspend (fg to return)", group: "General")
        keys.bind(["q", "ctrl-c"], .quit, "Quit", group: "General", hint: true)
        return keys
    }()

    /// A view's own keys. Views not built yet have none.
    public static func view(_ view: ViewID) -> Keymap<AppAction> {
        // The screens with a filter or a sort to save share the saved-views keys.
        SavedViewQuery.screen(of: view) == nil ? ViewDispatch.keymap(view) : ViewDispatch.keymap(view).merged(with: SavedViewsScreen.keymap)
    }

    /// The keys in force in a view: its own first, then the global ones.
    public static func active(in view: ViewID) -> Keymap<AppAction> {
        Keymaps.view(view).merged(with: global)
    }

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

    /// Every command, for the palette: each view's bindings, then the global ones.
    public static var paletteCommands: [PaletteCommand] {
        var commands: [PaletteCommand] = []
        for view in ViewID.allCases {
            for binding in Keymaps.view(view).bindings {
                commands.append(PaletteCommand(title: "\(view.title): \(binding.help)", keyLabel: binding.keyLabel,
                                               action: binding.action, view: view))
            }
        }
        for binding in global.bindings where binding.action != .openPalette {
            commands.append(PaletteCommand(title: binding.help, keyLabel: binding.keyLabel, action: binding.action, view: nil))
        }
        return commands
    }
}
