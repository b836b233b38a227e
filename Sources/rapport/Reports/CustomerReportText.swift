import RapportCore

extension ReportText {
    mutating func render(_ report: RetentionReport) {
        title("Cohort retention, \(period(from: report.from, to: report.to, asOf: report.asOf))")
        say("Share of each cohort (month of first purchase) that bought again k months later; M0 is always 100%.")
        line()
        // As many month columns as the width allows; later months are cut with a note.
        let longest = report.cohorts.map(\.retention.count).max() ?? 0
        let fitting = max(1, (width - 17) / 6)
        let shown = min(longest, fitting)
        let header = ["Cohort", "Size"] + (0..<shown).map { "M\($0)" }
        let rows = report.cohorts.map { cohort in
            [cohort.cohort.description, count(cohort.size)]
                + (0..<shown).map { $0 < cohort.retention.count ? decimal(cohort.retention[$0] * 100, digits: 0) + "%" : "" }
        }
        table(header, rows, align: [.left] + Array(repeating: .right, count: shown + 1))
        if shown < longest { say("(months after M\(shown - 1) do not fit in \(width) columns; --json has them all)") }
        line()
        say("Active customers (bought in the 12 months up to the day): S = \(report.activeAtStart) on "
             + "\(report.from.adding(days: -1)), E = \(report.activeAtEnd) at the end; N = \(report.newCustomers) new in the period.")
        say("Retention (E - N) / S = \(percent(report.retentionRate)); churn 1 - retention = \(percent(report.churnRate)).")
        if report.unattributedPurchases > 0 {
            say("\(report.unattributedPurchases) purchases of erased buyers are in no cohort.")
        }
    }

    mutating func render(_ report: NPSReport) {
        title("NPS, answers \(period(from: report.from, to: report.to, asOf: report.asOf))")
        say("NPS \(decimal(report.score)) from \(report.responses) answers: \(report.promoters) promoters (9-10), "
             + "\(report.passives) passives (7-8), \(report.detractors) detractors (0-6).")
        say("NPS = % promoters - % detractors, -100 to 100, one decimal.")
        heading("Answers by score")
        table(["Score", "Answers"], report.distribution.enumerated().map { [String($0.offset), count($0.element)] },
              align: [.right, .right], bars: report.distribution.map(Double.init))
        heading("Monthly trend")
        table(["Month", "Answers", "Prom.", "Pass.", "Detr.", "NPS"],
              report.monthly.map { [$0.month.description, count($0.responses), count($0.promoters), count($0.passives),
                                    count($0.detractors), decimal($0.score)] },
              align: [.left, .right, .right, .right, .right, .right])
        if report.invalidScores > 0 { say("\(report.invalidScores) answers with a score outside 0-10 are left out.") }
    }

    mutating func render(_ report: SegmentsReport) {
        title("Customer segments as of \(report.asOf)")
        say("\(report.contacts) contacts created by then. \"The last N months\" ends on \(report.asOf) and starts "
             + "the day after the same day N months before.")
        line()
        table(["Segment", "Contacts", "Share", "Rule"],
              CustomerSegment.allCases.map { segment in
                  [segment.title, count(report.count(segment)),
                   percent(report.contacts == 0 ? nil : Double(report.count(segment)) / Double(report.contacts)), segment.rule]
              },
              align: [.left, .right, .right, .left])
        heading("RFM scores (quintiles over the \(report.rfmSummary.customers) customers; 5 is best)")
        let summary = report.rfmSummary
        table(["Score", "Recency", "Frequency", "Monetary"],
              (0..<5).map { [String($0 + 1), count(summary.recency[$0]), count(summary.frequency[$0]), count(summary.monetary[$0])] },
              align: [.right, .right, .right, .right])
        say("\(summary.champions) customers score 4 or 5 on all three.")
    }

    mutating func render(_ report: LifetimeValueReport) {
        title("Customer lifetime value as of \(report.asOf)")
        say("\(report.customers) customers bought \(money(report.totalHistoricalValue)) in all: "
             + "\(money(report.averageHistoricalValue)) each on average; predicted \(money(report.averagePredictedValue)) each.")
        say("Predicted = average order x purchases per year x \(report.expectedLifespanYears) years; "
             + "purchases per year = purchases / max(years since the first, 1).")
        heading("Predicted value distribution")
        table(["From", "To", "Customers"],
              report.histogram.map { [money($0.lower), money($0.upper), count($0.customers)] },
              align: [.right, .right, .right], bars: report.histogram.map { Double($0.customers) })
        heading("Top \(report.top.count) customers by predicted value")
        table(["Customer", "Orders", "Spent", "Per year", "Predicted"],
              report.top.map { [$0.name, count($0.purchases), money($0.historicalValue), decimal($0.purchasesPerYear, digits: 2),
                                money($0.predictedValue)] },
              align: [.left, .right, .right, .right, .right])
        excluded(report.excludedPurchases, "purchases", currency: report.currency)
        if report.unattributedPurchases > 0 {
            say("\(report.unattributedPurchases) purchases of erased buyers count for no customer.")
        }
    }
}
