/// A sales target (quota): the amount to win in one month or quarter, in the base currency.
public struct SalesTarget: Codable, Hashable, Sendable {
    public var period: TargetPeriod
    public var amount: Money

    public init(period: TargetPeriod, amount: Money) {
        self.period = period
        self.amount = amount
    }
}

/// A calendar month ("2027-01") or quarter ("2027-Q1"): what targets and the forecast are set for.
public enum TargetPeriod: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    case month(Month)
    /// `quarter` is 1...4.
    case quarter(year: Int, quarter: Int)

    /// The quarter a month is in.
    public static func quarter(of month: Month) -> TargetPeriod {
        .quarter(year: month.year, quarter: (month.month - 1) / 3 + 1)
    }

    /// "2027-01" or "2027-Q1" (the q in either case); nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return nil }
        let rest = parts[1].uppercased()
        if rest.hasPrefix("Q") {
            guard rest.count == 2, let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) else { return nil }
            self = .quarter(year: year, quarter: quarter)
        } else {
            guard rest.count == 2, rest.allSatisfy(\.isNumber), let month = Int(rest), (1...12).contains(month),
                  let first = LocalDate(year: year, month: month, day: 1) else { return nil }
            self = .month(Month(first))
        }
    }

    public var description: String {
        switch self {
        case .month(let month): return month.description
        case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
        }
    }

    /// The months it covers, in order.
    public var months: [Month] {
        switch self {
        case .month(let month): return [month]
        case .quarter(let year, let quarter):
            let first = Month(index: year * 12 + (quarter - 1) * 3)
            return Month.range(first, through: first.adding(2))
        }
    }

    public var firstMonth: Month { months.first ?? Month(index: 0) }
    public var lastMonth: Month { months.last ?? Month(index: 0) }

    public func contains(_ day: LocalDate) -> Bool { months.contains(Month(day)) }

    public var isQuarter: Bool { if case .quarter = self { return true } else { return false } }

    /// By first month; a quarter before the month it starts with.
    public static func < (lhs: TargetPeriod, rhs: TargetPeriod) -> Bool {
        if lhs.firstMonth != rhs.firstMonth { return lhs.firstMonth < rhs.firstMonth }
        return lhs.isQuarter && !rhs.isQuarter
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = TargetPeriod(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a month or quarter: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Settings {
    /// The targets set, in period order.
    public var salesTargets: [SalesTarget] { (targets ?? []).sorted { $0.period < $1.period } }

    /// The target of a period: its own; for a quarter without one, the sum of its months'
    /// targets when any is set. Nil when none applies, or when it is not in the base currency.
    public func target(for period: TargetPeriod) -> Money? {
        let all = targets ?? []
        if let own = all.first(where: { $0.period == period }) {
            return own.amount.currency == defaultCurrency ? own.amount : nil
        }
        guard period.isQuarter else { return nil }
        let months = Set(period.months.map(TargetPeriod.month))
        let parts = all.filter { months.contains($0.period) && $0.amount.currency == defaultCurrency }
        guard !parts.isEmpty else { return nil }
        return Money(minorUnits: parts.reduce(0) { $0 + $1.amount.minorUnits }, currency: defaultCurrency)
    }

    /// Sets (or replaces) the target of a period; a settings value, so the caller commits it.
    public mutating func setTarget(_ amount: Money, for period: TargetPeriod) {
        var all = (targets ?? []).filter { $0.period != period }
        all.append(SalesTarget(period: period, amount: amount))
        targets = all.sorted { $0.period < $1.period }
    }

    /// Removes a period's target; false when it had none.
    @discardableResult
    public mutating func removeTarget(for period: TargetPeriod) -> Bool {
        let all = targets ?? []
        let kept = all.filter { $0.period != period }
        targets = kept.isEmpty ? nil : kept
        return kept.count != all.count
    }
}
