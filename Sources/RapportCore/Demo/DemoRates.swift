/// The large demo book's exchange rates: a weekly reference rate of the dollar and the pound
/// against the euro, drifting gently around 1.08 and 0.85, so its totals convert at dated rates.
enum DemoRates {
    static func weekly(from start: LocalDate, to end: LocalDate) -> [ExchangeRate] {
        var rates: [ExchangeRate] = []
        var day = start
        var week = 0
        while day <= end {
            // A slow wave in ten-thousandths: ±0.0300 for the dollar, ±0.0150 for the pound.
            let swing = (week * 37) % 61 - 30
            for (currency, centre, scale) in [(CurrencyCode.usd, 10_800, 10), (.gbp, 8_500, 5)] {
                let units = centre + swing * scale
                if let rate = RateValue("\(units / 10_000).\(pad(units % 10_000, 4))") {
                    rates.append(ExchangeRate(currency: currency, base: .eur, date: day, rate: rate, source: ExchangeRate.ecbSource))
                }
            }
            day = day.adding(days: 7)
            week += 1
        }
        return rates
    }
}
