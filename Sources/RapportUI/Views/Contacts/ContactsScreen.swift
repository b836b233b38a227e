import RapportCore

/// View 2: not built yet; it shows an honest empty state. Its actions, state, keys, update and
/// drawing live in this folder and plug into the shell through `ViewDispatch`.
public enum ContactsAction: Hashable, Sendable {
    /// Shows this contact's detail pane.
    case open(ContactID)
}

public struct ContactsState: Hashable, Sendable {
    public init() {}
}

enum ContactsScreen {
    static let keymap = Keymap<AppAction>()

    static func perform(_ action: ContactsAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch action {
        case .open: return []
        }
    }

    /// True while a form or dialog of this view is open: it then gets every key first.
    static func hasModal(_ state: AppState) -> Bool { false }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        EmptyView(title: "Contacts", explanation: ["The contact list and detail panes are not built yet."]).render(into: &buffer, area: area)
        return nil
    }
}
