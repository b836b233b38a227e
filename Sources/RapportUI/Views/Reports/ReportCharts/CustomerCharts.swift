import RapportCore
import RapportCanvas

extension ReportChartBuilder {
    func retention(_ report: RetentionReport) -> [ChartSection] {
        let customers = report.cohorts.reduce(0) { $0 + $1.size }
        guard customers > 0 || report.activeAtStart > 0 || report.activeAtEnd > 0 else {
            return noData("No customer bought anything up to \(report.asOf).")
        }
        let longest = report.cohorts.map(\.retention.count).max() ?? 0
        let rows = report.cohorts.map { cohort in
            (label: cohort.cohort.description, info: [count(cohort.size)],
             cells: cohort.retention.enumerated().map { month, share -> HeatCell? in
                 // Short: whole percentages without the sign (the heading says "%"). A month still
                 // running is marked (muted, "*"), not shown as a month in which few came back.
                 HeatCell(fraction: share, text: percent(share), shortText: numbers.decimal(share * 100, digits: 0),
                          isPartial: Self.isPartialCell(cohort, month: month))
             })
        }
        let grid = HeatGrid(cornerTitle: "Cohort", rowInfoTitles: ["Size"], rows: rows,
                            columnTitles: (0..<longest).map { "M\($0)" }, glyphs: glyphs)
        let curve = Self.averageRetention(report.cohorts)
        let chart = LineChart(values: curve, range: 0...1, xLabels: curve.indices.map { "M\($0)" }, glyphs: glyphs) {
            numbers.percent($0, digits: 0)
        }
        var sections = [
            summary([joined(["Retention \(percent(report.retentionRate))", "churn \(percent(report.churnRate))"]),
                     "Active customers (bought in the 12 months up to the day): S = \(count(report.activeAtStart)) on "
                     + "\(report.from.adding(days: -1)), E = \(count(report.activeAtEnd)) at the end, "
                     + "N = \(count(report.newCustomers)) new. Retention = (E - N) / S."]),
            ChartSection(heading: "% of each cohort (month of first purchase) buying again k months later",
                         height: grid.preferredHeight) { buffer, area in grid.render(into: &buffer, area: area) },
        ]
        if curve.count >= 2 {
            sections.append(ChartSection(heading: "Average retention curve (all cohorts, weighted by size)",
                                         height: 8 + LineChart.chromeHeight, minimumHeight: 3 + LineChart.chromeHeight,
                                         maximumHeight: 16 + LineChart.chromeHeight) { buffer, area in
                chart.render(into: &buffer, area: area)
            })
        }
        var remarks: [String] = []
        if report.cohorts.contains(where: \.partial) {
            remarks.append(Messages.reportsRetentionPartialMonth.text(["mark": HeatGrid.partialMark, "month": Month(report.asOf),
                                                                       "asOf": report.asOf]))
        }
        remarks += partialPeriod(from: report.from, to: report.to, asOf: report.asOf, partial: report.partial)
        if report.unattributedPurchases > 0 {
            remarks.append("\(count(report.unattributedPurchases)) purchases of erased buyers are in no cohort.")
        }
        if !remarks.isEmpty { sections.append(notes(remarks)) }
        return sections
    }

    /// The cell of a month not over as of the report's day: the newest cell of a partial cohort.
    static func isPartialCell(_ cohort: RetentionReport.Cohort, month: Int) -> Bool {
        cohort.partial && month == cohort.active.count - 1
    }

    /// Month k of the curve: the customers of every cohort that has reached month k who bought
    /// in it, over those cohorts' customers (so a big cohort weighs more than a small one).
    /// Only complete months count: nil where every cohort's month k is still running.
    static func averageRetention(_ cohorts: [RetentionReport.Cohort]) -> [Double?] {
        let longest = cohorts.map(\.active.count).max() ?? 0
        return (0..<longest).map { month in
            var active = 0, size = 0
            // A month still running would pull the curve down as if customers had left: left out.
            for cohort in cohorts where month < cohort.active.count && !isPartialCell(cohort, month: month) {
                active += cohort.active[month]
                size += cohort.size
            }
            return size == 0 ? nil : Double(active) / Double(size)
        }
    }

