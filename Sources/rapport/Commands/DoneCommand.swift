import Foundation
import RapportCore

/// `rapport done TASK [--skip]`: a task is done (a call or an email is logged; a repeating task's
/// next occurrence is planned), or, with --skip, a repeating task moves to its next occurrence
/// without being recorded as done. Prints what happened; the next occurrence's id on stdout's
/// second line when one was planned, for scripts.
enum DoneCommand {
    static let command = Command(
        name: "done", summary: "mark a task done, or skip one occurrence of a repeating task",
        usage: """
        Usage: rapport done TASK [--skip] [--data DIR]

        TASK is an activity id (act-000042). A repeating task (add task --repeat) plans its next
        occurrence when done; --skip moves it to the next occurrence without recording it as done.
        """,
        valueOptions: ["data"], flagOptions: ["skip"]
    ) { arguments, context in
        guard arguments.positionals.count == 1, let name = arguments.positionals.first else { throw UsageError("done needs one TASK") }
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        let id = ActivityID(name.trimmingWhitespace())
        guard let task = book.activities[id], task.isOpenTask else {
            throw CommandFailure(Messages.calendarNotATask.text(["id": name]))
        }
        var changed = book
        if arguments.has("skip") {
            switch RecurringTasks.skip(id, in: &changed, at: clock.now) {
            case .moved(let day):
                try BookAccess.save(changed, with: store)
                Output.out(Messages.calendarSkipped.text(["summary": task.summary, "date": day.description]))
                return 0
            case .lastOccurrence: throw CommandFailure(Messages.calendarSkipLast.text(["summary": task.summary]))
            case .notRecurring, .notAnOpenTask: throw CommandFailure(Messages.calendarSkipNotRecurring.text(["summary": task.summary]))
            }
        }
        TaskActions.complete(id, in: &changed, at: clock.now)
        try BookAccess.save(changed, with: store)
        // The next occurrence is the one open task the book did not have before.
        if task.recurrence != nil, let next = changed.activities.all.first(where: { $0.isOpenTask && book.activities[$0.id] == nil }),
           let day = next.dueDate {
            Output.out(Messages.calendarDoneNext.text(["summary": task.summary, "date": day.description]))
            Output.out(next.id.rawValue)
        } else if task.recurrence != nil {
            Output.out(Messages.calendarDoneLast.text(["summary": task.summary]))
        } else {
            Output.out(Messages.calendarDone.text(["summary": task.summary]))
        }
        return 0
    }
}
