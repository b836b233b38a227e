import RapportCanvas

/// Movements in a list, table or text pane. Kept as actions with their own keymap so that the
/// keys that move a selection appear in the help overlay like every other key, and a view can
/// rebind or merge them.
public enum ListNavigation: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom

    /// The conventional keys (vi, less and arrows): ↑/k ↓/j, PgUp/Ctrl-B, PgDn/Ctrl-F,
    /// Ctrl-U/Ctrl-D, Home/g, End/G.
    public static let keymap: Keymap<ListNavigation> = {
        var keys = Keymap<ListNavigation>()
        keys.bind(["up", "k"], .up, "Up", group: "Navigation")
        keys.bind(["down", "j"], .down, "Down", group: "Navigation")
        keys.bind(["pgup", "ctrl-b"], .pageUp, "Page up", group: "Navigation")
        keys.bind(["pgdn", "ctrl-f"], .pageDown, "Page down", group: "Navigation")
        keys.bind(["ctrl-u"], .halfPageUp, "Half page up", group: "Navigation")
        keys.bind(["ctrl-d"], .halfPageDown, "Half page down", group: "Navigation")
        keys.bind(["home", "g"], .top, "Top", group: "Navigation")
        keys.bind(["end", "G"], .bottom, "Bottom", group: "Navigation")
        return keys
    }()
}

extension ListState {
    /// Applies a movement; `pageSize` is the visible height.
    public mutating func apply(_ movement: ListNavigation, pageSize: Int) {
        let page = max(1, pageSize - 1)
        switch movement {
        case .up: moveBy(-1)
        case .down: moveBy(1)
        case .pageUp: moveBy(-page)
        case .pageDown: moveBy(page)
        case .halfPageUp: moveBy(-max(1, pageSize / 2))
        case .halfPageDown: moveBy(max(1, pageSize / 2))
        case .top: moveToTop()
        case .bottom: moveToBottom()
        }
        scrollToSelection(height: pageSize)
    }

    /// Handles a key through `keymap` (by default `ListNavigation.keymap`). Returns whether the key
    /// moved anything; other keys go on to the view's own keymap.
    @discardableResult
    public mutating func handle(_ key: KeyEvent, pageSize: Int,
                                keymap: Keymap<ListNavigation> = ListNavigation.keymap) -> Bool {
        guard let movement = keymap.action(for: key) else { return false }
        apply(movement, pageSize: pageSize)
        return true
    }
}

extension TextPaneState {
    /// Applies a movement to the scroll position (`lineCount` wrapped lines in `height` rows).
    public mutating func apply(_ movement: ListNavigation, lineCount: Int, height: Int) {
        let maxOffset = max(0, lineCount - height)
        switch movement {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= max(1, height - 1)
        case .pageDown: offset += max(1, height - 1)
        case .halfPageUp: offset -= max(1, height / 2)
        case .halfPageDown: offset += max(1, height / 2)
        case .top: offset = 0
        case .bottom: offset = maxOffset
        }
        offset = min(max(0, offset), maxOffset)
    }

    /// Handles a key through `keymap` (by default `ListNavigation.keymap`); Space pages down too.
    @discardableResult
    public mutating func handle(_ key: KeyEvent, lineCount: Int, height: Int,
                                keymap: Keymap<ListNavigation> = ListNavigation.keymap) -> Bool {
        if key == .char(" ") {
            apply(.pageDown, lineCount: lineCount, height: height)
            return true
        }
        guard let movement = keymap.action(for: key) else { return false }
        apply(movement, lineCount: lineCount, height: height)
        return true
    }
}
