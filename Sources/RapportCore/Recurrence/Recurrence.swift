import Foundation

/// How a task repeats: every `interval` days, weeks (on chosen weekdays), months (on a day of
/// the month or the nth/last weekday) or years, until a day or for a number of times. The
/// shape follows RFC 5545's RRULE so a series exports (and imports) without loss.
///
/// Stored on the task as `recurrence`, only when set. A series lives on its open occurrence:
/// marking it done plans the next one, which carries the rule on (see `RecurringTasks`).
public struct Recurrence: Hashable, Sendable {
    public enum Frequency: String, Codable, CaseIterable, Sendable {
        case daily, weekly, monthly, yearly
    }

    /// Which day of the month a monthly series falls on.
    public enum MonthlyRule: Hashable, Sendable {
        /// 1…31; a month without that day is skipped, as calendars do.
        case day(Int)
        /// The nth weekday (1…5), or the last one (-1); weekday Monday = 1 … Sunday = 7.
        case weekday(ordinal: Int, weekday: Int)
    }

    public enum End: Hashable, Sendable {
        case never
        /// No occurrence after this day.
        case until(LocalDate)
        /// Occurrences left, counting the current one: 1 means this is the last.
        case count(Int)
    }

    public var frequency: Frequency
    /// Every `interval` days, weeks, months or years; at least 1.
    public var interval: Int
    /// A weekly series' days, Monday = 1 … Sunday = 7, sorted; empty means the due day's weekday.
    public var weekdays: [Int]
    /// A monthly series' day; nil means the due day's day of the month.
    public var monthly: MonthlyRule?
    public var end: End

    public init(_ frequency: Frequency, interval: Int = 1, weekdays: [Int] = [], monthly: MonthlyRule? = nil, end: End = .never) {
        self.frequency = frequency
        self.interval = max(1, interval)
        self.weekdays = Array(Set(weekdays.filter { (1...7).contains($0) })).sorted()
        self.monthly = monthly
        self.end = end
    }
}

// MARK: - JSON

/// Keys: `frequency`, `interval`, and only when set `weekdays`, `monthDay`, `weekOfMonth` (with
/// its weekday as the one element of `weekdays`), `until`, `count`. The fast reader and writer
/// in FastRecordCoding.swift follow the same form.
extension Recurrence: Codable {
    enum CodingKeys: String, CodingKey {
        case count, frequency, interval, monthDay, until, weekOfMonth, weekdays
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let frequency = try container.decode(Frequency.self, forKey: .frequency)
        let interval = try container.decode(Int.self, forKey: .interval)
        let weekdays = try container.decodeIfPresent([Int].self, forKey: .weekdays) ?? []
        let monthDay = try container.decodeIfPresent(Int.self, forKey: .monthDay)
        let weekOfMonth = try container.decodeIfPresent(Int.self, forKey: .weekOfMonth)
        let until = try container.decodeIfPresent(LocalDate.self, forKey: .until)
        let count = try container.decodeIfPresent(Int.self, forKey: .count)
        guard let value = Recurrence(frequency: frequency, interval: interval, weekdays: weekdays, monthDay: monthDay,
                                     weekOfMonth: weekOfMonth, until: until, count: count) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                    debugDescription: "an invalid recurrence"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let stored = storedForm
        if let count = stored.count { try container.encode(count, forKey: .count) }
        try container.encode(frequency, forKey: .frequency)
        try container.encode(interval, forKey: .interval)
        if let monthDay = stored.monthDay { try container.encode(monthDay, forKey: .monthDay) }
        if let until = stored.until { try container.encode(until, forKey: .until) }
        if let weekOfMonth = stored.weekOfMonth { try container.encode(weekOfMonth, forKey: .weekOfMonth) }
        if !stored.weekdays.isEmpty { try container.encode(stored.weekdays, forKey: .weekdays) }
    }

    /// The flat members as stored; both JSON paths write these.
    struct StoredForm {
        var weekdays: [Int]
        var monthDay: Int?
        var weekOfMonth: Int?
        var until: LocalDate?
        var count: Int?
    }

    var storedForm: StoredForm {
        var form = StoredForm(weekdays: weekdays)
        switch monthly {
        case .day(let day)?: form.monthDay = day
        case .weekday(let ordinal, let weekday)?:
            form.weekOfMonth = ordinal
            form.weekdays = [weekday]
        case nil: break
        }
        switch end {
        case .never: break
        case .until(let day): form.until = day
        case .count(let count): form.count = count
        }
        return form
    }

    /// From the flat stored members; nil when they contradict each other or are out of range.
    init?(frequency: Frequency, interval: Int, weekdays: [Int], monthDay: Int?, weekOfMonth: Int?, until: LocalDate?, count: Int?) {
        guard interval >= 1, weekdays.allSatisfy({ (1...7).contains($0) }), until == nil || count == nil else { return nil }
        var monthly: MonthlyRule?
        var weeklyDays = weekdays
        if let monthDay {
            guard (1...31).contains(monthDay), weekOfMonth == nil else { return nil }
            monthly = .day(monthDay)
        } else if let weekOfMonth {
            guard weekOfMonth == -1 || (1...5).contains(weekOfMonth), weekdays.count == 1 else { return nil }
            monthly = .weekday(ordinal: weekOfMonth, weekday: weekdays[0])
            weeklyDays = []
        }
        var end = End.never
        if let until { end = .until(until) }
        if let count {
            guard count >= 1 else { return nil }
            end = .count(count)
        }
        self.init(frequency, interval: interval, weekdays: weeklyDays, monthly: monthly, end: end)
    }
}