    /// The style of an NPS group: detractors (0-6) are bad news, passives (7-8) a warning,
    /// promoters (9-10) good news.
    static func npsStyle(score: Int) -> Style {
        score >= 9 ? .positive : score >= 7 ? .warning : .negative
    }

    func nps(_ report: NPSReport) -> [ChartSection] {
        guard report.responses > 0 else {
            var detail = "No survey answer in the period."
            if report.invalidScores > 0 { detail += " \(count(report.invalidScores)) answers with a score outside 0-10 are left out." }
            return noData(detail)
        }
        func share(_ part: Int) -> String { percent(Double(part) / Double(report.responses)) }
        let groups = HorizontalBars(bars: [
            HorizontalBar("Promoters (9-10)", value: Int64(report.promoters), figures: [count(report.promoters), share(report.promoters)],
                          style: .positive),
            HorizontalBar("Passives (7-8)", value: Int64(report.passives), figures: [count(report.passives), share(report.passives)],
                          style: .warning),
            HorizontalBar("Detractors (0-6)", value: Int64(report.detractors),
                          figures: [count(report.detractors), share(report.detractors)], style: .negative),
        ], header: ["Group", "Answers", "Share"], maximum: Int64(report.responses), glyphs: glyphs)
        let distribution = ColumnChart(columns: report.distribution.enumerated().map { score, answers in
            Column(String(score), value: Int64(answers), valueText: count(answers), style: Self.npsStyle(score: score))
        }, glyphs: glyphs, maximumColumnWidth: 5) { count(Int($0)) }
        func mark(_ month: NPSReport.MonthTally) -> String { month.partial ? Self.partialMark : "" }
        let trend = LineChart(values: report.monthly.map(\.score), range: -100...100,
                              xLabels: report.monthly.map { Self.shortMonth($0.month) + mark($0) }, glyphs: glyphs) {
            numbers.decimal($0, digits: 0)
        }
        let monthly = HorizontalBars(bars: report.monthly.map { month in
            HorizontalBar(month.month.description + mark(month), value: Int64(month.responses),
                          figures: [count(month.responses), count(month.promoters), count(month.passives), count(month.detractors),
                                    numbers.decimal(month.score)],
                          style: Self.seriesStyle(0))
        }, header: ["Month", "Answers", "Prom.", "Pass.", "Detr.", "NPS"], glyphs: glyphs)
        var sections = [
            summary(["NPS \(numbers.decimal(report.score)) from \(count(report.responses)) answers "
                     + "(% promoters - % detractors, -100 to 100)"]),
            bars(groups),
            ChartSection(heading: "Answers by score", height: 6 + ColumnChart.chromeHeight, minimumHeight: 3 + ColumnChart.chromeHeight,
                         maximumHeight: 12 + ColumnChart.chromeHeight) { buffer, area in distribution.render(into: &buffer, area: area) },
        ]
        if report.monthly.count >= 2 {
            sections.append(ChartSection(heading: "NPS by month", height: 8 + LineChart.chromeHeight,
                                         minimumHeight: 3 + LineChart.chromeHeight, maximumHeight: 14 + LineChart.chromeHeight) {
                buffer, area in trend.render(into: &buffer, area: area)
            })
        }
        sections.append(bars(monthly))
        var remarks: [String] = []
        if let running = report.monthly.first(where: \.partial) {
            remarks.append(Messages.reportsPartialMonth.text(["mark": Self.partialMark, "month": running.month,
                                                              "asOf": report.asOf]))
        }
        remarks += partialPeriod(from: report.from, to: report.to, asOf: report.asOf, partial: report.partial)
        if report.invalidScores > 0 {
            remarks.append("\(count(report.invalidScores)) answers with a score outside 0-10 are left out.")
        }
        if !remarks.isEmpty { sections.append(notes(remarks)) }
        return sections
    }

