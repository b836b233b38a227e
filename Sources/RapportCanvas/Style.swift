/// What a piece of text *means* on screen. The backend's theme turns roles into colours, so
/// RapportUI never mentions a colour and a monochrome terminal still shows every distinction.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal
    case header
    case selected
    /// The selected row of a list that does not have the focus.
    case selectedInactive
    case focused
    case muted
    case overdue
    case dueToday
    case warning
    case positive
    case negative
    case accent
    case border
    /// Border of the panel or dialog that has the focus.
    case borderFocused
    case title
    case statusBar
    /// The key names inside the status bar hints.
    case statusKey
    /// Matched letters in a search result.
    case highlight
    /// Matched letters inside the selected row (the selection's background must stay).
    case selectedHighlight
    case input
    case error
    case chart1, chart2, chart3, chart4, chart5, chart6
}

/// Attributes every terminal can show, colour or not.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// A role plus extra attributes, e.g. `.header.adding(.underline)`.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var role: StyleRole
    public var attributes: TextAttributes

    public init(_ role: StyleRole = .normal, attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes: attributes.union(extra))
    }

    public var bold: Style { adding(.bold) }
    public var underlined: Style { adding(.underline) }
    public var reversed: Style { adding(.reverse) }

    public var description: String {
        var names: [String] = []
        if attributes.contains(.bold) { names.append("bold") }
        if attributes.contains(.underline) { names.append("underline") }
        if attributes.contains(.reverse) { names.append("reverse") }
        if attributes.contains(.dim) { names.append("dim") }
        if attributes.contains(.italic) { names.append("italic") }
        return names.isEmpty ? role.rawValue : "\(role.rawValue)+\(names.joined(separator: "+"))"
    }

    public static let normal = Style(.normal)
    public static let header = Style(.header)
    public static let selected = Style(.selected)
    public static let selectedInactive = Style(.selectedInactive)
    public static let focused = Style(.focused)
    public static let muted = Style(.muted)
    public static let overdue = Style(.overdue)
    public static let dueToday = Style(.dueToday)
    public static let warning = Style(.warning)
    public static let positive = Style(.positive)
    public static let negative = Style(.negative)
    public static let accent = Style(.accent)
    public static let border = Style(.border)
    public static let borderFocused = Style(.borderFocused)
    public static let title = Style(.title)
    public static let statusBar = Style(.statusBar)
    public static let statusKey = Style(.statusKey)
    public static let highlight = Style(.highlight)
    public static let selectedHighlight = Style(.selectedHighlight)
    public static let input = Style(.input)
    public static let error = Style(.error)
}
