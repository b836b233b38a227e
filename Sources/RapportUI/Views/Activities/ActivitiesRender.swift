import Foundation
import RapportCanvas
import RapportCore

enum ActivitiesRender {
    static func render(_ state: ActivitiesState, context: ScreenContext<ActivitiesScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        guard area.height >= 3 else { return nil }
        // Tabs: Agenda | Tickets, with counts.
        let agenda = ActivitiesScreen.agenda(state, context)
        let openTickets = context.book.tickets.all.filter { $0.status != .closed }.count
        var x = area.x + 1
        for tab in ActivitiesTab.allCases {
            let count = tab == .agenda ? agenda.taskCount + ActivitiesScreen.touches(state, context).count : openTickets
            let label = " \(tab.title) (\(count)\(tab == .tickets ? " open" : "")) "
            x += buffer.write(label, at: x, y: area.y, style: tab == state.tab ? .selected : .muted)
            x += 1
        }
        buffer.write("[ ] switch", at: x + 1, y: area.y, style: .muted, maxWidth: area.maxX - x - 1)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if state.tab == .agenda {
            renderAgenda(agenda, state: state, context: context, into: &buffer, area: body)
        } else {
            renderTickets(state, context: context, into: &buffer, area: body)
        }
        switch state.modal {
        case .reschedule(let id, let prompt)?:
            let summary = context.book.activities[id]?.summary ?? ""
            let view = Prompt(title: "Reschedule", message: "\(summary): +1d, +1w, +1m, or a date (YYYY-MM-DD)", placeholder: "+1d",
                              state: prompt)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        case .planTask(let form)?:
            let view = FormView(state: form, title: "Plan a task", width: 64)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        case nil:
            return nil
        }
    }

    /// What a task is about: "Giulia Rossi · Annual licence".
    static func subject(of task: Activity, book: Book) -> String {
        [task.contactID.flatMap { book.contacts[$0]?.displayName },
         task.opportunityID.flatMap { book.opportunities[$0]?.title },
         task.contactID == nil ? task.companyID.flatMap { book.companies[$0]?.name } : nil]
            .compactMap { $0 }.joined(separator: " · ")
    }

