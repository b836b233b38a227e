/// One input event, as decoded by a terminal backend.
///
/// Control keys are normalised: `.ctrl` always carries a lowercase letter (or one of `@[\]^_`),
/// and Ctrl-I, Ctrl-M and Ctrl-H arrive as `.tab`, `.enter` and `.backspace` because terminals
/// cannot tell them apart.
public enum KeyEvent: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    /// Alt/Meta plus a character (the terminal sends Esc followed by it).
    case alt(Character)
    case up, down, left, right
    /// Ctrl plus an arrow: word jumps in text inputs.
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    case insert, delete
    case function(Int)
    case escape
    case enter
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// Text pasted at once (bracketed paste), line breaks as "\n". Arrives as one event so a
    /// pasted newline does not press Enter.
    case paste(String)
    /// A click or the wheel, where the pointer is (only while the mouse is on). Never a key
    /// press: keymaps and text inputs have nothing bound to it.
    case mouse(MouseEvent)

    /// Builds a Ctrl key, normalising the letter and the three keys terminals alias.
    public static func control(_ character: Character) -> KeyEvent {
        let lower = Character(character.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        default: return .ctrl(lower)
        }
    }

    /// The name shown to people in the status bar and the help overlay: "Ctrl-R", "PgDn", "?".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .ctrl(let character): return "Ctrl-" + character.uppercased()
        // Esc DEL: what terminals send for Alt-Backspace.
        case .alt("\u{7F}"): return "Alt-Backspace"
        case .alt(let character): return "Alt-" + String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .ctrlLeft: return "Ctrl-←"
        case .ctrlRight: return "Ctrl-→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .function(let number): return "F\(number)"
        case .escape: return "Esc"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .resize(let width, let height): return "Resize(\(width)x\(height))"
        case .paste: return "Paste"
        case .mouse: return "Mouse"
        }
    }

    /// Parses a key spec as written in keymap tables: `"j"`, `"G"`, `"?"`, `"ctrl-r"`, `"C-r"`,
    /// `"^R"`, `"alt-b"`, `"shift-tab"`, `"pgdn"`, `"f5"`, `"space"`, `"esc"`, `"enter"`.
    /// A single character is taken literally (so `"G"` is Shift-g); names are case-insensitive.
    public init?(spec: String) {
        if spec.count == 1, let character = spec.first {
            self = .char(character)
            return
        }
        if spec.count == 2, spec.first == "^", let character = spec.last, character.isLetter || "@[\\]^_".contains(character) {
            self = .control(character)
            return
        }
        let lower = spec.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-"] where lower.hasPrefix(prefix) {
            let rest = String(lower.dropFirst(prefix.count))
            switch rest {
            case "left": self = .ctrlLeft
            case "right": self = .ctrlRight
            case "space", "@": self = .ctrl("@")
            default:
                guard rest.count == 1, let character = rest.first, character.isLetter || "[\\]^_".contains(character) else { return nil }
                self = .control(character)
            }
            return
        }
        for prefix in ["alt-", "alt+", "meta-", "m-", "a-"] where lower.hasPrefix(prefix) {
            // Keep the case of the character: Alt-B and Alt-b are different keys.
            let rest = spec.dropFirst(prefix.count)
            if rest.lowercased() == "backspace" {
                self = .alt("\u{7F}")
                return
            }
            guard rest.count == 1, let character = rest.first else { return nil }
            self = .alt(character)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...63).contains(number) {
            self = .function(number)
            return
        }
        switch lower {
        case "space": self = .char(" ")
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup", "page-up": self = .pageUp
        case "pgdn", "pgdown", "pagedown", "page-down": self = .pageDown
        case "ins", "insert": self = .insert
        case "del", "delete": self = .delete
        case "esc", "escape": self = .escape
        case "enter", "return", "ret": self = .enter
        case "tab": self = .tab
        case "shift-tab", "shift+tab", "s-tab", "backtab", "btab": self = .backTab
        case "backspace", "bs", "bksp": self = .backspace
        default: return nil
        }
    }

    /// The character typed, for keys that insert text (`.char`), else nil.
    public var typedCharacter: Character? {
        if case .char(let character) = self { return character }
        return nil
    }
}

extension KeyEvent: CustomStringConvertible {
    public var description: String { displayName }
}

extension KeyEvent {
    /// Whether the key types text into a field (a character or a paste), so it cannot also be a
    /// command while a form is open.
    public var typesText: Bool {
        switch self {
        case .char, .paste: return true
        default: return false
        }
    }
}
