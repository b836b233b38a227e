import Foundation
import RapportCanvas
import RapportCore

/// The reports of the Reports view and of `rapport report NAME` (the raw value is the NAME).
public enum ReportKind: String, CaseIterable, Hashable, Sendable {
    case funnel, pipeline, retention, nps, segments, clv, kpi, lost

    public var title: String {
        switch self {
        case .funnel: return "Funnel"
        case .pipeline: return "Pipeline & forecast"
        case .retention: return "Retention"
        case .nps: return "NPS"
        case .segments: return "Segments"
        case .clv: return "CLV"
        case .kpi: return "KPIs"
        case .lost: return "Lost reasons"
        }
    }

    /// For the tab row of a narrow screen.
    public var shortTitle: String {
        switch self {
        case .pipeline: return "Pipeline"
        case .lost: return "Lost"
        default: return title
        }
    }

    /// Periodic reports cover `from...to`; the others are a picture of the as-of day.
    public var isPeriodic: Bool {
        switch self {
        case .funnel, .retention, .nps, .kpi, .lost: return true
        case .pipeline, .segments, .clv: return false
        }
    }
}

/// A computed report, whichever it is: what the Reports view caches and the charts draw.
public enum ReportResult: Sendable {
    case funnel(FunnelReport)
    case pipeline(PipelineReport)
    case retention(RetentionReport)
    case nps(NPSReport)
    case segments(SegmentsReport)
    case clv(LifetimeValueReport)
    case kpi(KPIReport)
    case lost(LostReasonsReport)

    /// Computes one report with the analytics engine (the same call `--json` prints).
    public static func compute(_ kind: ReportKind, book: Book, period: ReportPeriod) -> ReportResult {
        switch kind {
        case .funnel: return .funnel(Reports.funnel(book, period: period))
        case .pipeline: return .pipeline(Reports.pipeline(book, asOf: period.asOf, timeZone: period.timeZone))
        case .retention: return .retention(Reports.retention(book, period: period))
        case .nps: return .nps(Reports.nps(book, period: period))
        case .segments: return .segments(Reports.segments(book, asOf: period.asOf, timeZone: period.timeZone))
        case .clv: return .clv(Reports.lifetimeValue(book, asOf: period.asOf))
        case .kpi: return .kpi(Reports.kpis(book, period: period))
        case .lost: return .lost(Reports.lostReasons(book, period: period))
        }
    }

    public var kind: ReportKind {
        switch self {
        case .funnel: return .funnel
        case .pipeline: return .pipeline
        case .retention: return .retention
        case .nps: return .nps
        case .segments: return .segments
        case .clv: return .clv
        case .kpi: return .kpi
        case .lost: return .lost
        }
    }

    /// The report itself, for `--json`.
    public var encodable: any Encodable {
        switch self {
        case .funnel(let report): return report
        case .pipeline(let report): return report
        case .retention(let report): return report
        case .nps(let report): return report
        case .segments(let report): return report
        case .clv(let report): return report
        case .kpi(let report): return report
        case .lost(let report): return report
        }
    }

    /// What the report covers, in words: "Funnel: deals created 2025-11-23 to 2026-11-22".
    public var title: String {
        switch self {
        case .funnel(let report): return "Funnel: deals created " + Self.span(report.from, report.to, report.asOf)
        case .pipeline(let report): return "Open pipeline and weighted forecast as of \(report.asOf)"
        case .retention(let report): return "Cohort retention, " + Self.span(report.from, report.to, report.asOf)
        case .nps(let report): return "NPS, answers " + Self.span(report.from, report.to, report.asOf)
        case .segments(let report): return "Customer segments as of \(report.asOf)"
        case .clv(let report): return "Customer lifetime value as of \(report.asOf)"
        case .kpi(let report): return "KPIs, " + Self.span(report.from, report.to, report.asOf)
        case .lost(let report): return "Lost deals, closed " + Self.span(report.from, report.to, report.asOf)
        }
    }

    static func span(_ from: LocalDate, _ to: LocalDate, _ asOf: LocalDate) -> String {
        "\(from) to \(to)" + (asOf == to ? "" : ", as of \(asOf)")
    }
}
