import RapportCore
import RapportCanvas

public enum ReportsAction: Hashable, Sendable {
    case nextReport, previousReport
    /// A click on a report in the list or its tab.
    case show(ReportKind)
    case previousPeriod, nextPeriod, cyclePeriodLength
    case scrollDown, scrollUp
    case toggleASCII
}

/// Which report and period the Reports screen shows, how far its chart is scrolled, and the
/// reports computed so far.
public struct ReportsState: Hashable, Sendable {
    public var selected: ReportKind = .funnel
    public var period = ReportPeriodChoice()
    /// First chart row shown when the chart is taller than the screen.
    public var scroll = 0
    public var glyphs: ChartGlyphs = .unicode
    /// Computed reports, keyed by what they derive from (not part of the state's value).
    let cache = ReportCache()

    public init() {}

    public static func == (lhs: ReportsState, rhs: ReportsState) -> Bool {
        (lhs.selected, lhs.period, lhs.scroll, lhs.glyphs) == (rhs.selected, rhs.period, rhs.scroll, rhs.glyphs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(selected)
        hasher.combine(period)
        hasher.combine(scroll)
        hasher.combine(glyphs)
    }
}
