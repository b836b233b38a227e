import Foundation
import RapportCanvas
import RapportCore

/// View 4: the agenda of planned tasks (overdue, today, this week, later) and the tickets.
enum ActivitiesScreen {
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["j", "down"], .activities(.moveDown), "Next task", group: "Activities", keyLabel: "j/↓")
        keys.bind(["k", "up"], .activities(.moveUp), "Previous task", group: "Activities", keyLabel: "k/↑")
        keys.bind(["pgdn", "ctrl-f"], .activities(.pageDown), "Page down the agenda", group: "Activities")
        keys.bind(["pgup", "ctrl-b"], .activities(.pageUp), "Page up the agenda", group: "Activities")
        keys.bind(["g", "home"], .activities(.top), "First task", group: "Activities")
        keys.bind(["G", "end"], .activities(.bottom), "Last task", group: "Activities")
        keys.bind(["enter", "o"], .activities(.jump), "Jump to the contact or deal", group: "Activities", hint: true, keyLabel: "Enter")
        keys.bind(["x"], .activities(.markDone), "Done (logs the interaction) / close the ticket", group: "Activities", hint: true)
        keys.bind(["s"], .activities(.skipOccurrence), Messages.calendarKeySkip.text, group: "Activities")
        keys.bind(["r"], .activities(.reschedule), "Reschedule: +1d, +1w or a date", group: "Activities", hint: true)
        keys.bind(["t"], .activities(.planTask), "Plan a task", group: "Activities")
        keys.bind(["[", "]"], .activities(.switchTab), "Agenda / tickets", group: "Activities", hint: true, keyLabel: "[ ]")
        return keys
    }()

    // MARK: Derived data

    static func agenda(_ state: AppState, environment: AppEnvironment) -> Agenda {
        let now = environment.clock.now
        let key = ActivitiesCaches.AgendaKey(activities: state.book.activities.revision, minute: Int(now.timeIntervalSince1970 / 60))
        return state.activities.caches.agenda.value(for: key) {
            Agenda(activities: state.book.activities, now: now, timeZone: environment.clock.timeZone)
        }
    }

    /// Open tickets first (urgent first), then pending, then closed, newest first within each.
    static func tickets(_ state: AppState) -> [Ticket] {
        func rank(_ status: TicketStatus) -> Int { status == .open ? 0 : status == .pending ? 1 : 2 }
        func urgency(_ priority: TicketPriority) -> Int { TicketPriority.allCases.count - (TicketPriority.allCases.firstIndex(of: priority) ?? 0) }
        return state.book.tickets.all.sorted { a, b in
            if rank(a.status) != rank(b.status) { return rank(a.status) < rank(b.status) }
            if a.status != .closed, a.priority != b.priority { return urgency(a.priority) < urgency(b.priority) }
            return (a.openedAt, a.id) > (b.openedAt, b.id)
        }
    }

    static func itemCount(_ state: AppState, environment: AppEnvironment) -> Int {
        state.activities.tab == .agenda
            ? agenda(state, environment: environment).taskCount + touches(state, environment: environment).count
            : state.book.tickets.count
    }

    static func pageSize(_ state: AppState) -> Int { max(1, state.size.height - 5) }

    // MARK: Update

    static func perform(_ action: ActivitiesAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        state.activities.list.setItemCount(itemCount(state, environment: environment))
        let page = pageSize(state)
        let selected = state.activities.list.selected
        switch action {
        case .moveUp: state.activities.list.moveBy(-1)
        case .moveDown: state.activities.list.moveBy(1)
        case .pageUp: state.activities.list.moveBy(-max(1, page - 1))
        case .pageDown: state.activities.list.moveBy(max(1, page - 1))
        case .top: state.activities.list.moveToTop()
        case .bottom: state.activities.list.moveToBottom()
        case .switchTab:
            state.activities.tab = state.activities.tab == .agenda ? .tickets : .agenda
            state.activities.list = ListState(itemCount: itemCount(state, environment: environment))
        case .planTask:
            state.activities.modal = .planTask(ActivityForms.taskForm(today: environment.clock.today))
        case .jump, .markDone, .reschedule, .skipOccurrence:
            guard let selected else {
                state.show("Nothing selected", severity: .warning, environment: environment)
                return []
            }
            if state.activities.tab == .tickets {
                let ticket = tickets(state)[selected]
                return performOnTicket(action, ticket: ticket, state: &state, environment: environment)
            }
            let agenda = agenda(state, environment: environment)
            // Below the tasks: the contacts due a touch (ActivitiesKeepInTouch.swift).
            if selected >= agenda.taskCount {
                return performOnTouch(action, at: selected - agenda.taskCount, state: &state, environment: environment)
            }
            guard let task = agenda.task(at: selected) else { return [] }
            return performOnTask(action, task: task, state: &state, environment: environment)
        }
        return []
    }

    private static func performOnTask(_ action: ActivitiesAction, task: Activity, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch action {
        case .jump:
            if let contactID = task.contactID { return App.perform(.contacts(.open(contactID)), state: &state, environment: environment) }
            if let opportunityID = task.opportunityID { return App.perform(.board(.focusOpportunity(opportunityID)), state: &state, environment: environment) }
            if let companyID = task.companyID { return App.perform(.companies(.open(companyID)), state: &state, environment: environment) }
            state.show("This task is not linked to a record", severity: .warning, environment: environment)
        case .markDone:
            var book = state.book
            let logged = TaskActions.complete(task.id, in: &book, at: environment.clock.now)
            var label = "Done: \(task.summary)" + (logged == nil ? "" : " (logged)")
            if task.recurrence != nil {
                // The day `complete` planned the next occurrence on (the same pure rule).
                let next = task.dueDate.flatMap { task.recurrence?.next(after: $0)?.day }
                label = next.map { Messages.calendarDoneNext.text(["summary": task.summary, "date": $0.description]) }
                    ?? Messages.calendarDoneLast.text(["summary": task.summary])
            }
            state.commit(book, label: label, environment: environment)
            state.activities.list.setItemCount(itemCount(state, environment: environment))
        case .skipOccurrence:
            var book = state.book
            switch RecurringTasks.skip(task.id, in: &book, at: environment.clock.now) {
            case .moved(let day):
                state.commit(book, label: Messages.calendarSkipped.text(["summary": task.summary, "date": day.description]),
                             environment: environment)
            case .lastOccurrence:
                state.show(Messages.calendarSkipLast.text(["summary": task.summary]), severity: .warning, environment: environment)
            case .notRecurring, .notAnOpenTask:
                state.show(Messages.calendarSkipNotRecurring.text(["summary": task.summary]), severity: .warning, environment: environment)
            }
        case .reschedule:
            state.activities.modal = .reschedule(task.id, PromptState())
        default:
            break
        }
        return []
    }

    private static func performOnTicket(_ action: ActivitiesAction, ticket: Ticket, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch action {
        case .jump:
            guard let contactID = ticket.contactID else {
                state.show("This ticket's contact was erased", severity: .warning, environment: environment)
                return []
            }
            return App.perform(.contacts(.open(contactID)), state: &state, environment: environment)
        case .markDone:
            guard ticket.status != .closed else {
                state.show("Already closed", environment: environment)
                return []
            }
            var book = state.book
            let now = environment.clock.now
            book.tickets.update(ticket.id) { $0.status = .closed; $0.closedAt = now; $0.updatedAt = now }
            state.commit(book, label: "Closed ticket \(ticket.id): \(ticket.subject)", environment: environment)
        case .reschedule, .skipOccurrence:
            state.show("Tickets have no due date; x closes one", environment: environment)
        default:
            break
        }
        return []
    }

    static func hasModal(_ state: AppState) -> Bool { state.activities.modal != nil }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch state.activities.modal {
        case .reschedule(let id, var prompt)?:
            switch prompt.handle(key) {
            case nil: state.activities.modal = .reschedule(id, prompt)
            case .cancelled?: state.activities.modal = nil
            case .submitted(let text)?:
                guard let task = state.book.activities[id],
                      let due = TaskActions.newDueDate(text, current: task.dueDate, today: environment.clock.today) else {
                    state.show(Messages.formsDateExpected.text(["example": DateInput.example()]), severity: .warning, environment: environment)
                    return []
                }
                state.activities.modal = nil
                var book = state.book
                book.activities.update(id) { $0.dueDate = due; $0.updatedAt = environment.clock.now }
                state.commit(book, label: "\(task.summary): due \(due)", environment: environment)
            }
        case .planTask(var form)?:
            switch form.handle(key) {
            case nil: state.activities.modal = .planTask(form)
            case .cancelled?: state.activities.modal = nil
            case .submitted(let values)?:
                state.activities.modal = nil
                var book = state.book
                guard let task = ActivityForms.planTask(values, links: ActivityLinks(), book: &book, now: environment.clock.now,
                                                            today: environment.clock.today) else { return [] }
                state.commit(book, label: "Planned: \(task.summary)", environment: environment)
            }
        case nil:
            break
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        ActivitiesRender.render(state, into: &buffer, area: area, environment: environment)
    }
}
