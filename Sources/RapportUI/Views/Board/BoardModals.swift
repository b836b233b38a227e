import Foundation
import RapportCanvas
import RapportCore

/// Keys while the filter is being typed or a form or dialog is open: they all go there first.
extension BoardScreen {
    static func hasModal(_ state: AppState) -> Bool {
        state.board.modal != nil || state.board.isEditingFilter
    }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        if state.board.isEditingFilter, state.board.modal == nil {
            handleFilterKey(key, state: &state, environment: environment)
            return []
        }
        guard let modal = state.board.modal else { return [] }
        let now = environment.clock.now
        let today = environment.clock.today
        switch modal {
        case .opportunityForm(var form):
            switch form.fields.handle(key, book: state.book) {
            case nil:
                state.board.modal = .opportunityForm(form)
            case .cancelled?:
                state.board.modal = nil
            case .submitted(let values)?:
                switch form.draft(from: values, book: state.book, today: today) {
                case .failure(let problem):
                    form.fields.problem = problem.message
                    state.board.modal = .opportunityForm(form)
                case .success(let draft):
                    state.board.modal = nil
                    if let id = form.editing {
                        apply(BoardChanges.update(id, with: draft, in: state.book, at: now), state: &state, environment: environment)
                        if state.board.pane == nil { focus(on: id, state: &state, environment: environment, clearingFilterIfHidden: false) }
                    } else {
                        let (outcome, id) = BoardChanges.create(draft, in: state.book, at: now)
                        if apply(outcome, state: &state, environment: environment), let id {
                            state.board.pane = nil
                            focus(on: id, state: &state, environment: environment, clearingFilterIfHidden: true)
                        }
                    }
                }
            }
        case .offerForm(var form):
            switch form.fields.handle(key, book: state.book) {
            case nil:
                state.board.modal = .offerForm(form)
            case .cancelled?:
                state.board.modal = nil
            case .submitted(let values)?:
                state.board.modal = nil
                guard let opportunity = state.book.opportunities[form.opportunityID],
                      let offer = form.offer(from: values, currency: opportunity.amount.currency,
                                             settings: state.book.settings, today: today) else { return [] }
                apply(BoardChanges.addOffer(offer, to: opportunity.id, in: state.book, at: now), state: &state, environment: environment)
            }
        case .taskForm(var form):
            switch form.fields.handle(key, book: state.book) {
            case nil:
                state.board.modal = .taskForm(form)
            case .cancelled?:
                state.board.modal = nil
            case .submitted(let values)?:
                state.board.modal = nil
                guard let task = form.values(from: values, today: today) else { return [] }
                apply(BoardChanges.addTask(task.type, summary: task.summary, due: task.due, time: task.time,
                                           to: form.opportunityID, in: state.book, at: now),
                      state: &state, environment: environment)
            }
        case .lostReason(var picker):
            switch picker.handle(key) {
            case nil:
                state.board.modal = .lostReason(picker)
            case .cancelled?:
                state.board.modal = nil
            case .submitted(let reason)?:
                state.board.modal = nil
                let id = picker.opportunityID
                if Opportunity.isCompetitorReason(reason), let opportunity = state.book.opportunities[id] {
                    let competitors = ChoicePicker(opportunityID: id, choices: KnownCompetitors.of(opportunity, in: state.book))
                    state.board.modal = .competitor(competitors, reason: reason)
                } else {
                    close(PendingClose(opportunityID: id, outcome: .lost(reason: reason, competitor: nil)), state: &state,
                          environment: environment)
                }
            }
        case .competitor(var picker, let reason):
            switch picker.handle(key) {
            case nil:
                state.board.modal = .competitor(picker, reason: reason)
            case .cancelled?:
                state.board.modal = nil
            case .submitted(let competitor)?:
                state.board.modal = nil
                close(PendingClose(opportunityID: picker.opportunityID, outcome: .lost(reason: reason, competitor: competitor)),
                      state: &state, environment: environment)
            }
        case .closeTasks(let pending, let tasks, var confirm):
            guard let answer = confirm.handle(key) else {
                state.board.modal = .closeTasks(pending, tasks: tasks, confirm)
                return []
            }
            state.board.modal = nil
            finish(pending, closing: answer ? tasks : [], state: &state, environment: environment)
        case .interaction(let id, var form):
            switch form.handle(key) {
            case nil:
                state.board.modal = .interaction(id, form)
            case .cancelled?:
                state.board.modal = nil
            case .submitted(let values)?:
                state.board.modal = nil
                guard let opportunity = state.book.opportunities[id] else { return [] }
                let contactID = opportunity.contactID
                let links = ActivityLinks(contactID: contactID,
                                          companyID: opportunity.companyID ?? contactID.flatMap { state.book.contacts[$0]?.companyID },
                                          opportunityID: id)
                ActivityForms.commitInteraction(values, links: links, state: &state, environment: environment)
            }
        case .confirmDelete(let id, var confirm):
            switch confirm.handle(key) {
            case nil:
                state.board.modal = .confirmDelete(id, confirm)
            case false?:
                state.board.modal = nil
            case true?:
                state.board.modal = nil
                if apply(BoardChanges.delete(id, in: state.book, at: now), state: &state, environment: environment) {
                    if state.board.pane?.opportunityID == id { state.board.pane = nil }
                    keepFocusInRange(&state, environment)
                }
            }
        }
        return []
    }

    /// `/` types into the filter and the board follows each key. Enter keeps the filter and goes
    /// back to moving around; Esc clears it.
    private static func handleFilterKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) {
        switch key {
        case .enter, .down, .up, .tab:
            state.board.isEditingFilter = false
        case .escape:
            state.board.isEditingFilter = false
            state.board.filter.clear()
        default:
            let before = state.board.filter.text
            state.board.filter.handle(key)
            guard state.board.filter.text != before else { return }
        }
        state.board.focusedRow = 0
        state.board.rowOffsets = [:]
        syncScroll(&state, environment)
    }
}
