import Foundation
import RapportCanvas
import RapportCore

enum ActivitiesUpdate {
    static func update(_ action: ActivitiesAction, state: inout ActivitiesState, context: inout ScreenContext<ActivitiesScreen>) -> [Effect] {
        state.list.setItemCount(ActivitiesScreen.itemCount(state, context))
        let page = ActivitiesScreen.pageSize(context.size)
        let selected = state.list.selected
        switch action {
        case .moveUp: state.list.moveBy(-1)
        case .moveDown: state.list.moveBy(1)
        case .pageUp: state.list.moveBy(-max(1, page - 1))
        case .pageDown: state.list.moveBy(max(1, page - 1))
        case .top: state.list.moveToTop()
        case .bottom: state.list.moveToBottom()
        case .switchTab:
            state.tab = state.tab == .agenda ? .tickets : .agenda
            state.list = ListState(itemCount: ActivitiesScreen.itemCount(state, context))
        case .planTask:
            state.modal = .planTask(ActivityForms.taskForm(today: context.today))
        case .jump, .markDone, .reschedule, .skipOccurrence:
            guard let selected else {
                context.show("Nothing selected", severity: .warning)
                return []
            }
            if state.tab == .tickets {
                let tickets = ActivitiesScreen.tickets(context.book)
                guard tickets.indices.contains(selected) else { return [] }
                performOnTicket(action, ticket: tickets[selected], state: &state, context: &context)
                return []
            }
            let agenda = ActivitiesScreen.agenda(state, context)
            // Below the tasks: the contacts due a touch (ActivitiesKeepInTouch.swift).
            if selected >= agenda.taskCount {
                ActivitiesKeepInTouch.perform(action, at: selected - agenda.taskCount, state: state, context: &context)
                return []
            }
            guard let task = agenda.task(at: selected) else { return [] }
            performOnTask(action, task: task, state: &state, context: &context)
        }
        return []
    }

    private static func performOnTask(_ action: ActivitiesAction, task: Activity, state: inout ActivitiesState,
                                      context: inout ScreenContext<ActivitiesScreen>) {
        switch action {
        case .jump:
            if let contactID = task.contactID {
                context.perform(.contacts(.open(contactID)))
            } else if let opportunityID = task.opportunityID {
                context.perform(.board(.focusOpportunity(opportunityID)))
            } else if let companyID = task.companyID {
                context.perform(.companies(.open(companyID)))
            } else {
                context.show("This task is not linked to a record", severity: .warning)
            }
        case .markDone:
            var book = context.book
            let logged = TaskActions.complete(task.id, in: &book, at: context.now)
            var label = "Done: \(task.summary)" + (logged == nil ? "" : " (logged)")
            if task.recurrence != nil {
                // The day `complete` planned the next occurrence on (the same pure rule).
                let next = task.dueDate.flatMap { task.recurrence?.next(after: $0)?.day }
                label = next.map { Messages.calendarDoneNext.text(["summary": task.summary, "date": $0.description]) }
                    ?? Messages.calendarDoneLast.text(["summary": task.summary])
            }
            context.commit(book, label: label, state: &state)
            state.list.setItemCount(ActivitiesScreen.itemCount(state, context))
        case .skipOccurrence:
            var book = context.book
            switch RecurringTasks.skip(task.id, in: &book, at: context.now) {
            case .moved(let day):
                context.commit(book, label: Messages.calendarSkipped.text(["summary": task.summary, "date": day.description]), state: &state)
            case .lastOccurrence:
                context.show(Messages.calendarSkipLast.text(["summary": task.summary]), severity: .warning)
            case .notRecurring, .notAnOpenTask:
                context.show(Messages.calendarSkipNotRecurring.text(["summary": task.summary]), severity: .warning)
            }
        case .reschedule:
            state.modal = .reschedule(task.id, PromptState())
        default:
            break
        }
    }

    private static func performOnTicket(_ action: ActivitiesAction, ticket: Ticket, state: inout ActivitiesState,
                                        context: inout ScreenContext<ActivitiesScreen>) {
        switch action {
        case .jump:
            guard let contactID = ticket.contactID else {
                context.show("This ticket's contact was erased", severity: .warning)
                return
            }
            context.perform(.contacts(.open(contactID)))
        case .markDone:
            guard ticket.status != .closed else {
                context.show("Already closed")
                return
            }
            var book = context.book
            let now = context.now
            book.tickets.update(ticket.id) { $0.status = .closed; $0.closedAt = now; $0.updatedAt = now }
            context.commit(book, label: "Closed ticket \(ticket.id): \(ticket.subject)", state: &state)
        case .reschedule, .skipOccurrence:
            context.show("Tickets have no due date; x closes one")
        default:
            break
        }
    }
}
