/// An amount of money: integer minor units (cents) and a currency. Never a Double, so sums,
/// round trips and comparisons are exact.
public struct Money: Hashable, Sendable, Codable {
    public var minorUnits: Int64
    public var currency: CurrencyCode

    public init(minorUnits: Int64, currency: CurrencyCode) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Whole major units (12 EUR -> 1200 cents).
    public init(major: Int64, currency: CurrencyCode) {
        self.init(minorUnits: major * Money.scale(currency), currency: currency)
    }

    public static func zero(_ currency: CurrencyCode) -> Money { Money(minorUnits: 0, currency: currency) }

    static func scale(_ currency: CurrencyCode) -> Int64 {
        var scale: Int64 = 1
        for _ in 0..<currency.minorDigits { scale *= 10 }
        return scale
    }

    /// 10 to the power `digits`: the size of one unit at that many decimal places.
    static func power(_ digits: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<digits { value *= 10 }
        return value
    }

    public var isZero: Bool { minorUnits == 0 }

    /// The amount in major units as a decimal, for JSON reports and charts only; never for
    /// arithmetic that is stored.
    public var majorValue: Double { Double(minorUnits) / Double(Money.scale(currency)) }

    /// Amount x percentage, rounded half away from zero: the weighted value of a deal.
    public func weighted(byPercent percent: Int) -> Money {
        let product = minorUnits * Int64(percent)
        let rounded = product >= 0 ? (product + 50) / 100 : (product - 50) / 100
        return Money(minorUnits: rounded, currency: currency)
    }

    enum CodingKeys: String, CodingKey {
        case minorUnits = "minor"
        case currency
    }
}

extension Money {
    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(lhs.currency) to \(rhs.currency)")
        return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
    }
}
