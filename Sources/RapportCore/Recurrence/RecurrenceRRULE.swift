import Foundation

/// A rule as an iCalendar RRULE value (RFC 5545 3.3.10) and back. Writing covers everything a
/// `Recurrence` holds; reading takes the RRULEs calendars write for the same shapes (FREQ,
/// INTERVAL, BYDAY with or without an ordinal, one BYMONTHDAY, COUNT, UNTIL) and returns nil for
/// anything else, so the caller can say the series was not expanded rather than guess.
extension Recurrence {
    static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// `untilInstant` is the UNTIL as a UTC date-time, for a series whose start has a time; nil
    /// writes UNTIL as a date (an all-day start).
    public func rrule(untilInstant: Date?) -> String {
        var parts = ["FREQ=" + frequency.rawValue.uppercased()]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if frequency == .weekly, !weekdays.isEmpty { parts.append("BYDAY=" + weekdays.map { Self.weekdayCodes[$0 - 1] }.joined(separator: ",")) }
        switch monthly {
        case .day(let day)?: parts.append("BYMONTHDAY=\(day)")
        case .weekday(let ordinal, let weekday)?: parts.append("BYDAY=\(ordinal)" + Self.weekdayCodes[weekday - 1])
        case nil: break
        }
        switch end {
        case .never: break
        case .count(let count): parts.append("COUNT=\(count)")
        case .until(let day):
            if let untilInstant {
                parts.append("UNTIL=" + ICalendarValueFormatting.utcDateTime(untilInstant))
            } else {
                parts.append("UNTIL=" + pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2))
            }
        }
        return parts.joined(separator: ";")
    }

    /// The rule of an RRULE value; `until` turns UNTIL's text into the last local day (the
    /// caller knows the series' time zone). Nil for a rule this model cannot hold.
    public init?(rrule: String, until: (String) -> LocalDate?) {
        var fields: [String: String] = [:]
        for part in rrule.split(separator: ";") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).uppercased() }
            guard pieces.count == 2 else { return nil }
            fields[pieces[0]] = pieces[1]
        }
        guard let name = fields.removeValue(forKey: "FREQ"), let frequency = Frequency(rawValue: name.lowercased()) else { return nil }
        var interval = 1
        if let text = fields.removeValue(forKey: "INTERVAL") {
            guard let value = Int(text), value >= 1 else { return nil }
            interval = value
        }
        var end = End.never
        if let text = fields.removeValue(forKey: "COUNT") {
            guard let value = Int(text), value >= 1 else { return nil }
            end = .count(value)
        }
        if let text = fields.removeValue(forKey: "UNTIL") {
            guard case .never = end, let day = until(text) else { return nil }
            end = .until(day)
        }
        // Monday is every calendar's week start; another only changes biweekly series, so it is refused.
        if let start = fields.removeValue(forKey: "WKST"), start != "MO", interval > 1, frequency == .weekly { return nil }
        var weekdays: [Int] = []
        var monthly: MonthlyRule?
        if let text = fields.removeValue(forKey: "BYDAY") {
            for item in text.split(separator: ",") {
                let code = String(item.suffix(2))
                guard let weekday = Self.weekdayCodes.firstIndex(of: code).map({ $0 + 1 }) else { return nil }
                let prefix = item.dropLast(2)
                if prefix.isEmpty {
                    weekdays.append(weekday)
                } else {
                    guard frequency == .monthly, monthly == nil, let ordinal = Int(prefix), ordinal == -1 || (1...5).contains(ordinal) else { return nil }
                    monthly = .weekday(ordinal: ordinal, weekday: weekday)
                }
            }
            guard frequency == .weekly || weekdays.isEmpty else { return nil }
        }
        if let text = fields.removeValue(forKey: "BYMONTHDAY") {
            guard frequency == .monthly, monthly == nil, let day = Int(text), (1...31).contains(day) else { return nil }
            monthly = .day(day)
        }
        // Calendars repeat a yearly event's month; it says nothing the start does not.
        if frequency == .yearly { fields.removeValue(forKey: "BYMONTH") }
        guard fields.isEmpty else { return nil }
        self.init(frequency, interval: interval, weekdays: weekdays, monthly: monthly, end: end)
    }
}
