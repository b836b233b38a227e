import RapportCore

/// View 4: not built yet; it shows an honest empty state. Its actions, state, keys, update and
/// drawing live in this folder and plug into the shell through `ViewDispatch`.
public enum ActivitiesAction: Hashable, Sendable {}

public struct ActivitiesState: Hashable, Sendable {
    public init() {}
}

enum ActivitiesScreen {
    static let keymap = Keymap<AppAction>()

    static func perform(_ action: ActivitiesAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        []
    }

    /// True while a form or dialog of this view is open: it then gets every key first.
    static func hasModal(_ state: AppState) -> Bool { false }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        EmptyView(title: "Activities", explanation: ["The agenda of tasks and follow-ups is not built yet."]).render(into: &buffer, area: area)
        return nil
    }
}
