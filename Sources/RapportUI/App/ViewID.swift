/// Which top-level screen is shown. Each screen declares its own in its folder
/// (`extension ViewID { static let board = ViewID("board") }`); the registry orders them.
public struct ViewID: Hashable, Sendable, CustomStringConvertible {
    /// Stable: it names the screen in the user's config and in saved state.
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    /// The screen's tab title.
    public var title: String { Screens.screen(self).title() }

    public var description: String { name }

    /// The number key that shows it: its place in the tab bar.
    public var number: Int { Screens.number(of: self) }

    /// Every screen, in tab order.
    public static var allCases: [ViewID] { Screens.ids }
}
