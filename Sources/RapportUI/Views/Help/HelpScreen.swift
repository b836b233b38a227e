import RapportCore
import RapportCanvas

/// The last screen: every key of every screen, from the keymaps, and where the book lives.
enum HelpScreen: Screen {
    enum Action: Hashable, Sendable {
        case scrollDown, scrollUp, pageDown, pageUp, top, bottom
    }

    struct State: Sendable {
        /// The first line of the key list on screen.
        var offset = 0
    }

    static let id = ViewID("help")
    static var title: String { "Help" }
    static func makeState() -> State { State() }

    static let keymap: Keymap<Action> = {
        var keys = Keymap<Action>()
        keys.bind(["j", "down"], .scrollDown, "Scroll down", group: "Help")
        keys.bind(["k", "up"], .scrollUp, "Scroll up", group: "Help")
        keys.bind(["pgdn", "space"], .pageDown, "Page down", group: "Help")
        keys.bind(["pgup"], .pageUp, "Page up", group: "Help")
        keys.bind(["g", "home"], .top, "Top", group: "Help")
        keys.bind(["G", "end"], .bottom, "Bottom", group: "Help")
        return keys
    }()

    static func update(_ action: Action, state: inout State, context: inout ScreenContext<HelpScreen>) -> [Effect] {
        let page = max(1, context.size.height - 8)
        let total = lineCount(context.keys)
        switch action {
        case .scrollDown: state.offset += 1
        case .scrollUp: state.offset -= 1
        case .pageDown: state.offset += page
        case .pageUp: state.offset -= page
        case .top: state.offset = 0
        case .bottom: state.offset = total
        }
        state.offset = max(0, min(state.offset, max(0, total - page)))
        return []
    }

    /// Every screen's keys with the global ones first, as the user has them bound.
    static func sections(_ keys: ResolvedKeymaps) -> [KeyHelpSection] {
        var sections = Keymaps.global(keys).sections
        for screen in Screens.all {
            let screenKeys = Keymaps.view(screen.id, keys)
            guard !screenKeys.bindings.isEmpty else { continue }
            sections += (screenKeys.sections + screen.legend()).map {
                KeyHelpSection(title: title(of: $0, in: screen.id), entries: $0.entries)
            }
        }
        return sections
    }

    /// "Companies: Company": the screen's name before a section's, unless the section already
    /// starts with it ("Board: moving", or "Reports" alone), which would read "Board: Board: moving".
    static func title(of section: KeyHelpSection, in view: ViewID) -> String {
        let name = view.title
        if section.title == name || section.title.hasPrefix(name + ":") { return section.title }
        return "\(name): \(section.title)"
    }

    static func lineCount(_ keys: ResolvedKeymaps) -> Int { HelpOverlay(sections: sections(keys)).lineCount + 6 }

    static func render(_ state: State, context: ScreenContext<HelpScreen>, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        let about = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: 3)
        buffer.write("Rapport: a keyboard-driven CRM.", at: about.x, y: about.y, style: .title, maxWidth: about.width)
        buffer.write("Book: \(context.bookPath)", at: about.x, y: about.y + 1, style: .muted, maxWidth: about.width)
        buffer.write("Your data is plain JSON in that folder: see docs/DATA.md.", at: about.x, y: about.y + 2, style: .muted,
                     maxWidth: about.width)
        let keysArea = Rect(x: area.x, y: area.y + 4, width: area.width, height: area.height - 4)
        HelpOverlay(title: "All keys", sections: sections(context.keys), offset: state.offset).render(into: &buffer, area: keysArea)
        return nil
    }
}

extension ViewID {
    public static let help = HelpScreen.id
}

extension AppAction {
    static func help(_ action: HelpScreen.Action) -> AppAction { HelpScreen.action(action) }
}

extension AppState {
    /// The Help screen's scroll position.
    var helpOffset: Int {
        get { screens[HelpScreen.self].offset }
        set { screens[HelpScreen.self].offset = newValue }
    }
}
