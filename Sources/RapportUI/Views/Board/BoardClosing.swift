import RapportCore
import RapportCanvas

/// A deal about to be won or lost, held while the dialogs ask what goes with it (which
/// competitor, its open tasks): nothing changes until the last answer, then it is one change,
/// undone in one step.
struct PendingClose: Hashable, Sendable {
    enum Outcome: Hashable, Sendable {
        case won
        case lost(reason: String, competitor: String?)
    }

    var opportunityID: OpportunityID
    var outcome: Outcome
}

extension BoardScreen {
    /// Asks whether to close the deal's open tasks, when it has some (a won deal's follow-up
    /// call would stay in the agenda otherwise); closes the deal at once when it has none.
    static func close(_ pending: PendingClose, state: inout BoardState, context: inout BoardContext) {
        let tasks = BoardChanges.openTasks(of: pending.opportunityID, in: context.book,
                                           activities: state.caches.activityIndex(context.book))
        guard tasks.isEmpty else {
            state.modal = .closeTasks(pending, tasks: tasks, ConfirmState(defaultConfirm: true))
            return
        }
        finish(pending, closing: [], state: &state, context: &context)
    }

    static func finish(_ pending: PendingClose, closing tasks: [ActivityID], state: inout BoardState,
                       context: inout BoardContext) {
        let now = context.now
        let id = pending.opportunityID
        switch pending.outcome {
        case .won:
            apply(BoardChanges.markWon(id, closing: tasks, in: context.book, at: now), state: &state, context: &context)
        case .lost(let reason, let competitor):
            apply(BoardChanges.markLost(id, reason: reason, competitor: competitor, closing: tasks, in: context.book, at: now),
                  state: &state, context: &context)
        }
    }
}
