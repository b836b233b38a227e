import RapportCore
import RapportCanvas

extension ReportChartBuilder {
    func funnel(_ report: FunnelReport) -> [ChartSection] {
        guard report.opportunities > 0 else { return noData("No deal was created in the period.") }
        let stages = report.stages.enumerated().map { index, stage in
            // The last stage has no next one: blank, not "n/a" (which means "nothing reached it").
            let isLast = index == report.stages.count - 1
            return HorizontalBar(stage.name, value: Int64(stage.reached),
                                 figures: [count(stage.reached), money(stage.value),
                                           isLast ? "" : glyphs.rightArrow + " " + percent(stage.conversionToNext)],
                                 style: Self.seriesStyle(0))
        }
        var sections = [
            summary([joined(["\(count(report.opportunities)) deals created", "won \(count(report.won))",
                             "lost \(count(report.lost))", "open \(count(report.open))",
                             "win rate \(percent(report.winRate))"])]),
            bars(HorizontalBars(bars: stages, header: ["Stage", "Reached", "Value", "To next"], alignment: .centered,
                                glyphs: glyphs)),
        ]
        let days = report.averageSalesCycleDays.map { numbers.decimal($0) + " days" } ?? ChartNumbers.notAvailable
        var notes = ["Average deal size \(money(report.averageDealSize)) (won deals)" + glyphs.separator
                     + "average sales cycle \(days) (created to won).",
                     "A deal reached a stage when it is or was there or further on; won deals reached every stage.",
                     Messages.reportsFunnelWinRate.text]
        notes += converted(report.convertedFrom, excluded: report.excludedFromValues, "deals", currency: report.currency)
        if report.unknownStage > 0 { notes.append("\(count(report.unknownStage)) deals are in a stage that is not in the pipeline.") }
        notes += partialPeriod(from: report.from, to: report.to, asOf: report.asOf, partial: report.partial)
        sections.append(self.notes(notes))
        return sections
    }

    func pipeline(_ report: PipelineReport) -> [ChartSection] {
        guard report.openCount > 0 else { return noData("No deal was open on \(report.asOf).") }
        let stages = report.stages.map { stage in
            HorizontalBar(stage.name, value: stage.weightedValue.minorUnits, whole: stage.value.minorUnits,
                          figures: ["\(stage.probability)%", count(stage.count), money(stage.value), money(stage.weightedValue)],
                          style: Self.seriesStyle(0))
        }
        let buckets = report.forecast + [report.overdue, report.unspecified]
        let forecast = buckets.map { bucket in
            HorizontalBar(bucket.key, value: bucket.weightedValue.minorUnits,
                          figures: [count(bucket.count), money(bucket.value), money(bucket.weightedValue)],
                          style: bucket.key == "overdue" ? .warning : Self.seriesStyle(1))
        }
        var notes = ["\(glyphs.horizontalEighths[7]) weighted value, \(glyphs.shades[0]) the rest of the value. "
                     + "Weighted = amount x probability (the deal's own, else its stage's), rounded per deal.",
                     "overdue: expected close before \(report.asOf); unspecified: no expected close."]
        notes += converted(report.convertedFrom, excluded: report.excludedFromValues, "deals", currency: report.currency)
        if report.unknownStage > 0 { notes.append("\(count(report.unknownStage)) deals are in a stage that is not in the pipeline.") }
        let approximate = { (text: String) in report.convertedFrom == nil ? text : Messages.currencyApproximate.text(["amount": text]) }
        return [
            summary([joined(["\(count(report.openCount)) open deals", "value \(approximate(money(report.totalValue)))",
                             "weighted \(approximate(money(report.totalWeightedValue)))"])]),
            bars(HorizontalBars(bars: stages, header: ["Stage", "Prob.", "Deals", "Value", "Weighted"], glyphs: glyphs)),
            bars(HorizontalBars(bars: forecast, header: ["Close month", "Deals", "Value", "Weighted"], glyphs: glyphs),
                 heading: "Weighted forecast by expected close month"),
            self.notes(notes),
        ] + forecastByCategory(months: report.forecastMonths, quarters: report.forecastQuarters)
    }

