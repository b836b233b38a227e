import Foundation

/// Whether a span of days is over as of a day: the one rule every report with periods uses to
/// tell a finished month (or period) from one still running. A report sees the book at the end
/// of its as-of day, so a span is complete once its last day is on or before as-of; as of
/// 1 December, November is complete and December is not (it has 1 of its 31 days). The figures
/// of an incomplete span are so far, not final: reports mark them `"partial": true` in `--json`
/// and the charts draw them muted, with a note, instead of as a whole month that went badly.
public enum PeriodCompleteness {
    public static func isComplete(lastDay: LocalDate, asOf: LocalDate) -> Bool { lastDay <= asOf }
}

extension ReportPeriod {
    /// True while the period runs past as-of (`to` after `asOf`): its figures are so far.
    public var isPartial: Bool { !PeriodCompleteness.isComplete(lastDay: to, asOf: asOf) }

    /// True for a month that is not over as of `asOf` (the cohort cell or NPS month of as-of's
    /// month, unless as-of is that month's last day).
    public func isPartial(_ month: Month) -> Bool { !PeriodCompleteness.isComplete(lastDay: month.lastDay, asOf: asOf) }

    /// Days of the period seen so far (`from...end`), for "1 of 31 days".
    public var daysSoFar: Int { max(0, from.days(until: end) + 1) }
}
