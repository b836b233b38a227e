import Foundation

/// One meeting of a calendar file: a single event, or one occurrence of a series (expanded
/// from its RRULE, its RDATEs, less its EXDATEs, with its RECURRENCE-ID override applied).
public struct ICalOccurrence: Sendable, Hashable {
    public enum When: Sendable, Hashable {
        /// From this instant, for this many seconds (0 when the event gives no end).
        case timed(start: Date, seconds: Int)
        /// All day, from this day, for this many days.
        case allDay(first: LocalDate, days: Int)
    }

    public var uid: String
    /// The occurrence's original start, `20261208T083000Z` (or `20261208` all day), for a
    /// series; nil for a single event.
    public var recurrenceKey: String?
    public var when: When
    public var summary: String
    public var description: String
    public var location: String
    /// Attendees' then the organizer's addresses, lowercased, in file order, without repeats.
    public var emails: [String]
    public var cancelled: Bool
    public var sequence: Int

    /// `ics:<UID>` or `ics:<UID>#<recurrence key>`: what makes importing again update, not add.
    public var externalID: String { "ics:" + uid + (recurrenceKey.map { "#" + $0 } ?? "") }
}

/// What a file holds in a window: its meetings, and what could not be read as the sender meant.
public struct ICalReadout: Sendable {
    public var occurrences: [ICalOccurrence] = []
    /// Series whose RRULE this reader cannot expand: only their first meeting is read.
    public var seriesNotExpanded: [String] = []
    /// TZIDs neither defined in the file nor known to the system: read as local time.
    public var unknownZones: [String] = []
    /// VEVENTs in the file (masters and overrides).
    public var eventCount = 0
}

/// Reads the VEVENTs of an iCalendar text into the meetings that start in a window. Pure: the
/// window, the user's zone (for floating times and all-day days) and the text are all it uses.
public enum ICalendarOccurrences {
    public static func read(_ text: String, from: Date, to: Date, timeZone: TimeZone) -> ICalReadout {
        let roots = ICalendarParser.parse(text)
        let calendars = roots.flatMap { $0.name == "VCALENDAR" ? [$0] : [] }
        var definitions: [String: VTimeZoneRules] = [:]
        var events: [ICalComponent] = []
        for calendar in calendars {
            for zone in calendar.children("VTIMEZONE") {
                if let tzid = zone.first("TZID")?.value { definitions[tzid] = VTimeZoneRules(zone) }
            }
            events += calendar.children("VEVENT")
        }
        var reader = Reader(definitions: definitions, timeZone: timeZone)
        var readout = ICalReadout()
        readout.eventCount = events.count
        // A series is its master (no RECURRENCE-ID) and its overrides, by UID.
        var masters: [String: ICalComponent] = [:]
        var overrides: [String: [String: ICalComponent]] = [:]
        var order: [String] = []
        for event in events {
            guard let uid = event.first("UID")?.value.trimmingCharacters(in: .whitespaces), !uid.isEmpty else { continue }
            if !order.contains(uid) { order.append(uid) }
            if let recurrenceID = event.first("RECURRENCE-ID") {
                guard let key = reader.key(recurrenceID) else { continue }
                if let existing = overrides[uid]?[key], sequence(existing) > sequence(event) { continue }
                overrides[uid, default: [:]][key] = event
            } else if masters[uid].map({ sequence($0) <= sequence(event) }) ?? true {
                masters[uid] = event
            }
        }
        func inWindow(_ occurrence: ICalOccurrence) -> Bool {
            let start: Date
            switch occurrence.when {
            case .timed(let at, _): start = at
            case .allDay(let first, _): start = first.startOfDay(in: timeZone)
            }
            return start >= from && start < to
        }
        for uid in order {
            var pending = overrides[uid] ?? [:]
            if let master = masters[uid] {
                for occurrence in reader.occurrences(of: master, uid: uid, until: to, overrides: &pending, readout: &readout)
                    where inWindow(occurrence) {
                    readout.occurrences.append(occurrence)
                }
            }
            // Overrides whose original start the rule did not give (or with no master in the file).
            for (key, event) in pending.sorted(by: { $0.key < $1.key }) {
                if let occurrence = reader.occurrence(event, uid: uid, key: key), inWindow(occurrence) { readout.occurrences.append(occurrence) }
            }
        }
        readout.unknownZones = reader.unknownZones.sorted()
        return readout
    }

