extension BookChecker {
    /// What `rapport check` finds wrong in the rates table (its values parsed, so every rate is
    /// positive): a currency quoted against itself, or one day's rate given twice, which makes
    /// the conversion depend on the order of the file.
    static func rateProblems(in settings: Settings) -> [BookProblem] {
        var problems: [BookProblem] = []
        var seen: Set<String> = []
        for rate in settings.rates {
            let key = "\(rate.currency)/\(rate.base)/\(rate.date)"
            if rate.currency == rate.base {
                problems.append(BookProblem(collection: .settings, recordID: "exchangeRates",
                                            message: Messages.ratesCheckItself.text(["currency": rate.currency, "date": rate.date.description])))
            }
            if !seen.insert(key).inserted {
                problems.append(BookProblem(collection: .settings, recordID: "exchangeRates", message: Messages.ratesCheckTwice.text([
                    "currency": rate.currency, "base": rate.base, "date": rate.date.description])))
            }
        }
        return problems
    }
}
