import Foundation

/// Customer lifetime value: what each customer spent, and a prediction. See docs/REPORTS.md.
public struct LifetimeValueReport: Sendable, Encodable {
    public struct Customer: Sendable, Encodable {
        public let contactID: ContactID
        /// The contact's display name; filled in for the top ten only (empty in `byContact`).
        public internal(set) var name: String
        /// Purchases in the default currency up to as-of.
        public let purchases: Int
        public let historicalValue: ReportMoney
        public let averageOrderValue: ReportMoney
        /// Years from the first purchase to as-of (days / 365.25).
        public let tenureYears: Double
        /// purchases / max(tenure in years, 1).
        public let purchasesPerYear: Double
        /// average order value x purchases per year x expected lifespan, rounded to the minor unit.
        public let predictedValue: ReportMoney
    }

    public struct Bucket: Sendable, Encodable {
        /// Predicted values from `lower` (included) to `upper` (excluded).
        public let lower: ReportMoney
        public let upper: ReportMoney
        public let customers: Int
    }

    public let asOf: LocalDate
    public let currency: CurrencyCode
    public let expectedLifespanYears: Int
    public let customers: Int
    public let totalHistoricalValue: ReportMoney
    public let averageHistoricalValue: ReportMoney?
    public let averagePredictedValue: ReportMoney?
    /// The distribution of predicted values, in equal buckets of a round width (1, 2 or 5 x 10^n).
    public let histogram: [Bucket]
    /// The ten highest predicted values (ties by contact id).
    public let top: [Customer]
    /// Purchases in another currency: left out (a customer with only those is in no figure).
    public let excludedPurchases: Int
    /// Purchases with no buyer: in the total of no customer.
    public let unattributedPurchases: Int
    /// Every customer's figures, by contact id (not in the JSON; the contact pane reads it).
    public let byContact: [ContactID: Customer]
    /// Currencies converted into the values, each purchase at its day's rate (absent: none).
    public var convertedFrom: [CurrencyCode]? = nil

    enum CodingKeys: String, CodingKey {
        case asOf, currency, expectedLifespanYears, customers, totalHistoricalValue, averageHistoricalValue
        case averagePredictedValue, histogram, top, excludedPurchases, unattributedPurchases, convertedFrom
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(currency, forKey: .currency)
        try container.encode(expectedLifespanYears, forKey: .expectedLifespanYears)
        try container.encode(customers, forKey: .customers)
        try container.encode(totalHistoricalValue, forKey: .totalHistoricalValue)
        try container.encodeNullable(averageHistoricalValue, forKey: .averageHistoricalValue)
        try container.encodeNullable(averagePredictedValue, forKey: .averagePredictedValue)
        try container.encode(histogram, forKey: .histogram)
        try container.encode(top, forKey: .top)
        try container.encode(excludedPurchases, forKey: .excludedPurchases)
        try container.encode(unattributedPurchases, forKey: .unattributedPurchases)
        try container.encodeIfPresent(convertedFrom, forKey: .convertedFrom)
    }
}

extension Reports {
    public static let daysPerYear = 365.25

    public static func lifetimeValue(_ book: Book, asOf: LocalDate) -> LifetimeValueReport {
        lifetimeValue(book, history: PurchaseHistory(book, asOf: asOf))
    }

    public static func lifetimeValue(_ book: Book, history: PurchaseHistory) -> LifetimeValueReport {
        let currency = book.settings.defaultCurrency
        let lifespan = book.settings.expectedLifespanYears
        let asOf = history.asOf
        var excluded = 0
        var customers: [LifetimeValueReport.Customer] = []
        history.forEachCustomer { contactID, orders in
            var total: Int64 = 0, count = 0
            for order in orders {
                if let minor = order.minorUnits {
                    total += minor
                    count += 1
                } else {
                    excluded += 1
                }
            }
            guard count > 0, let first = orders.first, let average = ReportMath.averageMinorUnits(total, count: count)
            else { return }
            let tenure = Double(first.date.days(until: asOf)) / daysPerYear
            // A floor of one year: a customer who bought once last week has bought once a year so
            // far, not twelve times (a one-month floor would predict 36 orders over 3 years).
            let perYear = Double(count) / max(tenure, 1)
            let predicted = (Double(average) * perYear * Double(lifespan)).rounded()
            customers.append(LifetimeValueReport.Customer(
                contactID: contactID, name: "",
                purchases: count, historicalValue: ReportMoney(minorUnits: total, currency: currency),
                averageOrderValue: ReportMoney(minorUnits: average, currency: currency),
                tenureYears: tenure, purchasesPerYear: perYear,
                predictedValue: ReportMoney(minorUnits: Int64(predicted), currency: currency)))
        }
        let totalHistorical = customers.reduce(Int64(0)) { $0 + $1.historicalValue.minorUnits }
        let totalPredicted = customers.reduce(Int64(0)) { $0 + $1.predictedValue.minorUnits }
        func money(_ minor: Int64?) -> ReportMoney? { minor.map { ReportMoney(minorUnits: $0, currency: currency) } }
        let top = customers.sorted {
            ($0.predictedValue.minorUnits, $1.contactID) > ($1.predictedValue.minorUnits, $0.contactID)
        }.prefix(10).map { customer in
            var named = customer
            named.name = book.contacts[customer.contactID]?.displayName ?? customer.contactID.rawValue
            return named
        }
        var report = LifetimeValueReport(
            asOf: asOf, currency: currency, expectedLifespanYears: lifespan, customers: customers.count,
            totalHistoricalValue: ReportMoney(minorUnits: totalHistorical, currency: currency),
            averageHistoricalValue: money(ReportMath.averageMinorUnits(totalHistorical, count: customers.count)),
            averagePredictedValue: money(ReportMath.averageMinorUnits(totalPredicted, count: customers.count)),
            histogram: histogram(customers.map(\.predictedValue.minorUnits), currency: currency),
            top: Array(top), excludedPurchases: excluded, unattributedPurchases: history.unattributed,
            byContact: Dictionary(uniqueKeysWithValues: customers.map { ($0.contactID, $0) }))
        report.convertedFrom = history.convertedFrom
        return report
    }

    /// Buckets of a round width in major units (1, 2 or 5 x 10^n) chosen so that at most ten
    /// cover 0...max; empty for no values. Negative values (refunds) fall in the first bucket.
    static func histogram(_ values: [Int64], currency: CurrencyCode) -> [LifetimeValueReport.Bucket] {
        guard let maximum = values.max() else { return [] }
        let scale = Money.scale(currency)
        var width = scale  // one major unit
        var steps: [Int64] = [1, 2, 5]
        var stepIndex = 0
        while width * 10 <= maximum {
            stepIndex += 1
            if stepIndex == steps.count {
                stepIndex = 0
                steps = steps.map { $0 * 10 }
            }
            width = steps[stepIndex] * scale
        }
        let bucketCount = Int(maximum / width) + 1
        var counts = [Int](repeating: 0, count: bucketCount)
        for value in values { counts[Int(max(0, value) / width)] += 1 }
        return counts.enumerated().map { index, count in
            LifetimeValueReport.Bucket(lower: ReportMoney(minorUnits: Int64(index) * width, currency: currency),
                                       upper: ReportMoney(minorUnits: Int64(index + 1) * width, currency: currency),
                                       customers: count)
        }
    }
}
