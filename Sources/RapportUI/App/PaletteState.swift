import RapportCanvas

/// The `:` command palette: a query and the selected match.
public struct PaletteState: Hashable, Sendable {
    public var query = TextInputState()
    public var selected = 0

    public init() {}
}

/// One entry of the palette: every binding of every view, named so it can be found by typing.
public struct PaletteCommand: Hashable, Sendable {
    public var title: String
    public var keyLabel: String
    public var action: AppAction
    /// The view the action belongs to; the palette switches there first. Nil for global actions.
    public var view: ViewID?

    public init(title: String, keyLabel: String, action: AppAction, view: ViewID?) {
        self.title = title
        self.keyLabel = keyLabel
        self.action = action
        self.view = view
    }
}
