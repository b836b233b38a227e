import Foundation

/// "Keep in touch every N days": which contacts are due a touch. Computed, never stored, so
/// logging an interaction (or finishing a task) with the contact resets it at once.
public enum KeepInTouch {
    /// A contact whose last touch is older than its cadence.
    public struct Due: Hashable, Sendable {
        public var contactID: ContactID
        public var cadenceDays: Int
        /// The last logged interaction or done task with the contact; nil: none yet (the
        /// cadence then counts from when the contact was added).
        public var lastTouch: Date?
        /// Whole days from the last touch's day (or the day the contact was added) to today.
        public var daysSince: Int
        /// How many days past the cadence: 1 the first day it is due.
        public var daysOver: Int { daysSince - cadenceDays }
    }

    /// The contact's own cadence wins; otherwise the shortest of its tags' (tags compared
    /// ignoring case) and its segment's (`segment`: the contact's customer segment today, when
    /// the caller has it); nil when none has one.
    public static func cadence(of contact: Contact, settings: Settings, segment: CustomerSegment? = nil) -> Int? {
        cadence(of: contact, byFoldedTag: foldedTagCadences(settings), segmentCadence: segment.flatMap { settings.keepInTouchSegments?[$0.rawValue] })
    }

    /// The settings' tag cadences keyed by lowercased tag (two spellings of a tag: the shorter).
    static func foldedTagCadences(_ settings: Settings) -> [String: Int] {
        Dictionary((settings.keepInTouch ?? [:]).map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: min)
    }

    static func cadence(of contact: Contact, byFoldedTag: [String: Int], segmentCadence: Int? = nil) -> Int? {
        if let own = contact.keepInTouchDays { return own }
        let byTag = byFoldedTag.isEmpty ? nil : contact.tags.compactMap { byFoldedTag[$0.lowercased()] }.min()
        return [byTag, segmentCadence].compactMap { $0 }.min()
    }

    /// Each contact's latest logged interaction or done task, in one pass over the activities.
    public static func lastTouches(_ activities: RecordTable<Activity>) -> [ContactID: Date] {
        var latest: [ContactID: Date] = [:]
        for activity in activities.all {
            guard let contactID = activity.contactID, let happened = activity.happenedAt else { continue }
            if let current = latest[contactID], current >= happened { continue }
            latest[contactID] = happened
        }
        return latest
    }

    /// Whether a contact with this cadence and last touch is due today: the whole days from the
    /// last touch's day (else the day it was added) to today are more than the cadence, the
    /// same "older than" the rotting rule uses.
    public static func due(_ contact: Contact, cadence: Int, lastTouch: Date?, today: LocalDate, timeZone: TimeZone) -> Due? {
        let since = LocalDate(lastTouch ?? contact.createdAt, in: timeZone).days(until: today)
        guard since > cadence else { return nil }
        return Due(contactID: contact.id, cadenceDays: cadence, lastTouch: lastTouch, daysSince: since)
    }

    /// Every contact due a touch, the longest overdue first (then by id).
    public static func dueContacts(in book: Book, now: Date, timeZone: TimeZone) -> [Due] {
        let today = LocalDate(now, in: timeZone)
        let hasTagCadences = !(book.settings.keepInTouch ?? [:]).isEmpty
        let bySegment = book.settings.keepInTouchSegments ?? [:]
        // Most books have few cadences: skip the activity scan when no contact can be due.
        guard hasTagCadences || !bySegment.isEmpty || book.contacts.all.contains(where: { $0.keepInTouchDays != nil }) else { return [] }
        let touches = lastTouches(book.activities)
        let byFoldedTag = foldedTagCadences(book.settings)
        // Segments come from purchases as of today: computed only when a segment has a cadence.
        let segments = bySegment.isEmpty ? nil : Reports.segments(book, asOf: today, timeZone: timeZone)
        var result: [Due] = []
        for contact in book.contacts.all {
            let segmentCadence = segments?.segment(for: contact.id).flatMap { bySegment[$0.rawValue] }
            guard let cadence = cadence(of: contact, byFoldedTag: byFoldedTag, segmentCadence: segmentCadence),
                  let due = due(contact, cadence: cadence, lastTouch: touches[contact.id], today: today, timeZone: timeZone)
            else { continue }
            result.append(due)
        }
        return result.sorted { ($0.daysOver, $1.contactID) > ($1.daysOver, $0.contactID) }
    }
}
