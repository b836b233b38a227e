import RapportCanvas
import RapportCore

// TRANSITION (removed when the last screen is moved): screens still written against the whole
// `AppState`, registered through the same hooks as a `Screen`. Each screen's move to the
// contract deletes its entry here and adds `RegisteredScreen(XScreen.self)` to `Screens.all`.

extension RegisteredScreen {
    init<Action: Hashable & Sendable>(
        legacy id: ViewID, title: String, action: Action.Type,
        keymap: @escaping @Sendable () -> Keymap<AppAction>,
        hasModal: @escaping @Sendable (AppState) -> Bool,
        handleModalKey: @escaping @Sendable (KeyEvent, inout AppState, AppEnvironment) -> [Effect],
        perform: @escaping @Sendable (Action, inout AppState, AppEnvironment) -> [Effect],
        render: @escaping @Sendable (AppState, inout CellBuffer, Rect, AppEnvironment) -> CursorPosition?,
        heldSelection: @escaping @Sendable (AppState, AppEnvironment) -> HeldSelection? = { _, _ in nil },
        follow: @escaping @Sendable (HeldSelection, inout AppState, AppEnvironment) -> Void = { _, _, _ in },
        legend: [KeyHelpSection] = []
    ) {
        self.id = id
        self.title = { title }
        self.keymap = keymap
        self.legend = { legend }
        self.installState = { _ in }
        self.hasModal = hasModal
        self.modalKeys = { _ in nil }
        self.handleModalKey = handleModalKey
        self.perform = { screenAction, state, environment in
            guard let action = screenAction.legacyValue(as: Action.self) else { return [] }
            return perform(action, &state, environment)
        }
        self.render = render
        self.heldSelection = heldSelection
        self.follow = follow
    }
}

extension ScreenAction {
    init<Action: Hashable & Sendable>(legacy view: ViewID, _ action: Action) {
        self.init(view: view, value: action)
    }
}

enum LegacyScreens {
    static let board = RegisteredScreen(
        legacy: .board, title: "Board", action: BoardAction.self, keymap: { BoardScreen.keymap },
        hasModal: BoardScreen.hasModal, handleModalKey: BoardScreen.handleModalKey, perform: BoardScreen.perform,
        render: BoardScreen.render,
        heldSelection: { state, environment in BoardScreen.focusedCard(state, environment).map(HeldSelection.opportunity) },
        follow: { held, state, environment in
            if case .opportunity(let id) = held { BoardScreen.follow(id, state: &state, environment: environment) }
        },
        legend: [CardMarker.helpSection])
}

extension ViewID {
    public static let board = ViewID("board")
}

extension AppAction {
    static func board(_ action: BoardAction) -> AppAction { .screen(ScreenAction(legacy: .board, action)) }
}
