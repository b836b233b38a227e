import Foundation
import RapportCanvas
import RapportCore

/// Keys while the reschedule prompt or the plan-a-task form is open.
enum ActivitiesModals {
    static func handle(_ key: KeyEvent, state: inout ActivitiesState, context: inout ScreenContext<ActivitiesScreen>) -> [Effect] {
        switch state.modal {
        case .reschedule(let id, var prompt)?:
            if let text = DialogResult.answer(prompt.handle(key), closing: &state.modal, stillOpen: .reschedule(id, prompt)) {
                guard let task = context.book.activities[id],
                      let due = TaskActions.newDueDate(text, current: task.dueDate, today: context.today) else {
                    // Refused: the question stays, to be answered again.
                    state.modal = .reschedule(id, prompt)
                    context.show(Messages.formsDateExpected.text(["example": DateInput.example()]), severity: .warning)
                    return []
                }
                var book = context.book
                let now = context.now
                book.activities.update(id) { $0.dueDate = due; $0.updatedAt = now }
                context.commit(book, label: "\(task.summary): due \(due)", state: &state)
            }
        case .planTask(var form)?:
            if let values = DialogResult.answer(form.handle(key), closing: &state.modal, stillOpen: .planTask(form)) {
                var book = context.book
                guard let task = ActivityForms.planTask(values, links: ActivityLinks(), book: &book, now: context.now,
                                                        today: context.today) else { return [] }
                context.commit(book, label: "Planned: \(task.summary)", state: &state)
            }
        case nil:
            break
        }
        return []
    }
}
