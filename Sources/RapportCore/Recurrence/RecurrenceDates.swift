import Foundation

/// The dates of a series, as pure functions of the rule and a day.
extension Recurrence {
    /// The first day of the series strictly after `day`, ignoring the end. `day` is an
    /// occurrence (or the day the series started): weekly series count weeks from its week
    /// (weeks start on Monday, as RRULE's default WKST), monthly and yearly from its month.
    public func occurrence(after day: LocalDate) -> LocalDate? {
        switch frequency {
        case .daily:
            return day.adding(days: interval)
        case .weekly:
            let days = weekdays.isEmpty ? [day.weekday] : weekdays
            let monday = day.adding(days: 1 - day.weekday)
            if let later = days.first(where: { $0 > day.weekday }) { return monday.adding(days: later - 1) }
            return monday.adding(days: 7 * interval + (days[0] - 1))
        case .monthly:
            let rule = monthly ?? .day(day.day)
            // The month of `day` first (a series may start before its day of the month), then
            // every `interval` months; a month without the day (the 31st, a fifth Friday) is skipped.
            for step in 0...48 {
                let month = day.firstOfMonth.adding(months: step * interval)
                if let candidate = Self.day(rule, in: month), candidate > day { return candidate }
            }
            return nil
        case .yearly:
            // 29 February waits for the next leap year the interval reaches.
            for step in 1...8 {
                if let candidate = LocalDate(year: day.year + step * interval, month: day.month, day: day.day) { return candidate }
            }
            return nil
        }
    }

    /// The day a monthly rule gives in the month starting at `first`, or nil when that month has none.
    static func day(_ rule: MonthlyRule, in first: LocalDate) -> LocalDate? {
        let length = LocalDate.daysIn(month: first.month, year: first.year)
        switch rule {
        case .day(let day):
            return day <= length ? first.adding(days: day - 1) : nil
        case .weekday(let ordinal, let weekday):
            if ordinal == -1 {
                let last = first.adding(days: length - 1)
                return last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
            let day = 1 + (weekday - first.weekday + 7) % 7 + (ordinal - 1) * 7
            return day <= length ? first.adding(days: day - 1) : nil
        }
    }

    /// The next occurrence after `day` within the end, with the rule as the next occurrence
    /// carries it (one fewer left for a counted series); nil when the series is over.
    public func next(after day: LocalDate) -> (day: LocalDate, rule: Recurrence)? {
        if case .count(let left) = end, left <= 1 { return nil }
        guard let following = occurrence(after: day) else { return nil }
        if case .until(let last) = end, following > last { return nil }
        var rule = self
        if case .count(let left) = end { rule.end = .count(left - 1) }
        return (following, rule)
    }

    /// Every occurrence from `start` (the first, counted) up to and including `last`, within the
    /// end; at most `limit`, so a rule cannot run away.
    public func occurrences(from start: LocalDate, through last: LocalDate, limit: Int = 5_000) -> [LocalDate] {
        var days: [LocalDate] = []
        var current = start
        var rule = self
        while current <= last, days.count < limit {
            if case .until(let until) = rule.end, current > until { break }
            days.append(current)
            guard let step = rule.next(after: current) else { break }
            (current, rule) = step
        }
        return days
    }
}
