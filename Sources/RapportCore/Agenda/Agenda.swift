import Foundation

/// The planned tasks, grouped as a to-do list reads them: overdue, today, the next seven days,
/// later (and undated last).
public struct Agenda: Sendable {
    public enum Bucket: Int, CaseIterable, Hashable, Sendable {
        case overdue, today, thisWeek, later, undated

        public var title: String {
            switch self {
            case .overdue: return "Overdue"
            case .today: return "Today"
            case .thisWeek: return "This week"
            case .later: return "Later"
            case .undated: return "No date"
            }
        }
    }

    public struct Group: Sendable {
        public var bucket: Bucket
        public var tasks: [Activity]
    }

    public private(set) var groups: [Group]
    /// How many tasks the groups hold; kept because every key press asks for it and counting by
    /// flattening 100,000 tasks copied them all.
    public private(set) var taskCount: Int

    public init(activities: RecordTable<Activity>, now: Date, timeZone: TimeZone) {
        let today = LocalDate(now, in: timeZone)
        var byBucket: [Bucket: [Activity]] = [:]
        for activity in activities.all where activity.isOpenTask {
            byBucket[Self.bucket(of: activity, today: today, now: now, timeZone: timeZone), default: []].append(activity)
        }
        groups = Bucket.allCases.compactMap { bucket in
            guard let tasks = byBucket[bucket], !tasks.isEmpty else { return nil }
            return Group(bucket: bucket, tasks: tasks.sorted(by: Self.dueOrder))
        }
        taskCount = groups.reduce(0) { $0 + $1.tasks.count }
    }

    /// The task at a position of the agenda order (the groups one after another), without copying the rest.
    public func task(at position: Int) -> Activity? {
        guard position >= 0 else { return nil }
        var rest = position
        for group in groups {
            if rest < group.tasks.count { return group.tasks[rest] }
            rest -= group.tasks.count
        }
        return nil
    }

    static func bucket(of task: Activity, today: LocalDate, now: Date, timeZone: TimeZone) -> Bucket {
        guard let due = task.dueDate else { return .undated }
        if task.isOverdue(now: now, timeZone: timeZone) { return .overdue }
        if due == today { return .today }
        if due <= today.adding(days: 7) { return .thisWeek }
        return .later
    }

    /// Earliest due first; a task with a time before one without on the same day; then by id.
    static func dueOrder(_ a: Activity, _ b: Activity) -> Bool {
        if a.dueDate != b.dueDate { return (a.dueDate ?? LocalDate(dayNumber: .max / 2)) < (b.dueDate ?? LocalDate(dayNumber: .max / 2)) }
        if a.dueTime != b.dueTime {
            guard let at = a.dueTime else { return false }
            guard let bt = b.dueTime else { return true }
            return at < bt
        }
        return a.id < b.id
    }
}

/// Finishing and moving tasks.
public enum TaskActions {
    /// The channel a finished task is logged on; meetings and to-dos are their own record.
    public static func channel(for type: TaskType) -> Channel? {
        switch type {
        case .call: return .phone
        case .email: return .email
        case .meeting, .todo: return nil
        }
    }

    /// Marks the task done and, for a call or an email, logs the interaction it was (outbound,
    /// now, same contact, company and deal). Returns the new interaction's id when one was logged.
    /// A repeating task's next occurrence is planned too (`RecurringTasks.planNext`).
    @discardableResult
    public static func complete(_ id: ActivityID, in book: inout Book, at date: Date) -> ActivityID? {
        guard let task = book.activities[id], task.isOpenTask else { return nil }
        book.activities.update(id) { $0.doneAt = date; $0.updatedAt = date }
        RecurringTasks.planNext(after: task, in: &book, at: date)
        guard let channel = channel(for: task.taskType ?? .todo) else { return nil }
        let interactionID = book.activities.nextID()
        book.activities.upsert(Activity(id: interactionID, createdAt: date, channel: channel, direction: .outbound,
                                        summary: task.summary, occurredAt: date, contactID: task.contactID,
                                        companyID: task.companyID, opportunityID: task.opportunityID))
        return interactionID
    }

    /// The reschedule prompt reads any date `DateInput` reads; offsets ("+1d", "+2w", "+1m")
    /// move the task from its due day, or from today when it is overdue or undated.
    public static func newDueDate(_ text: String, current: LocalDate?, today: LocalDate) -> LocalDate? {
        DateInput.parse(text, today: today, offsetsFrom: max(current ?? today, today))
    }
}
