import RapportCore

public enum HelpAction: Hashable, Sendable {
    case scrollDown, scrollUp, pageDown, pageUp, top, bottom
}

/// View 7: every key of every view, from the keymaps, and where the book lives.
struct HelpView: Widget {
    let state: AppState

    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["j", "down"], .help(.scrollDown), "Scroll down", group: "Help")
        keys.bind(["k", "up"], .help(.scrollUp), "Scroll up", group: "Help")
        keys.bind(["pgdn", "space"], .help(.pageDown), "Page down", group: "Help")
        keys.bind(["pgup"], .help(.pageUp), "Page up", group: "Help")
        keys.bind(["g", "home"], .help(.top), "Top", group: "Help")
        keys.bind(["G", "end"], .help(.bottom), "Bottom", group: "Help")
        return keys
    }()

    static func perform(_ action: HelpAction, state: inout AppState) {
        let page = max(1, state.size.height - 8)
        let total = HelpView.lineCount
        switch action {
        case .scrollDown: state.helpOffset += 1
        case .scrollUp: state.helpOffset -= 1
        case .pageDown: state.helpOffset += page
        case .pageUp: state.helpOffset -= page
        case .top: state.helpOffset = 0
        case .bottom: state.helpOffset = total
        }
        state.helpOffset = max(0, min(state.helpOffset, max(0, total - page)))
    }

    static var sections: [KeyHelpSection] {
        var sections = Keymaps.global.sections
        for view in ViewID.allCases {
            let keys = Keymaps.view(view)
            guard !keys.bindings.isEmpty else { continue }
            sections += (keys.sections + ViewDispatch.legend(view)).map { KeyHelpSection(title: title(of: $0, in: view), entries: $0.entries) }
        }
        return sections
    }

    /// "Companies: Company": the view's name before a section's, unless the section already
    /// starts with it ("Board: moving", or "Reports" alone), which would read "Board: Board: moving".
    static func title(of section: KeyHelpSection, in view: ViewID) -> String {
        let name = view.title
        if section.title == name || section.title.hasPrefix(name + ":") { return section.title }
        return "\(name): \(section.title)"
    }

    static var lineCount: Int { HelpOverlay(sections: sections).lineCount + 6 }

    func render(into buffer: inout CellBuffer, area: Rect) {
        let about = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: 3)
        buffer.write("Rapport: a keyboard-driven CRM.", at: about.x, y: about.y, style: .title, maxWidth: about.width)
        buffer.write("Book: \(state.bookPath)", at: about.x, y: about.y + 1, style: .muted, maxWidth: about.width)
        buffer.write("Your data is plain JSON in that folder: see docs/DATA.md.", at: about.x, y: about.y + 2, style: .muted,
                     maxWidth: about.width)
        let keysArea = Rect(x: area.x, y: area.y + 4, width: area.width, height: area.height - 4)
        HelpOverlay(title: "All keys", sections: HelpView.sections, offset: state.helpOffset).render(into: &buffer, area: keysArea)
    }
}
