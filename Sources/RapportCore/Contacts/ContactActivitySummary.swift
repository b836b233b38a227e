import Foundation

/// For every contact, the last interaction and the next open task: the list's two "what now"
/// columns. One pass over the activities, so it is built once per change of the book, not per row.
public struct ContactActivitySummary: Sendable {
    public struct Entry: Hashable, Sendable {
        public var lastInteraction: Date?
        public var nextTaskDue: LocalDate?
        public var nextTaskSummary: String?
    }

    public private(set) var byContact: [ContactID: Entry] = [:]

    public init(activities: RecordTable<Activity>) {
        for activity in activities.all {
            guard let contactID = activity.contactID else { continue }
            var entry = byContact[contactID] ?? Entry()
            if let when = activity.kind == .interaction ? activity.occurredAt : (activity.taskType == .meeting ? activity.doneAt : nil) {
                if entry.lastInteraction.map({ when > $0 }) ?? true { entry.lastInteraction = when }
            } else if activity.isOpenTask, let due = activity.dueDate {
                if entry.nextTaskDue.map({ due < $0 }) ?? true {
                    entry.nextTaskDue = due
                    entry.nextTaskSummary = activity.summary
                }
            }
            byContact[contactID] = entry
        }
    }

    public subscript(id: ContactID) -> Entry { byContact[id] ?? Entry() }
}