    static func sequence(_ event: ICalComponent) -> Int { event.first("SEQUENCE").flatMap { Int($0.value) } ?? 0 }

    /// Turns properties into times and events into occurrences, remembering unknown zones.
    struct Reader {
        let definitions: [String: VTimeZoneRules]
        let timeZone: TimeZone
        var unknownZones: Set<String> = []

        /// A DTSTART-like property: its value and the zone it is in.
        mutating func time(_ property: ICalProperty) -> (ICalLocalValue, ICalZone)? {
            guard let value = ICalLocalValue(property.value) else { return nil }
            return (value, zone(value, property))
        }

        mutating func zone(_ value: ICalLocalValue, _ property: ICalProperty) -> ICalZone {
            if value.isUTC { return .utc }
            if value.isDate { return .floating(timeZone) }
            guard let tzid = property.parameter("TZID") else { return .floating(timeZone) }
            if let zone = ICalZone.resolve(tzid, definitions: definitions) { return zone }
            unknownZones.insert(tzid)
            return .floating(timeZone)
        }

        /// A RECURRENCE-ID's (or an EXDATE value's) key: the UTC instant, or the day.
        mutating func key(_ property: ICalProperty) -> String? {
            guard let (value, zone) = time(property) else { return nil }
            return Self.key(value, zone)
        }

        static func key(_ value: ICalLocalValue, _ zone: ICalZone) -> String {
            guard let seconds = value.seconds else { return ICalLocalValue.dateBasic(value.day) }
            return ICalLocalValue.utcBasic(zone.instant(value.day, seconds: seconds))
        }

        /// Every occurrence of a master event up to `end` (the window's end), overrides applied
        /// and taken out of `overrides`.
        mutating func occurrences(of master: ICalComponent, uid: String, until end: Date,
                                  overrides: inout [String: ICalComponent], readout: inout ICalReadout) -> [ICalOccurrence] {
            guard let startProperty = master.first("DTSTART"), let (start, zone) = time(startProperty) else { return [] }
            guard let ruleText = master.first("RRULE")?.value else {
                return occurrence(master, uid: uid, key: nil).map { [$0] } ?? []
            }
            let rule = Recurrence(rrule: ruleText) { text in
                guard let until = ICalLocalValue(text) else { return nil }
                guard let seconds = until.seconds else { return until.day }
                // A UTC UNTIL is the last start allowed; as a day in the series' zone it includes that day's start.
                return until.isUTC ? zone.day(of: Date(timeIntervalSince1970: Double(until.day.dayNumber * 86_400 + seconds))) : until.day
            }
            var starts: [ICalLocalValue] = []
            if let rule {
                let lastDay = zone.day(of: end).adding(days: 1)
                // The rule's UNTIL is a day; a date-time UNTIL also cuts that day's later starts.
                let untilInstant = Self.untilInstant(ruleText, zone: zone)
                starts = rule.occurrences(from: start.day, through: lastDay).map {
                    ICalLocalValue(day: $0, seconds: start.seconds, isUTC: start.isUTC)
                }.filter { value in
                    guard let untilInstant, let seconds = value.seconds else { return true }
                    return zone.instant(value.day, seconds: seconds) <= untilInstant
                }
            } else {
                readout.seriesNotExpanded.append(ICalendarParser.text(master.first("SUMMARY")?.value ?? uid))
                starts = [start]
            }
            for rdate in master.all("RDATE") where rdate.parameter("VALUE") != "PERIOD" {
                for text in rdate.value.split(separator: ",") {
                    if let value = ICalLocalValue(String(text)) { starts.append(value) }
                }
            }
            var excluded: Set<String> = []
            for exdate in master.all("EXDATE") {
                for text in exdate.value.split(separator: ",") {
                    let single = ICalProperty(name: "EXDATE", parameters: exdate.parameters, value: String(text))
                    if let key = key(single) { excluded.insert(key) }
                }
            }
            var result: [ICalOccurrence] = []
            var seen: Set<String> = []
            for value in starts {
                let key = Self.key(value, zone)
                guard !excluded.contains(key), seen.insert(key).inserted else { continue }
                if let override = overrides.removeValue(forKey: key) {
                    if let occurrence = occurrence(override, uid: uid, key: key) { result.append(occurrence) }
                } else if var occurrence = occurrence(master, uid: uid, key: key) {
                    occurrence.when = shifted(occurrence.when, to: value, zone: zone)
                    result.append(occurrence)
                }
            }
            return result
        }

