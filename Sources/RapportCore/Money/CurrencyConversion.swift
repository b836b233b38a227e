/// Converts amounts to the book's base currency with the dated rates of the settings: the latest
/// rate on or before the amount's day (the latest of all for an amount with no day, such as an
/// open deal), rounded half away from zero to the base's minor units. A currency with no rate
/// of its own against the base is reached through EUR, the central bank's quotes:
/// base amount = amount × (base per EUR) / (currency per EUR).
public struct CurrencyConverter: Sendable {
    public let base: CurrencyCode
    private struct Pair: Hashable, Sendable {
        var currency: CurrencyCode
        var base: CurrencyCode
    }
    /// Each pair's rates, oldest first.
    private let series: [Pair: [(date: LocalDate, rate: RateValue)]]

    public init(base: CurrencyCode, rates: [ExchangeRate]) {
        self.base = base
        var series: [Pair: [(date: LocalDate, rate: RateValue)]] = [:]
        for rate in rates { series[Pair(currency: rate.currency, base: rate.base), default: []].append((rate.date, rate.rate)) }
        for key in series.keys { series[key]?.sort { $0.date < $1.date } }
        self.series = series
    }

    public init(_ settings: Settings) {
        self.init(base: settings.baseCurrency, rates: settings.rates)
    }

    public var hasRates: Bool { !series.isEmpty }

    /// Units of `currency` one unit of `base` bought on `date` (nil: the latest known).
    func quote(_ currency: CurrencyCode, against base: CurrencyCode, on date: LocalDate?) -> RateValue? {
        guard let rates = series[Pair(currency: currency, base: base)], !rates.isEmpty else { return nil }
        guard let date else { return rates[rates.count - 1].rate }
        // The last rate dated on or before the day: binary search for the first one after it.
        var low = 0, high = rates.count
        while low < high {
            let middle = (low + high) / 2
            if rates[middle].date <= date { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : rates[low - 1].rate
    }

    /// The amount in the base currency, or nil when no rate reaches it on that day.
    public func convert(_ amount: Money, on date: LocalDate?) -> Money? {
        let from = amount.currency
        if from == base { return amount }
        guard let factor = factor(from: from, on: date),
              let scaled = factor.scaled(by: digitsFactor(from: from)),
              let minor = scaled.apply(to: amount.minorUnits) else { return nil }
        return Money(minorUnits: minor, currency: base)
    }

    /// Base units per unit of `from`, as a fraction.
    private func factor(from: CurrencyCode, on date: LocalDate?) -> Fraction? {
        if let direct = quote(from, against: base, on: date) { return Fraction(numerator: 1, denominator: 1).over(direct) }
        if let inverse = quote(base, against: from, on: date) { return Fraction(numerator: 1, denominator: 1).times(inverse) }
        let euro = CurrencyCode.eur
        let fromPerEuro = from == euro ? RateValue.one : quote(from, against: euro, on: date)
        let basePerEuro = base == euro ? RateValue.one : quote(base, against: euro, on: date)
        guard let fromPerEuro, let basePerEuro else { return nil }
        return Fraction(numerator: 1, denominator: 1).times(basePerEuro)?.over(fromPerEuro)
    }

    /// Minor units differ in size between currencies (JPY has none, BHD thousandths).
    private func digitsFactor(from: CurrencyCode) -> Fraction {
        let difference = base.minorDigits - from.minorDigits
        let power = UInt64(Money.scale(difference >= 0 ? base : from)) / UInt64(Money.scale(difference >= 0 ? from : base))
        return difference >= 0 ? Fraction(numerator: power, denominator: 1) : Fraction(numerator: 1, denominator: power)
    }

    /// Converts and adds up: what had a rate goes into the total, what had none is listed.
    public func total<S: Sequence>(_ amounts: S) -> ConvertedTotal where S.Element == DatedAmount {
        var total = ConvertedTotal(base: base)
        for item in amounts { total.add(item.amount, on: item.date, with: self) }
        return total
    }
}

/// An amount and the day whose rate converts it (nil: the latest rate).
public struct DatedAmount: Hashable, Sendable {
    public var amount: Money
    public var date: LocalDate?

    public init(_ amount: Money, on date: LocalDate?) {
        self.amount = amount
        self.date = date
    }
}

/// A total in the base currency that says what it is made of: which currencies were converted
/// into it (so it is shown as approximate), and the amounts that had no rate (never left out
/// silently).
public struct ConvertedTotal: Hashable, Sendable {
    public private(set) var total: Money
    /// Currencies other than the base that were converted into the total, sorted.
    public private(set) var converted: [CurrencyCode] = []
    /// Amounts with no rate, summed per currency, sorted by currency.
    public private(set) var unconverted: [Money] = []
    /// How many amounts had no rate.
    public private(set) var unconvertedCount = 0

    public init(base: CurrencyCode) {
        total = .zero(base)
    }

    /// True when converted amounts are included: the total is shown with `≈`.
    public var isApproximate: Bool { !converted.isEmpty }
    public var isComplete: Bool { unconvertedCount == 0 }

    public mutating func add(_ amount: Money, on date: LocalDate?, with converter: CurrencyConverter) {
        if let value = converter.convert(amount, on: date) {
            total.minorUnits &+= value.minorUnits
            if amount.currency != total.currency, !converted.contains(amount.currency) {
                converted.append(amount.currency)
                converted.sort()
            }
        } else {
            unconvertedCount += 1
            if let index = unconverted.firstIndex(where: { $0.currency == amount.currency }) {
                unconverted[index].minorUnits &+= amount.minorUnits
            } else {
                unconverted.append(amount)
                unconverted.sort { $0.currency < $1.currency }
            }
        }
    }
}

/// A positive fraction of two 64-bit integers, kept reduced; nil when a step would overflow
/// (rates are limited in precision so that real ones never do).
struct Fraction: Hashable, Sendable {
    var numerator: UInt64
    var denominator: UInt64

    init(numerator: UInt64, denominator: UInt64) {
        let divisor = Fraction.gcd(numerator, denominator)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    func times(_ rate: RateValue) -> Fraction? {
        scaled(by: Fraction(numerator: rate.units, denominator: UInt64(Money.power(rate.scale))))
    }

    func over(_ rate: RateValue) -> Fraction? {
        scaled(by: Fraction(numerator: UInt64(Money.power(rate.scale)), denominator: rate.units))
    }

    func scaled(by other: Fraction) -> Fraction? {
        // Cross-reduce first, so the products stay as small as they can.
        let a = Fraction.gcd(numerator, other.denominator), b = Fraction.gcd(other.numerator, denominator)
        let (top, topOverflow) = (numerator / a).multipliedReportingOverflow(by: other.numerator / b)
        let (bottom, bottomOverflow) = (denominator / b).multipliedReportingOverflow(by: other.denominator / a)
        guard !topOverflow, !bottomOverflow else { return nil }
        return Fraction(numerator: top, denominator: bottom)
    }

    /// minor × fraction, rounded half away from zero, in 128-bit intermediate precision.
    func apply(to minor: Int64) -> Int64? {
        let product = minor.magnitude.multipliedFullWidth(by: numerator)
        guard product.high < denominator else { return nil }
        let (quotient, remainder) = denominator.dividingFullWidth(product)
        var magnitude = quotient
        if remainder >= denominator - remainder {
            guard quotient < UInt64.max else { return nil }
            magnitude += 1
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        let value = Int64(magnitude)
        return minor < 0 ? -value : value
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return max(x, 1)
    }
}
