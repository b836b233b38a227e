import Foundation
import RapportCanvas
import RapportCore

/// The period lengths the Reports view cycles through with `p`.
public enum ReportPeriodLength: String, CaseIterable, Hashable, Sendable {
    case month, quarter, trailingYear, yearToDate

    public var title: String {
        switch self {
        case .month: return "This month"
        case .quarter: return "This quarter"
        case .trailingYear: return "Last 12 months"
        case .yearToDate: return "Year to date"
        }
    }

    public var next: ReportPeriodLength {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}

/// A period length and how many periods back from the current one (0 is the current one, -1
/// the one before): the period the Reports view shows, always seen as of today.
public struct ReportPeriodChoice: Hashable, Sendable {
    public var length: ReportPeriodLength
    /// 0 or negative: periods after the current one have no data yet.
    public var offset: Int

    public init(length: ReportPeriodLength = .trailingYear, offset: Int = 0) {
        self.length = length
        self.offset = min(0, offset)
    }

    /// The days covered. A period that is still running ends on its last calendar day; the
    /// reports count nothing after `today` (their as-of day), as `rapport report --from --to` does.
    public func period(today: LocalDate, timeZone: TimeZone) -> ReportPeriod {
        let (from, to) = bounds(today: today)
        return ReportPeriod(from: from, to: to, asOf: today, timeZone: timeZone)
    }

    func bounds(today: LocalDate) -> (from: LocalDate, to: LocalDate) {
        switch length {
        case .month:
            let month = Month(today).adding(offset)
            return (month.firstDay, month.lastDay)
        case .quarter:
            let current = Month(today)
            let first = current.adding(-((current.month - 1) % 3) + 3 * offset)
            return (first.firstDay, first.adding(2).lastDay)
        case .trailingYear:
            let to = today.adding(months: 12 * offset)
            return (to.adding(months: -12).adding(days: 1), to)
        case .yearToDate:
            let to = today.adding(months: 12 * offset)
            return (LocalDate(year: to.year, month: 1, day: 1) ?? to, to)
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "November 2026", "Q4 2026", "Last 12 months", "2025 to 2025-11-22".
    public func title(today: LocalDate) -> String {
        let (from, to) = bounds(today: today)
        switch length {
        case .month:
            return Self.monthNames[(from.month - 1) % 12] + " \(from.year)" + (offset == 0 ? " (to date)" : "")
        case .quarter:
            return "Q\((from.month - 1) / 3 + 1) \(from.year)" + (offset == 0 ? " (to date)" : "")
        case .trailingYear:
            return offset == 0 ? "Last 12 months" : "12 months to \(to)"
        case .yearToDate:
            return offset == 0 ? "Year to date" : "\(to.year) to \(to)"
        }
    }
}
