import Foundation

/// The open deals by stage and the weighted forecast by expected close month. See docs/REPORTS.md.
public struct PipelineReport: Sendable, Encodable {
    public struct Stage: Sendable, Encodable {
        public let stageID: String
        public let name: String
        /// The stage's default probability, percent (a deal's override wins over it).
        public let probability: Int
        public let count: Int
        public let value: ReportMoney
        /// Sum of each deal's amount x its probability, each rounded half away from zero in minor units.
        public let weightedValue: ReportMoney
        /// Where the stage's deals count in the forecast (its own, else by position).
        public let forecastCategory: ForecastCategory

        enum CodingKeys: String, CodingKey { case stageID, stage, probability, count, value, weightedValue, forecastCategory }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stageID, forKey: .stageID)
            try container.encode(name, forKey: .stage)
            try container.encode(probability, forKey: .probability)
            try container.encode(count, forKey: .count)
            try container.encode(value, forKey: .value)
            try container.encode(weightedValue, forKey: .weightedValue)
            try container.encode(forecastCategory, forKey: .forecastCategory)
        }
    }

    /// One group of the forecast: a month, or the deals with a past or no expected close.
    public struct ForecastBucket: Sendable, Encodable {
        /// "YYYY-MM", "overdue" (expected close before as-of) or "unspecified" (none given).
        public let key: String
        public let count: Int
        public let value: ReportMoney
        public let weightedValue: ReportMoney
    }

    public let asOf: LocalDate
    public let currency: CurrencyCode
    public let stages: [Stage]
    /// Every open deal, including those in a stage not in the pipeline (not in `stages`).
    public let openCount: Int
    public let totalValue: ReportMoney
    public let totalWeightedValue: ReportMoney
    /// Months from as-of's month to the last expected close, with empty months filled in.
    public let forecast: [ForecastBucket]
    public let overdue: ForecastBucket
    public let unspecified: ForecastBucket
    /// Open deals in a currency with no rate to the base currency: counted, not in the values.
    public let excludedFromValues: Int
    public let unknownStage: Int
    /// By forecast category, per month and per quarter, with attainment of the targets
    /// (`Reports.forecastPeriods` says which months and quarters).
    public let forecastMonths: [ForecastPeriodRow]
    public let forecastQuarters: [ForecastPeriodRow]
    /// The currencies converted into the values at the latest rate (absent: none, the values
    /// are exact).
    public let convertedFrom: [CurrencyCode]?
}

extension Reports {
    /// Open deals at the end of `asOf` (created by then, not won or lost by then).
    /// With several pipelines, the stages are every pipeline's in order (see `perPipeline` for sections).
    public static func pipeline(_ book: Book, asOf: LocalDate, timeZone: TimeZone = ReportPeriod.utc) -> PipelineReport {
        let book = book.withPipelinesCombined
        let settings = book.settings
        let currency = settings.baseCurrency
        let converter = CurrencyConverter(settings)
        var converted: Set<CurrencyCode> = []
        let stageCount = settings.pipeline.count
        var counts = [Int](repeating: 0, count: stageCount)
        var values = [Int64](repeating: 0, count: stageCount)
        var weighted = [Int64](repeating: 0, count: stageCount)
        var openCount = 0, excluded = 0, unknownStage = 0
        var totalValue: Int64 = 0, totalWeighted: Int64 = 0
        var monthly: [Month: (count: Int, value: Int64, weighted: Int64)] = [:]
        var overdue = (count: 0, value: Int64(0), weighted: Int64(0))
        var unspecified = overdue
        let firstMonth = Month(asOf)
        let days = DayConverter(timeZone)
        var lastMonth = firstMonth
        for deal in book.opportunities.byID.values {
            guard let snapshot = DealSnapshot(deal, on: asOf, settings: settings, days: days),
                  snapshot.isOpen else { continue }
            openCount += 1
            // An open deal converts at the latest rate; one with no rate to the base is counted
            // everywhere but adds nothing to the values.
            let stageProbability = snapshot.stageIndex.map { settings.pipeline[$0].probability } ?? 0
            let own = deal.amount.weighted(byPercent: deal.probabilityOverride ?? stageProbability)
            var amount: Int64 = 0, weight: Int64 = 0
            if let value = converter.convert(deal.amount, on: nil), let weighted = converter.convert(own, on: nil) {
                amount = value.minorUnits
                weight = weighted.minorUnits
                if deal.amount.currency != currency { converted.insert(deal.amount.currency) }
            } else {
                excluded += 1
            }
            totalValue += amount
            totalWeighted += weight
            if let index = snapshot.stageIndex {
                counts[index] += 1
                values[index] += amount
                weighted[index] += weight
            } else {
                unknownStage += 1
            }
            switch deal.expectedClose {
            case nil:
                unspecified.count += 1; unspecified.value += amount; unspecified.weighted += weight
            case let close? where close < asOf:
                overdue.count += 1; overdue.value += amount; overdue.weighted += weight
            case let close?:
                let month = Month(close)
                lastMonth = max(lastMonth, month)
                monthly[month, default: (0, 0, 0)].count += 1
                monthly[month, default: (0, 0, 0)].value += amount
                monthly[month, default: (0, 0, 0)].weighted += weight
            }
        }
        func money(_ minor: Int64) -> ReportMoney { ReportMoney(minorUnits: minor, currency: currency) }
        func bucket(_ key: String, _ totals: (count: Int, value: Int64, weighted: Int64)) -> PipelineReport.ForecastBucket {
            PipelineReport.ForecastBucket(key: key, count: totals.count, value: money(totals.value),
                                          weightedValue: money(totals.weighted))
        }
        let stages = settings.pipeline.enumerated().map { index, stage in
            PipelineReport.Stage(stageID: stage.id, name: stage.name, probability: stage.probability, count: counts[index],
                                 value: money(values[index]), weightedValue: money(weighted[index]),
                                 forecastCategory: settings.forecastCategory(ofStageAt: index))
        }
        // A forecast with no dated deal still shows the current month, at zero.
        let forecast = Month.range(firstMonth, through: lastMonth).map { bucket($0.description, monthly[$0] ?? (0, 0, 0)) }
        let periods = forecastPeriods(book, asOf: asOf, lastExpectedClose: lastMonth)
        let rows = forecastRows(book, periods: periods.months + periods.quarters, asOf: asOf, days: days)
        return PipelineReport(asOf: asOf, currency: currency, stages: stages, openCount: openCount,
                              totalValue: money(totalValue), totalWeightedValue: money(totalWeighted),
                              forecast: forecast, overdue: bucket("overdue", overdue),
                              unspecified: bucket("unspecified", unspecified), excludedFromValues: excluded,
                              unknownStage: unknownStage, forecastMonths: Array(rows.prefix(periods.months.count)),
                              forecastQuarters: Array(rows.dropFirst(periods.months.count)),
                              convertedFrom: converted.isEmpty ? nil : converted.sorted())
    }
}
