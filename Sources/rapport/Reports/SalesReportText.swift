import RapportCore

extension ReportText {
    mutating func render(_ report: FunnelReport) {
        title("Funnel: opportunities created \(period(from: report.from, to: report.to, asOf: report.asOf))")
        say("\(report.opportunities) opportunities. A deal reached a stage when it is or was there or further on; won deals reached every stage.")
        line()
        table(["Stage", "Reached", "Value", "To next"],
              report.stages.map { [$0.name, count($0.reached), money($0.value), percent($0.conversionToNext)] },
              align: [.left, .right, .right, .right], bars: report.stages.map { Double($0.reached) })
        line()
        say("Won \(report.won), lost \(report.lost), open \(report.open). Win rate \(percent(report.winRate)) (won / (won + lost)).")
        say("Average deal size \(money(report.averageDealSize)) (won deals). "
             + "Average sales cycle \(decimal(report.averageSalesCycleDays)) days (created to won).")
        excluded(report.excludedFromValues, "deals", currency: report.currency)
        if report.unknownStage > 0 { say("\(report.unknownStage) deals are in a stage that is not in the pipeline.") }
    }

    mutating func render(_ report: PipelineReport) {
        title("Open pipeline as of \(report.asOf)")
        say("\(report.openCount) open deals, value \(money(report.totalValue)), weighted \(money(report.totalWeightedValue)).")
        line()
        table(["Stage", "Prob.", "Deals", "Value", "Weighted"],
              report.stages.map { [$0.name, "\($0.probability)%", count($0.count), money($0.value), money($0.weightedValue)] },
              align: [.left, .right, .right, .right, .right], bars: report.stages.map { $0.weightedValue.major })
        heading("Weighted forecast by expected close month")
        let rows = report.forecast + [report.overdue, report.unspecified]
        table(["Month", "Deals", "Value", "Weighted"],
              rows.map { [$0.key, count($0.count), money($0.value), money($0.weightedValue)] },
              align: [.left, .right, .right, .right], bars: rows.map { $0.weightedValue.major })
        say("overdue: expected close before \(report.asOf); unspecified: no expected close.")
        say("Weighted = amount x probability (the deal's own, else its stage's), per deal, rounded to the cent.")
        excluded(report.excludedFromValues, "deals", currency: report.currency)
        if report.unknownStage > 0 { say("\(report.unknownStage) deals are in a stage that is not in the pipeline.") }
    }

    mutating func render(_ report: LostReasonsReport) {
        title("Lost deals, closed \(period(from: report.from, to: report.to, asOf: report.asOf))")
        say("\(report.lost) deals lost, value \(money(report.lostValue)).")
        line()
        table(["Reason", "Deals", "Share", "Value"],
              report.reasons.map { [$0.reason, count($0.count), percent($0.share), money($0.value)] },
              align: [.left, .right, .right, .right], bars: report.reasons.map { Double($0.count) })
        line()
        say("Quotes on the \(report.closedOpportunities) deals closed in the period: \(report.offers) "
             + "(\(decimal(report.offersPerOpportunity, digits: 2)) per deal); "
             + "\(report.acceptedOffers) accepted, \(report.rejectedOffers) rejected: "
             + "acceptance rate \(percent(report.offerAcceptanceRate)) (accepted / (accepted + rejected)).")
        excluded(report.excludedFromValues, "deals", currency: report.currency)
    }

    mutating func render(_ report: KPIReport) {
        title("KPIs, \(period(from: report.from, to: report.to, asOf: report.asOf))")
        say("Compared with \(report.previousFrom) to \(report.previousTo), the period of equal length before.")
        line()
        table(["KPI", "Now", "Before", "Change"],
              report.kpis.map { [$0.title, kpiValue($0.current, $0.unit, currency: report.currency),
                                 kpiValue($0.previous, $0.unit, currency: report.currency),
                                 kpiChange($0.change, $0.unit, currency: report.currency)] },
              align: [.left, .right, .right, .right])
        line()
        say("Rates change in percentage points; the monthly figures are for the months of each period's last day.")
    }

    func kpiValue(_ value: Double?, _ unit: KPIReport.Unit, currency: CurrencyCode) -> String {
        guard let value else { return "n/a" }
        switch unit {
        case .money: return money(ReportMoney(minorUnits: minorUnits(value, currency), currency: currency))
        case .count: return decimal(value, digits: 0)
        case .rate: return percent(value)
        case .days: return decimal(value) + " d"
        case .score: return decimal(value)
        }
    }

    func kpiChange(_ change: Double?, _ unit: KPIReport.Unit, currency: CurrencyCode) -> String {
        guard let change else { return "n/a" }
        let sign = change > 0 ? "+" : ""
        if unit == .rate { return sign + decimal(change * 100) + " pt" }
        return sign + kpiValue(change, unit, currency: currency)
    }

    private func minorUnits(_ major: Double, _ currency: CurrencyCode) -> Int64 {
        var scale = 1.0
        for _ in 0..<currency.minorDigits { scale *= 10 }
        return Int64((major * scale).rounded())
    }
}
