import Foundation

/// Customer segments by purchase behaviour, and RFM scores. See docs/REPORTS.md.
public enum CustomerSegment: String, CaseIterable, Sendable, Encodable {
    case loyal, regular, occasional
    case atRisk = "at-risk"
    case exCustomer = "ex-customer"
    case new, prospect

    public var title: String {
        switch self {
        case .loyal: return "Loyal"
        case .regular: return "Regular"
        case .occasional: return "Occasional"
        case .atRisk: return "At risk"
        case .exCustomer: return "Ex-customer"
        case .new: return "New"
        case .prospect: return "Prospect"
        }
    }

    /// The rule, in words, for screens and the text report.
    public var rule: String {
        switch self {
        case .loyal: return "5+ purchases in the last 6 months"
        case .regular: return "3-4 purchases in the last 6 months"
        case .occasional: return "1-2 purchases in the last 6 months"
        case .atRisk: return "none in 6 months, some in 12"
        case .exCustomer: return "bought before, none in 12 months"
        case .new: return "created in the last month, never bought"
        case .prospect: return "never bought, created earlier"
        }
    }
}

/// Recency, frequency and monetary scores 1-5 (5 best) of one customer, by quintile among all
/// customers with a purchase up to as-of.
public struct RFMScore: Hashable, Sendable, Encodable {
    public let recency: Int
    public let frequency: Int
    public let monetary: Int
    /// Days from the last purchase to as-of (0 when bought on as-of).
    public let daysSinceLastPurchase: Int
    public let purchases: Int
    /// Sum of the purchases in the default currency.
    public let spent: ReportMoney

    /// "545": recency, frequency, monetary.
    public var code: String { "\(recency)\(frequency)\(monetary)" }
}

/// RFM scores of every customer as of a day: build once, then ask per contact.
public struct RFMScores: Sendable {
    public let asOf: LocalDate
    public let scoresByContact: [ContactID: RFMScore]

    public func rfm(for contactID: ContactID) -> RFMScore? { scoresByContact[contactID] }

    public init(_ book: Book, asOf: LocalDate) {
        self.init(PurchaseHistory(book, asOf: asOf))
    }

    public init(_ history: PurchaseHistory) {
        asOf = history.asOf
        let currency = history.currency
        // Scores depend only on the values, not on the order customers are visited in.
        var customers: [ContactID] = []
        var recencyDays: [Int] = [], counts: [Int] = [], spent: [Int64] = []
        customers.reserveCapacity(history.customerCount)
        history.forEachCustomer { contact, orders in
            customers.append(contact)
            recencyDays.append(orders.last.map { $0.date.days(until: history.asOf) } ?? 0)
            counts.append(orders.count)
            spent.append(orders.reduce(0) { $0 + ($1.minorUnits ?? 0) })
        }
        // Fewer days since the last purchase is better, so recency ranks the negated days.
        let recencyScores = RFMScores.quintiles(recencyDays.map { -$0 })
        let frequencyScores = RFMScores.quintiles(counts)
        let monetaryScores = RFMScores.quintiles(spent)
        var scores: [ContactID: RFMScore] = [:]
        scores.reserveCapacity(customers.count)
        for (index, contact) in customers.enumerated() {
            scores[contact] = RFMScore(recency: recencyScores[index], frequency: frequencyScores[index],
                                       monetary: monetaryScores[index], daysSinceLastPurchase: recencyDays[index],
                                       purchases: counts[index],
                                       spent: ReportMoney(minorUnits: spent[index], currency: currency))
        }
        scoresByContact = scores
    }

    /// Score 1-5 for each value, higher value better: 1 + (values strictly lower) x 5 / n. Equal
    /// values always get equal scores; with all values distinct each score holds a fifth of them.
    static func quintiles<Value: Comparable>(_ values: [Value]) -> [Int] {
        let sorted = values.sorted()
        let count = values.count
        return values.map { value in
            // The first index holding `value` is how many values are strictly lower.
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < value { low = middle + 1 } else { high = middle }
            }
            return 1 + low * 5 / count
        }
    }
}

