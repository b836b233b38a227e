/// A colour as the user names it in config.json: "default", the eight ANSI names, "bright-" and
/// one of them, or "color0"…"color255". The terminal backend turns it into a curses colour.
public enum ColorName: Hashable, Sendable {
    case terminalDefault
    /// 0-7: black, red, green, yellow, blue, magenta, cyan, white.
    case ansi(Int)
    /// 0-7, the bright variant.
    case bright(Int)
    case indexed(Int)

    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: lower) {
            self = .ansi(index)
        } else if lower.hasPrefix("bright-"), let index = Self.ansiNames.firstIndex(of: String(lower.dropFirst("bright-".count))) {
            self = .bright(index)
        } else if lower.hasPrefix("color"), let number = Int(lower.dropFirst("color".count)), (0...255).contains(number) {
            self = .indexed(number)
        } else {
            return nil
        }
    }

    /// The name config.json uses, which `init(name:)` reads back.
    public var name: String {
        switch self {
        case .terminalDefault: return "default"
        case .ansi(let index): return Self.ansiNames[index]
        case .bright(let index): return "bright-" + Self.ansiNames[index]
        case .indexed(let number): return "color\(number)"
        }
    }
}

/// How the user wants one style role to look; what is nil or not mentioned keeps the theme's.
public struct RoleStyleOverride: Hashable, Sendable {
    public var foreground: ColorName?
    public var background: ColorName?
    /// Attributes turned on (`"bold": true`) and off (`"bold": false`).
    public var adding: TextAttributes
    public var removing: TextAttributes

    public init(foreground: ColorName? = nil, background: ColorName? = nil, adding: TextAttributes = [], removing: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.adding = adding
        self.removing = removing
    }

    /// `attributes` with this override's turned on and off.
    public func attributes(over attributes: TextAttributes) -> TextAttributes {
        attributes.subtracting(removing).union(adding)
    }
}

/// The theme part of config.json: the roles the user restyled. Lives here, not in the UI, because
/// the terminal backend applies it and does not know the UI.
public struct ThemeOverrides: Hashable, Sendable {
    public var roles: [StyleRole: RoleStyleOverride]

    public init(roles: [StyleRole: RoleStyleOverride] = [:]) {
        self.roles = roles
    }

    public var isEmpty: Bool { roles.isEmpty }
}

extension TextAttributes {
    /// The attributes config.json can set, by name, in the order they are written.
    public static let configNames: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("italic", .italic),
    ]
}