    func segments(_ report: SegmentsReport) -> [ChartSection] {
        guard report.contacts > 0 else { return noData("No contact was created by \(report.asOf).") }
        let segments = CustomerSegment.allCases.enumerated().map { index, segment in
            HorizontalBar(segment.title, value: Int64(report.count(segment)),
                          figures: [count(report.count(segment)),
                                    percent(Double(report.count(segment)) / Double(report.contacts)), segment.rule],
                          style: Self.seriesStyle(index))
        }
        let summary = report.rfmSummary
        let rfmRows: [(label: String, info: [String], cells: [HeatCell?])] = [
            ("Recency", summary.recency), ("Frequency", summary.frequency), ("Monetary", summary.monetary),
        ].map { name, counts in
            (label: name, info: [], cells: counts.map { customers -> HeatCell? in
                HeatCell(fraction: summary.customers == 0 ? 0 : Double(customers) / Double(summary.customers), text: count(customers))
            })
        }
        let rfm = HeatGrid(cornerTitle: "Score", rows: rfmRows, columnTitles: ["1", "2", "3", "4", "5"], glyphs: glyphs)
        var sections = [
            self.summary(["\(count(report.contacts)) contacts created by \(report.asOf). \"The last N months\" ends on "
                          + "\(report.asOf)."]),
            bars(HorizontalBars(bars: segments, header: ["Segment", "Contacts", "Share", "Rule"], glyphs: glyphs)
                .withFiguresLeftAligned(last: true)),
        ]
        if summary.customers > 0 {
            sections.append(ChartSection(heading: "RFM: customers per score (quintiles over \(count(summary.customers)) customers; 5 is best)",
                                         height: rfm.preferredHeight) { buffer, area in rfm.render(into: &buffer, area: area) })
            sections.append(notes(["\(count(summary.champions)) champions score 4 or 5 on all three. Shade: share of the customers."]))
        }
        return sections
    }

    func lifetimeValue(_ report: LifetimeValueReport) -> [ChartSection] {
        guard report.customers > 0 else { return noData("No customer bought anything up to \(report.asOf).") }
        let histogram = ColumnChart(columns: report.histogram.map { bucket in
            Column(numbers.moneyCompact(bucket.lower), value: Int64(bucket.customers), valueText: count(bucket.customers),
                   style: Self.seriesStyle(0))
        }, glyphs: glyphs) { count(Int($0)) }
        let width = report.histogram.first.map { ReportMoney(minorUnits: $0.upper.minorUnits - $0.lower.minorUnits,
                                                             currency: $0.upper.currency) }
        let top = report.top.map { customer in
            HorizontalBar(customer.name, value: customer.predictedValue.minorUnits,
                          figures: [count(customer.purchases), money(customer.historicalValue),
                                    numbers.decimal(customer.purchasesPerYear, digits: 2), money(customer.predictedValue)],
                          style: Self.seriesStyle(1))
        }
        var notes = ["Predicted = average order x purchases per year x \(report.expectedLifespanYears) years; "
                     + "purchases per year = purchases / max(years since the first, 1)."]
        notes += converted(report.convertedFrom, excluded: report.excludedPurchases, "purchases", currency: report.currency)
        if report.unattributedPurchases > 0 {
            notes.append("\(count(report.unattributedPurchases)) purchases of erased buyers count for no customer.")
        }
        return [
            summary([joined(["\(count(report.customers)) customers", "spent \(money(report.totalHistoricalValue))",
                             "\(money(report.averageHistoricalValue)) each"]),
                     "Predicted lifetime value \(money(report.averagePredictedValue)) each on average."]),
            ChartSection(heading: "Customers by predicted value" + (width.map { " (buckets of \(numbers.moneyWhole($0)))" } ?? ""),
                         height: 8 + ColumnChart.chromeHeight, minimumHeight: 3 + ColumnChart.chromeHeight,
                         maximumHeight: 14 + ColumnChart.chromeHeight) { buffer, area in histogram.render(into: &buffer, area: area) },
            bars(HorizontalBars(bars: top, header: ["Top \(top.count) customers", "Orders", "Spent", "Per year", "Predicted"],
                                glyphs: glyphs)),
            self.notes(notes),
        ]
    }
}
