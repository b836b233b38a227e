import Foundation

/// The days a report looks at: `from...to`, both included, seen from `asOf` ("today" for the
/// report). Records dated after `asOf` are ignored by every report, so a report run later on the
/// same data for the same `asOf` gives the same numbers.
///
/// Instants (`createdAt`, `closedAt`, `enteredAt`) become days in `timeZone`: a deal won at 23:30
/// on 31 March in Rome is a March deal for a user in Rome.
public struct ReportPeriod: Hashable, Sendable {
    public let from: LocalDate
    public let to: LocalDate
    public let asOf: LocalDate
    public var timeZone: TimeZone { days.timeZone }
    /// Instants to days in the time zone.
    public let days: DayConverter

    /// `from` after `to` is swapped rather than refused: the period is the days between them.
    public init(from: LocalDate, to: LocalDate, asOf: LocalDate, timeZone: TimeZone = ReportPeriod.utc) {
        self.from = min(from, to)
        self.to = max(from, to)
        self.asOf = asOf
        self.days = DayConverter(timeZone)
    }

    private init(from: LocalDate, to: LocalDate, asOf: LocalDate, days: DayConverter) {
        self.from = from
        self.to = to
        self.asOf = asOf
        self.days = days
    }

    public static func == (lhs: ReportPeriod, rhs: ReportPeriod) -> Bool {
        (lhs.from, lhs.to, lhs.asOf) == (rhs.from, rhs.to, rhs.asOf) && lhs.timeZone == rhs.timeZone
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(asOf)
        hasher.combine(timeZone)
    }

    /// The default period: the 12 months up to and including `asOf`
    /// (2026-11-22 gives 2025-11-23...2026-11-22).
    public static func trailingYear(asOf: LocalDate, timeZone: TimeZone = ReportPeriod.utc) -> ReportPeriod {
        ReportPeriod(from: asOf.adding(months: -12).adding(days: 1), to: asOf, asOf: asOf, timeZone: timeZone)
    }

    public static let utc = TimeZone(identifier: "UTC") ?? TimeZone.current

    /// The last day that counts: `to`, or `asOf` when the period runs past it.
    public var end: LocalDate { min(to, asOf) }

    /// Days in `from...to`.
    public var lengthInDays: Int { from.days(until: to) + 1 }

    /// True for a day in `from...end`.
    public func contains(_ day: LocalDate) -> Bool { day >= from && day <= end }

    /// The day of an instant in the report's time zone.
    public func day(of instant: Date) -> LocalDate { days.day(of: instant) }

    /// The period of the same number of days just before this one, seen from its own last day:
    /// what KPIs compare against. 2025-11-23...2026-11-22 (365 days) gives 2024-11-23...2025-11-22.
    public var previous: ReportPeriod {
        let previousTo = from.adding(days: -1)
        return ReportPeriod(from: previousTo.adding(days: -(lengthInDays - 1)), to: previousTo, asOf: previousTo,
                            days: days)
    }
}

/// "The last N months" up to a day: the days after the same day N calendar months before, up to
/// and including the day. For 2026-03-15 and N = 1: 2026-02-16...2026-03-15; for 2026-03-31:
/// after 2026-02-28 (31 March minus a month clamps to February's end), so 2026-03-01...2026-03-31.
public struct TrailingMonths: Hashable, Sendable {
    /// The last day before the window: `end.adding(months: -months)`.
    public let dayBefore: LocalDate
    public let end: LocalDate

    public init(_ months: Int, endingOn end: LocalDate) {
        self.dayBefore = end.adding(months: -months)
        self.end = end
    }

    public var first: LocalDate { dayBefore.adding(days: 1) }

    public func contains(_ day: LocalDate) -> Bool { day > dayBefore && day <= end }
}

/// A calendar month, for monthly buckets and cohorts; `index` counts months from year 0 so
/// month arithmetic is integer arithmetic.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let index: Int

    public init(_ day: LocalDate) { index = day.year * 12 + (day.month - 1) }
    init(index: Int) { self.index = index }

    public var year: Int { index / 12 }
    public var month: Int { index % 12 + 1 }
    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1) ?? LocalDate(dayNumber: 0) }
    public var lastDay: LocalDate { adding(1).firstDay.adding(days: -1) }

    public func adding(_ months: Int) -> Month { Month(index: index + months) }
    public func months(until other: Month) -> Int { other.index - index }

    /// "YYYY-MM".
    public var description: String { firstDay.monthKey }

    /// The months from `first` through `last`, both included; empty when `last` is earlier.
    public static func range(_ first: Month, through last: Month) -> [Month] {
        guard first <= last else { return [] }
        return (first.index...last.index).map { Month(index: $0) }
    }

    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }
}

extension Month: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Rounding and ratio helpers shared by the reports, so every report rounds the same way.
enum ReportMath {
    /// `part / whole`, or nil when `whole` is 0: a rate of nothing is unknown, not 0 and not NaN.
    static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// Rounds half away from zero to `digits` decimals (Swift's `.rounded()` already rounds
    /// half away from zero; the scaling keeps it to the decimals a report shows).
    static func round(_ value: Double, digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// The mean of minor-unit amounts, rounded half away from zero to a whole minor unit.
    static func averageMinorUnits(_ total: Int64, count: Int) -> Int64? {
        guard count > 0 else { return nil }
        let divisor = Int64(count)
        let doubled = total * 2
        // (2t + c) / 2c rounds half up for positive totals; mirror it for negative ones.
        return doubled >= 0 ? (doubled + divisor) / (2 * divisor) : (doubled - divisor) / (2 * divisor)
    }
}

extension KeyedEncodingContainer {
    /// Writes `null` for nil instead of leaving the key out: report readers look for the key.
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
