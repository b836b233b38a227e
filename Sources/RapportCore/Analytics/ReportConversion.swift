/// How a report puts an amount in the base currency: converted at the rate of its day (see
/// `CurrencyConverter`), remembering which currencies it converted so the report can say its
/// totals are approximate. Nil: no rate, the report counts it as left out.
struct ReportConversion {
    let converter: CurrencyConverter
    private(set) var converted: Set<CurrencyCode> = []

    init(_ settings: Settings) {
        converter = CurrencyConverter(settings)
    }

    var base: CurrencyCode { converter.base }

    mutating func minorUnits(_ amount: Money, on day: LocalDate?) -> Int64? {
        if amount.currency == converter.base { return amount.minorUnits }
        guard let value = converter.convert(amount, on: day) else { return nil }
        converted.insert(amount.currency)
        return value.minorUnits
    }

    /// The converted currencies for a report's JSON: absent when none, so a one-currency book's
    /// report is unchanged.
    var convertedFrom: [CurrencyCode]? { converted.isEmpty ? nil : converted.sorted() }
}
