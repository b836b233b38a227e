import RapportCore

/// View 1: not built yet; it shows an honest empty state. Its actions, state, keys, update and
/// drawing live in this folder and plug into the shell through `ViewDispatch`.
public enum BoardAction: Hashable, Sendable {
    /// Shows the board with this opportunity focused (from a contact's pane, the palette…).
    case focusOpportunity(OpportunityID)
}

public struct BoardState: Hashable, Sendable {
    public init() {}
}

enum BoardScreen {
    static let keymap = Keymap<AppAction>()

    static func perform(_ action: BoardAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch action {
        case .focusOpportunity: return []
        }
    }

    /// True while a form or dialog of this view is open: it then gets every key first.
    static func hasModal(_ state: AppState) -> Bool { false }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        EmptyView(title: "Board", explanation: ["The pipeline board is not built yet."]).render(into: &buffer, area: area)
        return nil
    }
}
