import RapportCanvas

/// A terminal colour: the eight ANSI colours, their bright variants, a 256-colour index, or the
/// terminal's own default (which keeps the user's background, transparent or not).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    case indexed(Int)

    /// The curses colour number, degraded to what the terminal has (`colors` is curses' COLORS).
    func number(availableColors colors: Int) -> Int16 {
        switch self {
        case .terminalDefault: return -1
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .brightBlack, .brightRed, .brightGreen, .brightYellow, .brightBlue, .brightMagenta, .brightCyan, .brightWhite:
            let base = brightBase
            return colors >= 16 ? base + 8 : base
        case .indexed(let index):
            return index < colors ? Int16(clamping: index) : -1
        }
    }

    private var brightBase: Int16 {
        switch self {
        case .brightBlack: return 0
        case .brightRed: return 1
        case .brightGreen: return 2
        case .brightYellow: return 3
        case .brightBlue: return 4
        case .brightMagenta: return 5
        case .brightCyan: return 6
        default: return 7
        }
    }
}

/// How one style role looks.
public struct ThemeEntry: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(_ foreground: TerminalColor = .terminalDefault, on background: TerminalColor = .terminalDefault,
                _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}

/// Maps every `StyleRole` to colours and attributes. The screens draw with roles only; this is
/// the one place where they become colours.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var entries: [StyleRole: ThemeEntry]

    public init(name: String, entries: [StyleRole: ThemeEntry]) {
        self.name = name
        self.entries = entries
    }

    public subscript(role: StyleRole) -> ThemeEntry {
        entries[role] ?? ThemeEntry()
    }

    /// Whether this theme needs colour pairs at all.
    public var usesColor: Bool { entries.values.contains { $0.usesColor } }

    /// The default: ANSI colours on the terminal's own background, so it works on dark and light.
    public static let standard = Theme(name: "standard", entries: [
        .normal: ThemeEntry(),
        .header: ThemeEntry(.cyan, [.bold]),
        .selected: ThemeEntry(.black, on: .cyan),
        .selectedInactive: ThemeEntry(.black, on: .white),
        .focused: ThemeEntry(.cyan, [.bold]),
        .muted: ThemeEntry(.brightBlack),
        .overdue: ThemeEntry(.red, [.bold]),
        .dueToday: ThemeEntry(.yellow, [.bold]),
        .warning: ThemeEntry(.yellow),
        .positive: ThemeEntry(.green),
        .negative: ThemeEntry(.red),
        .accent: ThemeEntry(.magenta),
        .border: ThemeEntry(.brightBlack),
        .borderFocused: ThemeEntry(.cyan),
        .title: ThemeEntry(.terminalDefault, [.bold]),
        .statusBar: ThemeEntry(.black, on: .white),
        .statusKey: ThemeEntry(.blue, on: .white, [.bold]),
        .highlight: ThemeEntry(.yellow, [.bold, .underline]),
        .selectedHighlight: ThemeEntry(.black, on: .cyan, [.bold, .underline]),
        .input: ThemeEntry(.terminalDefault, [.underline]),
        .error: ThemeEntry(.white, on: .red, [.bold]),
        .chart1: ThemeEntry(.blue),
        .chart2: ThemeEntry(.green),
        .chart3: ThemeEntry(.yellow),
        .chart4: ThemeEntry(.magenta),
        .chart5: ThemeEntry(.cyan),
        .chart6: ThemeEntry(.red),
    ])

    /// For `NO_COLOR` and terminals without colour: every distinction that matters is kept with
    /// bold, reverse, underline and dim.
    public static let monochrome = Theme(name: "monochrome", entries: [
        .normal: ThemeEntry(),
        .header: ThemeEntry(.terminalDefault, [.bold, .underline]),
        .selected: ThemeEntry(.terminalDefault, [.reverse]),
        .selectedInactive: ThemeEntry(.terminalDefault, [.reverse, .dim]),
        .focused: ThemeEntry(.terminalDefault, [.bold]),
        .muted: ThemeEntry(.terminalDefault, [.dim]),
        .overdue: ThemeEntry(.terminalDefault, [.bold, .underline]),
        .dueToday: ThemeEntry(.terminalDefault, [.bold]),
        .warning: ThemeEntry(.terminalDefault, [.bold]),
        .positive: ThemeEntry(),
        .negative: ThemeEntry(.terminalDefault, [.underline]),
        .accent: ThemeEntry(.terminalDefault, [.bold]),
        .border: ThemeEntry(),
        .borderFocused: ThemeEntry(.terminalDefault, [.bold]),
        .title: ThemeEntry(.terminalDefault, [.bold]),
        .statusBar: ThemeEntry(.terminalDefault, [.reverse]),
        .statusKey: ThemeEntry(.terminalDefault, [.reverse, .bold]),
        .highlight: ThemeEntry(.terminalDefault, [.bold, .underline]),
        .selectedHighlight: ThemeEntry(.terminalDefault, [.reverse, .bold, .underline]),
        .input: ThemeEntry(.terminalDefault, [.underline]),
        .error: ThemeEntry(.terminalDefault, [.bold, .reverse]),
        .chart1: ThemeEntry(),
        .chart2: ThemeEntry(.terminalDefault, [.bold]),
        .chart3: ThemeEntry(.terminalDefault, [.dim]),
        .chart4: ThemeEntry(.terminalDefault, [.underline]),
        .chart5: ThemeEntry(.terminalDefault, [.reverse]),
        .chart6: ThemeEntry(.terminalDefault, [.bold, .underline]),
    ])

    /// Monochrome when `NO_COLOR` is set and non-empty (https://no-color.org) or the terminal has
    /// no colours; the standard theme otherwise.
    public static func automatic(environment: [String: String], terminalHasColors: Bool) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return terminalHasColors ? .standard : .monochrome
    }
}
