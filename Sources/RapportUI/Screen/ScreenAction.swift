/// A screen's own action inside an `AppAction`, with the screen it belongs to: the shell routes
/// it without knowing the screen's action type, so adding a screen never touches `AppAction`.
public struct ScreenAction: Hashable, Sendable, CustomStringConvertible {
    public let view: ViewID
    private let value: any Hashable & Sendable

    public init<S: Screen>(_ screen: S.Type, _ action: S.Action) {
        self.init(view: S.id, value: action)
    }

    private init(view: ViewID, value: any Hashable & Sendable) {
        self.view = view
        self.value = value
    }

    /// The action, if it is one of `screen`'s.
    public func action<S: Screen>(of screen: S.Type) -> S.Action? {
        view == S.id ? value as? S.Action : nil
    }

    public static func == (lhs: ScreenAction, rhs: ScreenAction) -> Bool {
        lhs.view == rhs.view && AnyHashable(lhs.value) == AnyHashable(rhs.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(view)
        hasher.combine(AnyHashable(value))
    }

    /// "board.markWon": how a binding is named in the user's config and in test failures.
    public var description: String { "\(view).\(String(describing: value))" }
}