public struct SegmentsReport: Sendable, Encodable {
    /// How many customers have each score, per dimension: counts[0] is score 1.
    public struct RFMSummary: Sendable, Encodable {
        public let customers: Int
        public let recency: [Int]
        public let frequency: [Int]
        public let monetary: [Int]
        /// Customers scoring 4 or 5 on all three.
        public let champions: Int
    }

    public let asOf: LocalDate
    /// Contacts created on or before as-of, by segment.
    public let counts: [CustomerSegment: Int]
    public let contacts: Int
    /// Each contact's segment, for the contact pane and filters (not in the JSON).
    public let segmentByContact: [ContactID: CustomerSegment]
    public let rfm: RFMScores
    public let rfmSummary: RFMSummary

    public func count(_ segment: CustomerSegment) -> Int { counts[segment] ?? 0 }
    public func segment(for contactID: ContactID) -> CustomerSegment? { segmentByContact[contactID] }
    public func rfm(for contactID: ContactID) -> RFMScore? { rfm.rfm(for: contactID) }

    enum CodingKeys: String, CodingKey { case asOf, segments, contacts, rfm }

    private struct SegmentCounts: Encodable {
        let counts: [CustomerSegment: Int]
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: JSONCodingKey.self)
            for segment in CustomerSegment.allCases {
                try container.encode(counts[segment] ?? 0, forKey: JSONCodingKey(stringValue: segment.rawValue))
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(SegmentCounts(counts: counts), forKey: .segments)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(rfmSummary, forKey: .rfm)
    }
}

extension Reports {
    public static func segments(_ book: Book, asOf: LocalDate, timeZone: TimeZone = ReportPeriod.utc) -> SegmentsReport {
        segments(book, history: PurchaseHistory(book, asOf: asOf), timeZone: timeZone)
    }

    /// The same from a purchase history already built for the as-of day.
    public static func segments(_ book: Book, history: PurchaseHistory, timeZone: TimeZone = ReportPeriod.utc) -> SegmentsReport {
        let asOf = history.asOf
        let lastMonth = TrailingMonths(1, endingOn: asOf)
        let lastSixMonths = TrailingMonths(6, endingOn: asOf)
        let lastYear = TrailingMonths(12, endingOn: asOf)
        let days = DayConverter(timeZone)
        var counts: [CustomerSegment: Int] = [:]
        var byContact: [ContactID: CustomerSegment] = [:]
        byContact.reserveCapacity(book.contacts.count)
        book.contacts.byID.forEachRecordAddress { contact in
            let created = days.day(of: contact.pointee.createdAt)
            guard created <= asOf else { return }
            let orders = history.orders(of: contact.pointee.id)
            let segment: CustomerSegment
            if orders.isEmpty {
                segment = lastMonth.contains(created) ? .new : .prospect
            } else {
                switch PurchaseHistory.countOrders(orders, in: lastSixMonths) {
                case 5...: segment = .loyal
                case 3...4: segment = .regular
                case 1...2: segment = .occasional
                default: segment = PurchaseHistory.hasOrder(orders, in: lastYear) ? .atRisk : .exCustomer
                }
            }
            counts[segment, default: 0] += 1
            byContact[contact.pointee.id] = segment
        }
        let rfm = RFMScores(history)
        var recency = [0, 0, 0, 0, 0], frequency = recency, monetary = recency
        var champions = 0
        for score in rfm.scoresByContact.values {
            recency[score.recency - 1] += 1
            frequency[score.frequency - 1] += 1
            monetary[score.monetary - 1] += 1
            if score.recency >= 4, score.frequency >= 4, score.monetary >= 4 { champions += 1 }
        }
        let summary = SegmentsReport.RFMSummary(customers: rfm.scoresByContact.count, recency: recency,
                                                frequency: frequency, monetary: monetary, champions: champions)
        return SegmentsReport(asOf: asOf, counts: counts, contacts: byContact.count, segmentByContact: byContact,
                              rfm: rfm, rfmSummary: summary)
    }
}