    func lostReasons(_ report: LostReasonsReport) -> [ChartSection] {
        guard report.lost > 0 || report.closedOpportunities > 0 else { return noData("No deal was closed in the period.") }
        let reasons = report.reasons.enumerated().map { index, reason in
            HorizontalBar(reason.reason, value: Int64(reason.count),
                          figures: [count(reason.count), percent(reason.share), money(reason.value)],
                          style: Self.seriesStyle(index))
        }
        var sections = [summary([joined(["\(count(report.lost)) deals lost", "value \(money(report.lostValue))"])])]
        if !reasons.isEmpty {
            sections.append(bars(HorizontalBars(bars: reasons, header: ["Reason", "Deals", "Share", "Value"], glyphs: glyphs)))
        }
        let competitors = report.competitors.enumerated().map { index, competitor in
            HorizontalBar(competitor.name, value: Int64(competitor.count), figures: [count(competitor.count), money(competitor.value)],
                          style: Self.seriesStyle(index))
        }
        if !competitors.isEmpty {
            sections.append(bars(HorizontalBars(bars: competitors, header: [Messages.reportLostToCompetitor.text, "Deals", "Value"],
                                                glyphs: glyphs)))
        }
        var notes = ["Quotes on the \(count(report.closedOpportunities)) deals closed in the period: \(count(report.offers)) ("
                     + numbers.decimal(report.offersPerOpportunity, digits: 2) + " per deal).",
                     "\(count(report.acceptedOffers)) accepted, \(count(report.rejectedOffers)) rejected: acceptance rate "
                     + "\(percent(report.offerAcceptanceRate)) (accepted / (accepted + rejected))."]
        notes += excluded(report.excludedFromValues, "deals", currency: report.currency)
        notes += partialPeriod(from: report.from, to: report.to, asOf: report.asOf, partial: report.partial)
        sections.append(self.notes(notes))
        return sections
    }

    /// KPIs whose fall is good news.
    static let lowerIsBetter: Set<String> = ["churn", "overdueTasks", "averageSalesCycle"]

    func kpis(_ report: KPIReport) -> [ChartSection] {
        let known = report.kpis.flatMap { [$0.current, $0.previous] }.compactMap { $0 }
        guard known.contains(where: { $0 != 0 }) else { return noData("Every KPI is zero or unknown in both periods.") }
        let rows = report.kpis.map { kpi -> HorizontalBar in
            let change = kpiChange(kpi, currency: report.currency)
            return HorizontalBar(kpi.title, value: 0,
                                 figures: [kpiValue(kpi.current, kpi.unit, currency: report.currency),
                                           kpiValue(kpi.previous, kpi.unit, currency: report.currency), change.text],
                                 figureStyles: [.normal, .muted, change.style])
        }
        var headline = ["Compared with \(report.previousFrom) to \(report.previousTo), the period of equal length before."]
        if report.partial {
            headline.append(Messages.reportsKPIPartial.text(["days": report.daysSoFar, "total": report.days, "asOf": report.asOf]))
        }
        return [
            summary(headline),
            bars(HorizontalBars(bars: rows, header: ["KPI", "Now", "Before", "Change"], maximumBarWidth: 0, glyphs: glyphs)),
            notes(["Rates change in percentage points (pt); the monthly figures are for the month of each period's last day.",
                   "\(glyphs.up) up, \(glyphs.down) down: coloured by whether the change is good news.",
                   Messages.reportsKPIDefinitions.text(["day": min(report.to, report.asOf)])]),
        ] + attainment(report.attainment)
    }

    func kpiValue(_ value: Double?, _ unit: KPIReport.Unit, currency: CurrencyCode) -> String {
        guard let value else { return ChartNumbers.notAvailable }
        switch unit {
        case .money: return money(ReportMoney(minorUnits: Self.minorUnits(value, currency), currency: currency))
        case .count: return numbers.decimal(value, digits: 0)
        case .rate: return percent(value)
        case .days: return numbers.decimal(value) + " d"
        case .score: return numbers.decimal(value)
        }
    }

    /// "▲ +5.0 pt", styled positive when the change is good news and negative when it is bad.
    func kpiChange(_ kpi: KPIReport.KPI, currency: CurrencyCode) -> (text: String, style: Style) {
        guard let change = kpi.change else { return (ChartNumbers.notAvailable, .muted) }
        let magnitude = kpi.unit == .rate ? numbers.decimal(change * 100) + " pt" : kpiValue(change, kpi.unit, currency: currency)
        let text = numbers.signed(magnitude)
        // What is shown decides: a change that rounds to zero is no change.
        let direction = text.hasPrefix("+") ? 1 : text.hasPrefix("-") ? -1 : 0
        guard direction != 0 else { return (text, .muted) }
        let good = (direction > 0) != Self.lowerIsBetter.contains(kpi.id)
        return ((direction > 0 ? glyphs.up : glyphs.down) + " " + text, good ? .positive : .negative)
    }

    static func minorUnits(_ major: Double, _ currency: CurrencyCode) -> Int64 {
        var scale = 1.0
        for _ in 0..<currency.minorDigits { scale *= 10 }
        // Clamped: a KPI beyond Int64 minor units is not a real amount, and must not trap.
        let scaled = min(max(major * scale, -9.0e18), 9.0e18)
        return Int64(scaled < 0 ? scaled - 0.5 : scaled + 0.5)
    }
}
