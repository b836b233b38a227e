import Foundation
import RapportCanvas
import RapportCore

/// Keys while the filter is being typed or a form or dialog is open: they all go there first.
extension BoardScreen {
    static func handleModal(_ key: KeyEvent, state: inout BoardState, context: inout BoardContext) -> [Effect] {
        if state.isEditingFilter, state.modal == nil {
            handleFilterKey(key, state: &state, context: context)
            return []
        }
        guard let modal = state.modal else { return [] }
        let now = context.now
        let today = context.today
        switch modal {
        case .opportunityForm(var form):
            let answer = form.fields.handle(key, book: context.book)
            guard let values = DialogResult.answer(answer, closing: &state.modal, stillOpen: .opportunityForm(form)) else { return [] }
            switch form.draft(from: values, book: context.book, today: today) {
            case .failure(let problem):
                form.fields.problem = problem.message
                state.modal = .opportunityForm(form)
            case .success(let draft):
                if let id = form.editing {
                    apply(BoardChanges.update(id, with: draft, in: context.book, at: now), state: &state, context: &context)
                    if state.pane == nil { focus(on: id, state: &state, context: context, clearingFilterIfHidden: false) }
                } else {
                    let (outcome, id) = BoardChanges.create(draft, in: context.book, at: now)
                    if apply(outcome, state: &state, context: &context), let id {
                        state.pane = nil
                        focus(on: id, state: &state, context: context, clearingFilterIfHidden: true)
                    }
                }
            }
        case .offerForm(var form):
            let answer = form.fields.handle(key, book: context.book)
            if let values = DialogResult.answer(answer, closing: &state.modal, stillOpen: .offerForm(form)) {
                guard let opportunity = context.book.opportunities[form.opportunityID],
                      let offer = form.offer(from: values, currency: opportunity.amount.currency,
                                             settings: context.book.settings, today: today) else { return [] }
                apply(BoardChanges.addOffer(offer, to: opportunity.id, in: context.book, at: now), state: &state, context: &context)
            }
        case .taskForm(var form):
            let answer = form.fields.handle(key, book: context.book)
            if let values = DialogResult.answer(answer, closing: &state.modal, stillOpen: .taskForm(form)) {
                guard let task = form.values(from: values, today: today) else { return [] }
                apply(BoardChanges.addTask(task.type, summary: task.summary, due: task.due, time: task.time,
                                           to: form.opportunityID, in: context.book, at: now),
                      state: &state, context: &context)
            }
        case .movePipeline(var picker):
            if let choice = DialogResult.answer(picker.handle(key), closing: &state.modal, stillOpen: .movePipeline(picker)) {
                movePipeline(picker.opportunityID, to: choice, state: &state, context: &context)
            }
        case .lostReason(var picker):
            if let reason = DialogResult.answer(picker.handle(key), closing: &state.modal, stillOpen: .lostReason(picker)) {
                let id = picker.opportunityID
                if Opportunity.isCompetitorReason(reason), let opportunity = context.book.opportunities[id] {
                    let competitors = ChoicePicker(opportunityID: id, choices: KnownCompetitors.of(opportunity, in: context.book))
                    state.modal = .competitor(competitors, reason: reason)
                } else {
                    close(PendingClose(opportunityID: id, outcome: .lost(reason: reason, competitor: nil)), state: &state,
                          context: &context)
                }
            }
        case .competitor(var picker, let reason):
            if let competitor = DialogResult.answer(picker.handle(key), closing: &state.modal, stillOpen: .competitor(picker, reason: reason)) {
                close(PendingClose(opportunityID: picker.opportunityID, outcome: .lost(reason: reason, competitor: competitor)),
                      state: &state, context: &context)
            }
        case .closeTasks(let pending, let tasks, var confirm):
            guard let answer = confirm.handle(key) else {
                state.modal = .closeTasks(pending, tasks: tasks, confirm)
                return []
            }
            state.modal = nil
            finish(pending, closing: answer ? tasks : [], state: &state, context: &context)
        case .interaction(let id, var form):
            if let values = DialogResult.answer(form.handle(key), closing: &state.modal, stillOpen: .interaction(id, form)) {
                guard let opportunity = context.book.opportunities[id] else { return [] }
                let contactID = opportunity.contactID
                let links = ActivityLinks(contactID: contactID,
                                          companyID: opportunity.companyID ?? contactID.flatMap { context.book.contacts[$0]?.companyID },
                                          opportunityID: id)
                guard let (book, label) = ActivityForms.loggedInteraction(values, links: links, in: context.book,
                                                                         clock: context.clock) else { return [] }
                context.commit(book, label: label, state: &state)
            }
        case .confirmDelete(let id, var confirm):
            switch confirm.handle(key) {
            case nil:
                state.modal = .confirmDelete(id, confirm)
            case false?:
                state.modal = nil
            case true?:
                state.modal = nil
                if apply(BoardChanges.delete(id, in: context.book, activities: state.caches.activityIndex(context.book), at: now), state: &state, context: &context) {
                    if state.pane?.opportunityID == id { state.pane = nil }
                    keepFocusInRange(&state, context)
                }
            }
        }
        return []
    }

    /// `/` types into the filter and the board follows each key. Enter keeps the filter and goes
    /// back to moving around; Esc clears it.
    private static func handleFilterKey(_ key: KeyEvent, state: inout BoardState, context: BoardContext) {
        switch filterKeymap.action(for: key) {
        case .keep?:
            state.isEditingFilter = false
        case .clear?:
            state.isEditingFilter = false
            state.filter.clear()
        case nil:
            let before = state.filter.text
            state.filter.handle(key)
            guard state.filter.text != before else { return }
        }
        state.focusedRow = 0
        state.rowOffsets = [:]
        syncScroll(&state, context)
    }
}

/// What a key does while `/` types into the board's filter; every other key edits the text.
enum BoardFilterAction: Hashable, Sendable {
    case keep, clear
}

extension BoardScreen {
    static let filterKeymap: Keymap<BoardFilterAction> = {
        var keys = Keymap<BoardFilterAction>()
        keys.bind(["enter", "down", "up", "tab"], .keep, "Keep the filter and move around", hint: true, keyLabel: "Enter")
        keys.bind(["esc"], .clear, "Clear the filter", hint: true)
        return keys
    }()
}
