import RapportCore
@testable import RapportUI

/// The board's reads as the tests ask them: of the whole app's state, through the context the
/// shell would give the board.
extension BoardScreen {
    static func context(_ app: AppState, _ environment: AppEnvironment) -> BoardContext {
        BoardContext(app: app, environment: environment)
    }

    static func focusedCard(_ app: AppState, _ environment: AppEnvironment) -> OpportunityID? {
        focusedCard(app.board, context(app, environment))
    }

    static func columns(_ app: AppState, _ environment: AppEnvironment) -> [BoardColumn] {
        columns(app.board, context(app, environment))
    }

    static func hasModal(_ app: AppState) -> Bool { hasModal(app.board) }

    static func focus(on id: OpportunityID, state app: inout AppState, environment: AppEnvironment, clearingFilterIfHidden: Bool) {
        let context = context(app, environment)
        focus(on: id, state: &app.board, context: context, clearingFilterIfHidden: clearingFilterIfHidden)
    }
}
