extension KeyEvent {
    /// The key written as `init(spec:)` reads it ("j", "ctrl-r", "pgdn", "shift-tab"): how
    /// config.json names keys. Nil for events that are not keys (a resize, a paste, the mouse).
    public var spec: String? {
        switch self {
        case .char(" "): return "space"
        case .char(let character): return String(character)
        case .ctrl("@"): return "ctrl-space"
        case .ctrl(let character): return "ctrl-" + String(character)
        case .alt("\u{7F}"): return "alt-backspace"
        case .alt(let character): return "alt-" + String(character)
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .ctrlLeft: return "ctrl-left"
        case .ctrlRight: return "ctrl-right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .insert: return "insert"
        case .delete: return "delete"
        case .function(let number): return "f\(number)"
        case .escape: return "esc"
        case .enter: return "enter"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .resize, .paste, .mouse: return nil
        }
    }
}
