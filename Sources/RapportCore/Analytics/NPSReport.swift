import Foundation

/// Net Promoter Score of the answers in a period, its 0-10 distribution and monthly trend.
/// See docs/REPORTS.md.
public struct NPSReport: Sendable, Encodable {
    public struct MonthTally: Sendable, Encodable {
        public let month: Month
        public let responses: Int
        public let promoters: Int
        public let passives: Int
        public let detractors: Int
        public let score: Double?
        /// The month is not over as of as-of (`PeriodCompleteness`): its answers are so far.
        public let partial: Bool

        enum CodingKeys: String, CodingKey { case month, responses, promoters, passives, detractors, score, partial }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(month, forKey: .month)
            try container.encode(responses, forKey: .responses)
            try container.encode(promoters, forKey: .promoters)
            try container.encode(passives, forKey: .passives)
            try container.encode(detractors, forKey: .detractors)
            try container.encodeNullable(score, forKey: .score)
            try container.encode(partial, forKey: .partial)
        }
    }

    public let from: LocalDate
    public let to: LocalDate
    public let asOf: LocalDate
    public let score: Double?
    public let responses: Int
    public let promoters: Int
    public let passives: Int
    public let detractors: Int
    /// distribution[s]: answers with score s, for s in 0...10.
    public let distribution: [Int]
    /// Every month of the period, oldest first, months without answers included.
    public let monthly: [MonthTally]
    /// Answers with a score outside 0...10: left out.
    public let invalidScores: Int
    /// The period runs past as-of: its figures are so far (`PeriodCompleteness`).
    public let partial: Bool

    enum CodingKeys: String, CodingKey {
        case from, to, asOf, score, responses, promoters, passives, detractors, distribution, monthly, invalidScores
        case partial
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(asOf, forKey: .asOf)
        try container.encodeNullable(score, forKey: .score)
        try container.encode(responses, forKey: .responses)
        try container.encode(promoters, forKey: .promoters)
        try container.encode(passives, forKey: .passives)
        try container.encode(detractors, forKey: .detractors)
        try container.encode(distribution, forKey: .distribution)
        try container.encode(monthly, forKey: .monthly)
        try container.encode(invalidScores, forKey: .invalidScores)
        try container.encode(partial, forKey: .partial)
    }
}

extension NPSReport {
    /// %promoters - %detractors to one decimal, half away from zero; nil for no answers.
    static func score(promoters: Int, detractors: Int, responses: Int) -> Double? {
        guard responses > 0 else { return nil }
        return ReportMath.round(Double(promoters - detractors) * 100 / Double(responses), digits: 1)
    }
}

extension Reports {
    public static func nps(_ book: Book, period: ReportPeriod) -> NPSReport {
        var distribution = [Int](repeating: 0, count: 11)
        let months = Month.range(Month(period.from), through: Month(period.end))
        var monthlyCounts: [Month: [Int]] = [:]  // [promoters, passives, detractors]
        var invalid = 0
        for answer in book.surveys.all where period.contains(answer.date) {
            guard (0...10).contains(answer.score) else {
                invalid += 1
                continue
            }
            distribution[answer.score] += 1
            let group = answer.score >= 9 ? 0 : answer.score >= 7 ? 1 : 2
            monthlyCounts[Month(answer.date), default: [0, 0, 0]][group] += 1
        }
        let promoters = distribution[9...10].reduce(0, +)
        let passives = distribution[7...8].reduce(0, +)
        let detractors = distribution[0...6].reduce(0, +)
        let responses = promoters + passives + detractors
        let monthly = months.map { month -> NPSReport.MonthTally in
            let counts = monthlyCounts[month] ?? [0, 0, 0]
            let total = counts.reduce(0, +)
            return NPSReport.MonthTally(month: month, responses: total, promoters: counts[0], passives: counts[1],
                                        detractors: counts[2],
                                        score: NPSReport.score(promoters: counts[0], detractors: counts[2], responses: total),
                                        partial: period.isPartial(month))
        }
        return NPSReport(from: period.from, to: period.to, asOf: period.asOf,
                         score: NPSReport.score(promoters: promoters, detractors: detractors, responses: responses),
                         responses: responses, promoters: promoters, passives: passives, detractors: detractors,
                         distribution: distribution, monthly: monthly, invalidScores: invalid, partial: period.isPartial)
    }
}
