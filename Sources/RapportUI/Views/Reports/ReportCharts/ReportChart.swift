import RapportCore
import RapportCanvas

/// The chart of one computed report, sized to its area: what the Reports view draws and what
/// `rapport report NAME` prints, so both show the same figures the same way.
public struct ReportChart: Widget {
    public let result: ReportResult
    public let numbers: ChartNumbers
    public let glyphs: ChartGlyphs

    public init(_ result: ReportResult, format: NumberFormat, glyphs: ChartGlyphs = .unicode) {
        self.result = result
        self.numbers = ChartNumbers(format: format, glyphs: glyphs)
        self.glyphs = glyphs
    }

    /// The sections of this report's chart at a width (sentences wrap to it).
    func stack(width: Int) -> ChartStack {
        let builder = ReportChartBuilder(numbers: numbers, glyphs: glyphs, width: width)
        let sections: [ChartSection]
        switch result {
        case .funnel(let report): sections = builder.funnel(report)
        case .pipeline(let report): sections = builder.pipeline(report)
        case .retention(let report): sections = builder.retention(report)
        case .nps(let report): sections = builder.nps(report)
        case .segments(let report): sections = builder.segments(report)
        case .clv(let report): sections = builder.lifetimeValue(report)
        case .kpi(let report): sections = builder.kpis(report)
        case .lost(let report): sections = builder.lostReasons(report)
        }
        return ChartStack(sections, glyphs: glyphs)
    }

    /// Rows the whole chart takes at `width` when nothing is squeezed.
    public func preferredHeight(width: Int) -> Int { stack(width: width).preferredHeight }

    /// Rows the chart needs with its growing parts at their smallest.
    public func minimumHeight(width: Int) -> Int { stack(width: width).minimumHeight }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        stack(width: area.width).render(into: &buffer, area: area)
    }

    /// The chart as text lines `width` columns wide at its preferred height, trailing spaces
    /// trimmed: what the command line prints.
    public func lines(width: Int) -> [String] {
        var buffer = CellBuffer(width: width, height: preferredHeight(width: width))
        render(into: &buffer, area: buffer.bounds)
        var lines = buffer.lines()
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// Turns each report into chart sections. One method per report, in the files beside this one.
struct ReportChartBuilder {
    let numbers: ChartNumbers
    let glyphs: ChartGlyphs
    /// The width sentences wrap to.
    let width: Int

    func money(_ value: ReportMoney) -> String { numbers.money(value) }
    func money(_ value: ReportMoney?) -> String { numbers.money(value) }
    func percent(_ fraction: Double?) -> String { numbers.percent(fraction) }
    func count(_ value: Int) -> String { numbers.count(value) }

    /// Figures joined by the glyph set's separator: "Won 2 · lost 2".
    func joined(_ parts: [String]) -> String { parts.joined(separator: glyphs.separator) }

    /// Explanations, muted, each wrapped to the width.
    func notes(_ lines: [String], heading: String? = nil) -> ChartSection {
        .lines(wrapped(lines).map { ($0, Style.muted) }, heading: heading, glyphs: glyphs)
    }

    /// The headline figures, each wrapped to the width.
    func summary(_ lines: [String]) -> ChartSection {
        .lines(wrapped(lines).map { ($0, Style.normal) }, glyphs: glyphs)
    }

    private func wrapped(_ lines: [String]) -> [String] {
        lines.flatMap { TextWrap.wrap($0, width: max(1, width)) }
    }

    func bars(_ bars: HorizontalBars, heading: String? = nil) -> ChartSection {
        ChartSection(heading: heading, height: bars.preferredHeight) { buffer, area in bars.render(into: &buffer, area: area) }
    }

    func noData(_ detail: String? = nil) -> [ChartSection] {
        let notice = NoDataNotice(detail: detail, glyphs: glyphs)
        return [ChartSection(height: notice.preferredHeight) { buffer, area in notice.render(into: &buffer, area: area) }]
    }

    /// What marks a month still running ("Dec*"), explained by a note below it: the grid's mark.
    static let partialMark = String(HeatGrid.partialMark)

    /// "Partial period: …" for a report whose period runs past its as-of day, else nothing.
    func partialPeriod(from: LocalDate, to: LocalDate, asOf: LocalDate, partial: Bool) -> [String] {
        guard partial else { return [] }
        let seen = max(0, from.days(until: min(to, asOf)) + 1)
        return [Messages.reportsPartialPeriod.text(["days": seen, "total": from.days(until: to) + 1, "asOf": asOf, "to": to])]
    }

    /// "… left out of the amounts" when some records are in another currency.
    func excluded(_ count: Int, _ what: String, currency: CurrencyCode) -> [String] {
        guard count > 0 else { return [] }
        return ["\(self.count(count)) \(what) in currencies other than \(currency) \(count == 1 ? "is" : "are") left out of the amounts."]
    }

    /// The notes of a total in the base currency: which currencies were converted into it, and
    /// how many records had no rate (the older wording when nothing was converted).
    func converted(_ currencies: [CurrencyCode]?, excluded count: Int, _ what: String, currency: CurrencyCode) -> [String] {
        guard let currencies, !currencies.isEmpty else { return excluded(count, what, currency: currency) }
        var notes = [Messages.currencyConverted.text(["base": currency, "currencies": currencies.map(\.code).joined(separator: ", ")])]
        if count > 0 { notes.append(Messages.currencyLeftOut.text(["count": count, "what": what, "base": currency])) }
        return notes
    }

    /// Chart colours in turn, for series whose colour carries no meaning.
    static func seriesStyle(_ index: Int) -> Style {
        let roles: [StyleRole] = [.chart1, .chart2, .chart3, .chart4, .chart5, .chart6]
        return Style(roles[index % roles.count])
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Nov", or "Jan 26" for a January (so the year shows where it changes).
    static func shortMonth(_ month: Month) -> String {
        let name = monthNames[(month.month - 1) % 12]
        return month.month == 1 ? "\(name) \(month.year % 100 < 10 ? "0" : "")\(month.year % 100)" : name
    }
}
