/// One dated exchange rate: on `date`, one unit of `base` buys `rate` units of `currency`
/// ("1 EUR = 1.0812 USD", as the European Central Bank writes it).
public struct ExchangeRate: Codable, Hashable, Sendable {
    public var currency: CurrencyCode
    /// What the rate is quoted against: the book's base currency for a rate typed in, EUR for
    /// the central bank's reference rates (other bases are reached through EUR).
    public var base: CurrencyCode
    public var date: LocalDate
    public var rate: RateValue
    /// Where it came from: "ecb" for an imported reference rate, "manual" for one typed in.
    public var source: String

    public init(currency: CurrencyCode, base: CurrencyCode, date: LocalDate, rate: RateValue, source: String) {
        self.currency = currency
        self.base = base
        self.date = date
        self.rate = rate
        self.source = source
    }

    public static let manualSource = "manual"
    public static let ecbSource = "ecb"
}

extension Settings {
    /// The currency every total is shown in: `defaultCurrency`, which new deals also start in.
    public var baseCurrency: CurrencyCode { defaultCurrency }

    /// The rates table, in a stable order (currency, base, date) so settings.json diffs cleanly.
    public var rates: [ExchangeRate] {
        get { exchangeRates ?? [] }
        set {
            let sorted = newValue.sorted {
                ($0.currency, $0.base, $0.date) < ($1.currency, $1.base, $1.date)
            }
            exchangeRates = sorted.isEmpty ? nil : sorted
        }
    }

    /// Adds or replaces the rate of one currency against one base on one day.
    public mutating func setRate(_ rate: ExchangeRate) {
        rates = rates.filter { !($0.currency == rate.currency && $0.base == rate.base && $0.date == rate.date) } + [rate]
    }
}