        /// A date-time UNTIL as an instant: UTC when it ends in Z, else in the series' zone.
        static func untilInstant(_ rule: String, zone: ICalZone) -> Date? {
            for part in rule.split(separator: ";") where part.uppercased().hasPrefix("UNTIL=") {
                guard let value = ICalLocalValue(String(part.dropFirst(6))), let seconds = value.seconds else { return nil }
                return (value.isUTC ? ICalZone.utc : zone).instant(value.day, seconds: seconds)
            }
            return nil
        }

        /// The master's span moved to another start (same length).
        private func shifted(_ when: ICalOccurrence.When, to value: ICalLocalValue, zone: ICalZone) -> ICalOccurrence.When {
            switch when {
            case .timed(_, let seconds): return .timed(start: zone.instant(value.day, seconds: value.seconds ?? 0), seconds: seconds)
            case .allDay(_, let days): return .allDay(first: value.day, days: days)
            }
        }

        /// One VEVENT as an occurrence at its own DTSTART.
        mutating func occurrence(_ event: ICalComponent, uid: String, key: String?) -> ICalOccurrence? {
            guard let startProperty = event.first("DTSTART"), let (start, zone) = time(startProperty) else { return nil }
            let when: ICalOccurrence.When
            if let seconds = start.seconds {
                let at = zone.instant(start.day, seconds: seconds)
                var length = 0
                if let endProperty = event.first("DTEND"), let (end, endZone) = time(endProperty) {
                    length = Int(endZone.instant(end.day, seconds: end.seconds ?? 0).timeIntervalSince(at))
                } else if let duration = event.first("DURATION").flatMap({ ICalDurationValue.seconds($0.value) }) {
                    length = duration
                }
                when = .timed(start: at, seconds: max(0, length))
            } else {
                var days = 1
                if let end = event.first("DTEND").flatMap({ ICalLocalValue($0.value) }) {
                    days = start.day.days(until: end.day)
                } else if let duration = event.first("DURATION").flatMap({ ICalDurationValue.seconds($0.value) }) {
                    days = duration / 86_400
                }
                when = .allDay(first: start.day, days: max(1, days))
            }
            var emails: [String] = []
            for property in event.all("ATTENDEE") + event.all("ORGANIZER") {
                if let email = Self.email(property), !emails.contains(email) { emails.append(email) }
            }
            return ICalOccurrence(uid: uid, recurrenceKey: key, when: when,
                                  summary: ICalendarParser.text(event.first("SUMMARY")?.value ?? "").trimmingCharacters(in: .whitespaces),
                                  description: ICalendarParser.text(event.first("DESCRIPTION")?.value ?? ""),
                                  location: ICalendarParser.text(event.first("LOCATION")?.value ?? ""),
                                  emails: emails, cancelled: event.first("STATUS")?.value.uppercased() == "CANCELLED",
                                  sequence: sequence(event))
        }

        /// `mailto:a@b.it` (any case), or the EMAIL parameter Apple writes beside a urn:uuid value.
        static func email(_ property: ICalProperty) -> String? {
            if let email = property.parameter("EMAIL"), email.contains("@") { return email.lowercased() }
            let value = property.value.trimmingCharacters(in: .whitespaces)
            guard value.lowercased().hasPrefix("mailto:") else { return nil }
            let address = value.dropFirst(7).trimmingCharacters(in: .whitespaces).lowercased()
            return address.contains("@") ? address : nil
        }
    }
}