    private static func renderAgenda(_ agenda: Agenda, state: ActivitiesState, context: ScreenContext<ActivitiesScreen>,
                                     into buffer: inout CellBuffer, area: Rect) {
        let touches = ActivitiesScreen.touches(state, context)
        guard !agenda.groups.isEmpty || !touches.isEmpty else {
            buffer.write("No planned tasks. t plans one; a in a contact's pane logs what happened.", at: area.x + 1, y: area.y + 1,
                         style: .muted, maxWidth: area.width - 2)
            return
        }
        // Lines: a heading per bucket, then its tasks; the selection counts tasks only. The lines
        // are located arithmetically, so a frame touches only the rows on screen, not every task.
        enum Line { case heading(Agenda.Bucket, Int), task(Activity, Int), touchHeading(Int), touch(KeepInTouch.Due, Int) }
        var groupFirstLine: [Int] = []
        var groupFirstTask: [Int] = []
        var lineCount = 0
        var taskCount = 0
        for group in agenda.groups {
            groupFirstLine.append(lineCount)
            groupFirstTask.append(taskCount)
            lineCount += 1 + group.tasks.count
            taskCount += group.tasks.count
        }
        // The "Keep in touch" group follows the tasks; its rows are selected after the last task.
        let touchFirstLine = lineCount
        if !touches.isEmpty { lineCount += 1 + touches.count }
        func line(_ number: Int) -> Line? {
            if number >= touchFirstLine {
                let position = number - touchFirstLine
                return position == 0 ? .touchHeading(touches.count)
                    : touches.indices.contains(position - 1) ? .touch(touches[position - 1], taskCount + position - 1) : nil
            }
            guard let group = groupFirstLine.lastIndex(where: { $0 <= number }) else { return nil }
            let position = number - groupFirstLine[group]
            let tasks = agenda.groups[group].tasks
            if position == 0 { return .heading(agenda.groups[group].bucket, tasks.count) }
            guard position - 1 < tasks.count else { return nil }
            return .task(tasks[position - 1], groupFirstTask[group] + position - 1)
        }
        let selected = state.list.selected ?? 0
        let selectedGroup = groupFirstTask.lastIndex(where: { $0 <= selected }) ?? 0
        let selectedLine = selected >= taskCount ? touchFirstLine + 1 + selected - taskCount
            : groupFirstLine.isEmpty ? 0 : groupFirstLine[selectedGroup] + 1 + (selected - groupFirstTask[selectedGroup])
        // Keep the selection in view with its heading when possible.
        let offset = max(0, min(selectedLine - area.height / 2, lineCount - area.height))
        let lines = (offset..<min(lineCount, offset + area.height)).compactMap(line)
        let today = context.today
        // The summary column is as wide as the longest summary on screen (leaving the subject at
        // least 30%), and the subject gets the rest: long deal names are not cut next to a gap.
        let summaryStart = area.x + 3 + 11 + 6 + 8
        let summaryRoom = max(0, area.maxX - 1 - summaryStart - max(10, area.width * 3 / 10) - 2)
        var longestSummary = 0
        for case .task(let task, _) in lines { longestSummary = max(longestSummary, DisplayWidth.of(summaryText(task))) }
        let summaryWidth = min(summaryRoom, longestSummary)
        let subjectX = summaryStart + summaryWidth + 2
        let subjectWidth = max(0, area.maxX - 1 - subjectX)
        for (row, line) in lines.enumerated() {
            let y = area.y + row
            switch line {
            case .heading(let bucket, let count):
                let style: Style = bucket == .overdue ? Style.overdue.bold : bucket == .today ? Style.dueToday.bold : .header
                buffer.write("\(bucket.title) (\(count))", at: area.x + 1, y: y, style: style, maxWidth: area.width - 2)
            case .task(let task, let index):
                let due = task.dueDate.map { $0 == today ? "today" : $0.description } ?? ""
                let time = task.dueTime?.description ?? ""
                let dueStyle: Style = task.isOverdue(now: context.now, timeZone: context.clock.timeZone) ? .overdue
                    : task.dueDate == today ? .dueToday : .muted
                var x = area.x + 3
                x += buffer.write(due.padding(toLength: 11, withPad: " ", startingAt: 0), at: x, y: y, style: dueStyle)
                x += buffer.write(time.padding(toLength: 6, withPad: " ", startingAt: 0), at: x, y: y, style: .muted)
                x += buffer.write((task.taskType?.title ?? "").padding(toLength: 8, withPad: " ", startingAt: 0), at: x, y: y, style: .accent)
                buffer.write(summaryText(task), at: x, y: y, maxWidth: summaryWidth)
                var subjectText = subject(of: task, book: context.book)
                // The selected repeating task shows its rule first, where the eye already is.
                if index == selected, let rule = task.recurrence {
                    let detail = Messages.calendarSeriesDetail.text(["rule": RecurrenceText.describe(rule)])
                    subjectText = subjectText.isEmpty ? detail : detail + " · " + subjectText
                }
                buffer.write(subjectText, at: subjectX, y: y, style: .muted, maxWidth: subjectWidth)
                if index == selected {
                    buffer.setStyle(.selected, in: Rect(x: area.x, y: y, width: area.width, height: 1))
                }
            case .touchHeading(let count):
                buffer.write(Messages.todayAgendaTouchTitle.text(["count": count]), at: area.x + 1, y: y, style: Style.accent.bold,
                             maxWidth: area.width - 2)
            case .touch(let due, let index):
                ActivitiesKeepInTouch.renderLine(due, book: context.book, into: &buffer, x: area.x + 3, y: y, summaryX: summaryStart,
                                                 maxX: area.maxX - 1)
                if index == selected {
                    buffer.setStyle(.selected, in: Rect(x: area.x, y: y, width: area.width, height: 1))
                }
            }
        }
    }

    /// The summary, with the series marker (↻) in front of a repeating task's.
    static func summaryText(_ task: Activity) -> String {
        task.recurrence == nil ? task.summary : Messages.calendarSeriesMarker.text + " " + task.summary
    }

    private static func renderTickets(_ state: ActivitiesState, context: ScreenContext<ActivitiesScreen>, into buffer: inout CellBuffer,
                                      area: Rect) {
        let tickets = ActivitiesScreen.tickets(context.book)
        let timeZone = context.clock.timeZone
        let columns = [TableColumn("Status", width: .fixed(8)), TableColumn("Priority", width: .fixed(8)),
                       TableColumn("Subject", width: .flex(3)), TableColumn("Contact", width: .flex(2)),
                       TableColumn("Opened", width: .fixed(10)), TableColumn("Closed", width: .fixed(10))]
        let rows = tickets.map { ticket in
            TableRow([ticket.status.rawValue, ticket.priority.rawValue, ticket.subject,
                      ticket.contactID.flatMap { context.book.contacts[$0]?.displayName } ?? "(erased)",
                      LocalDate(ticket.openedAt, in: timeZone).description,
                      ticket.closedAt.map { LocalDate($0, in: timeZone).description } ?? ""],
                     style: ticket.status == .closed ? .muted : .normal,
                     cellStyles: [ticket.status == .open ? .warning : nil,
                                  ticket.priority == .urgent || ticket.priority == .high ? .overdue : nil])
        }
        var list = state.list
        list.setItemCount(rows.count)
        TableView(columns: columns, rows: rows, state: list, emptyText: "No tickets. T in a contact's pane opens one.")
            .render(into: &buffer, area: area.inset(horizontal: 1, vertical: 0))
    }
}
