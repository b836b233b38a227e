import RapportCore
import RapportCanvas

extension ReportChartBuilder {
    /// The forecast by category as two tables (months, quarters), then won against target as bars.
    func forecastByCategory(months: [ForecastPeriodRow], quarters: [ForecastPeriodRow]) -> [ChartSection] {
        let sections = [categoryTable(months, heading: Messages.forecastMonthsHeading.text),
                        categoryTable(quarters, heading: Messages.forecastQuartersHeading.text),
                        notes([Messages.forecastCategoriesNote.text])]
        return sections + attainment(months + quarters)
    }

    func categoryTable(_ rows: [ForecastPeriodRow], heading: String) -> ChartSection {
        let bars = rows.map { row in
            HorizontalBar(row.period, value: 0,
                          figures: [money(row.closed), money(row.commit), money(row.bestCase), money(row.pipeline),
                                    money(row.weighted)])
        }
        let header = [Messages.forecastPeriod, Messages.forecastClosed, Messages.forecastCommit, Messages.forecastBestCase,
                      Messages.forecastPipeline, Messages.forecastWeighted].map(\.text)
        return self.bars(HorizontalBars(bars: bars, header: header, maximumBarWidth: 0, glyphs: glyphs), heading: heading)
    }

    /// Won against target for the periods that have one: the bar is what was won, drawn over
    /// the whole target; nothing when no period has a target.
    func attainment(_ rows: [ForecastPeriodRow]) -> [ChartSection] {
        let targeted = rows.compactMap { row in row.target.map { (row, $0) } }
        guard !targeted.isEmpty else { return [] }
        let bars = targeted.map { row, target in
            HorizontalBar(row.period, value: min(row.closed.minorUnits, max(target.minorUnits, row.closed.minorUnits)),
                          whole: target.minorUnits,
                          figures: [money(target), percent(row.wonAttainment), percent(row.commitAttainment)],
                          style: Self.seriesStyle(2))
        }
        let header = [Messages.forecastPeriod, Messages.forecastTarget, Messages.forecastWonShare,
                      Messages.forecastCommitShare].map(\.text)
        return [
            self.bars(HorizontalBars(bars: bars, header: header, glyphs: glyphs),
                      heading: Messages.forecastAttainmentHeading.text),
            notes([Messages.forecastAttainmentNote.text(["bar": glyphs.horizontalEighths[7], "rest": glyphs.shades[0]])]),
        ]
    }
}
