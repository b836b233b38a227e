import RapportCanvas

extension TerminalColor {
    public init(_ name: ColorName) {
        switch name {
        case .terminalDefault: self = .terminalDefault
        case .ansi(let index): self = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white][index & 7]
        case .bright(let index):
            self = [.brightBlack, .brightRed, .brightGreen, .brightYellow, .brightBlue, .brightMagenta, .brightCyan, .brightWhite][index & 7]
        case .indexed(let number): self = .indexed(number)
        }
    }

    /// The name config.json uses for this colour.
    public var colorName: ColorName {
        switch self {
        case .terminalDefault: return .terminalDefault
        case .black: return .ansi(0)
        case .red: return .ansi(1)
        case .green: return .ansi(2)
        case .yellow: return .ansi(3)
        case .blue: return .ansi(4)
        case .magenta: return .ansi(5)
        case .cyan: return .ansi(6)
        case .white: return .ansi(7)
        case .brightBlack: return .bright(0)
        case .brightRed: return .bright(1)
        case .brightGreen: return .bright(2)
        case .brightYellow: return .bright(3)
        case .brightBlue: return .bright(4)
        case .brightMagenta: return .bright(5)
        case .brightCyan: return .bright(6)
        case .brightWhite: return .bright(7)
        case .indexed(let number): return .indexed(number)
        }
    }
}

extension Theme {
    /// This theme with the user's styles over it. Without `colors` (NO_COLOR, a terminal without
    /// colours) only the attributes apply: colours are what the user or the terminal ruled out.
    public func applying(_ overrides: ThemeOverrides, colors colorsAllowed: Bool = true) -> Theme {
        guard !overrides.isEmpty else { return self }
        var result = self
        for (role, override) in overrides.roles {
            var entry = self[role]
            if colorsAllowed {
                if let foreground = override.foreground { entry.foreground = TerminalColor(foreground) }
                if let background = override.background { entry.background = TerminalColor(background) }
            }
            entry.attributes = override.attributes(over: entry.attributes)
            result.entries[role] = entry
        }
        return result
    }

    /// Every role of this theme written as the user would override it: `rapport config --defaults`.
    public var asOverrides: ThemeOverrides {
        var roles: [StyleRole: RoleStyleOverride] = [:]
        for role in StyleRole.allCases {
            let entry = self[role]
            let all = TextAttributes.configNames.reduce(into: TextAttributes()) { $0.insert($1.attribute) }
            roles[role] = RoleStyleOverride(foreground: entry.foreground.colorName, background: entry.background.colorName,
                                            adding: entry.attributes, removing: all.subtracting(entry.attributes))
        }
        return ThemeOverrides(roles: roles)
    }
}
