extension Messages {
    // Totals in the base currency.
    /// Put before a total that includes converted amounts: "≈€12,500".
    public static let currencyApproximate = Message("currency.approximate", "≈{amount}")
    public static let currencyNoRate = Message("currency.noRate", "{count} amount with no rate to {base}: {amounts}",
                                               plural: "{count} amounts with no rate to {base}: {amounts}")
    public static let boardFooterNoRate = Message("board.footer.noRate", " · {count} without a {base} rate")
    public static let currencyConverted = Message("currency.converted", "Converted to {base} from {currencies} at dated rates; ≈ marks such totals.")
    public static let currencyLeftOut = Message("currency.leftOut", "Left out of the amounts, with no rate to {base}: {count} of the {what}.")

    // rapport rates.
    public static let ratesCLISummary = Message("rates.cli.summary", "list, set, remove and import dated exchange rates")
    public static let ratesCLIUsage = Message("rates.cli.usage", """
        Usage: rapport rates list [--json] [--data DIR]
               rapport rates set CURRENCY RATE [--date YYYY-MM-DD] [--data DIR]
               rapport rates remove CURRENCY --date YYYY-MM-DD [--data DIR]
               rapport rates import FILE [--data DIR]

        A rate says how many units of CURRENCY one unit of the book's base currency (its
        defaultCurrency setting, EUR in a new book) buys on that day, as the European Central Bank
        writes it: in a EUR book `rapport rates set USD 1.08 --date 2026-12-01` means 1 EUR = 1.08 USD. Without --date, today. A total converts each amount with the latest
        rate on or before its day (a won deal's close date; the latest rate for an open deal).
        import reads the ECB's reference-rate files as downloaded: the daily eurofxref.csv or the
        historical eurofxref-hist.csv (rates against EUR; another base is reached through EUR).
        """)
    public static let ratesCLINeedsSubcommand = Message("rates.cli.needsSubcommand", "rates needs list, set, remove or import")
    public static let ratesCLISetArguments = Message("rates.cli.setArguments", "rates set needs a CURRENCY and a RATE, e.g. rates set USD 1.08")
    public static let ratesCLIRemoveArguments = Message("rates.cli.removeArguments", "rates remove needs a CURRENCY and --date YYYY-MM-DD")
    public static let ratesCLIImportArguments = Message("rates.cli.importArguments", "rates import needs one FILE")
    public static let ratesCLIBadCurrency = Message("rates.cli.badCurrency", "\"{value}\" is not an ISO 4217 currency code such as USD")
    public static let ratesCLIBaseItself = Message("rates.cli.baseItself", "{currency} is the base currency: its rate is always 1")
    public static let ratesCLIBadRate = Message("rates.cli.badRate", "\"{value}\" is not a rate: write a positive number such as 1.0812")
    public static let ratesCLIBadDate = Message("rates.cli.badDate", "\"{value}\" is not a date: write YYYY-MM-DD")
    public static let ratesCLISet = Message("rates.cli.set", "1 {base} = {rate} {currency} on {date}")
    public static let ratesCLIReplaced = Message("rates.cli.replaced", "1 {base} = {rate} {currency} on {date} (was {previous})")
    public static let ratesCLIRemoved = Message("rates.cli.removed", "removed the {currency} rate of {date}")
    public static let ratesCLINotFound = Message("rates.cli.notFound", "no {currency} rate on {date}")
    public static let ratesCLIImported = Message("rates.cli.imported", "imported {count} rate from {file}", plural: "imported {count} rates from {file}")
    public static let ratesCLICount = Message("rates.cli.count", "{count} rate", plural: "{count} rates")
    public static let ratesCLIHeaderCurrency = Message("rates.cli.header.currency", "CURRENCY")
    public static let ratesCLIHeaderDate = Message("rates.cli.header.date", "DATE")
    public static let ratesCLIHeaderRate = Message("rates.cli.header.rate", "RATE")
    public static let ratesCLIHeaderSource = Message("rates.cli.header.source", "SOURCE")
    public static let ratesCLICannotRead = Message("rates.cli.cannotRead", "{file}: cannot read the file")

    // Reading the central bank's files.
    public static let ratesImportEmpty = Message("rates.import.empty", "the file is empty")
    public static let ratesImportNoHeader = Message("rates.import.noHeader", "expected the header line \"Date, USD, JPY, …\" of an ECB reference-rate file")
    public static let ratesImportBadCurrency = Message("rates.import.badCurrency", "\"{value}\" in the header is not a currency code")
    public static let ratesImportBadDate = Message("rates.import.badDate", "\"{value}\" is not a date (2026-12-01 or 1 December 2026)")
    public static let ratesImportBadRate = Message("rates.import.badRate", "\"{value}\" is not a rate for {currency}")

    // rapport check.
    public static let ratesCheckItself = Message("rates.check.itself", "a rate of {currency} against itself on {date}")
    public static let ratesCheckTwice = Message("rates.check.twice", "two rates of {currency} against {base} on {date}")

    static var currencyMessages: [Message] {
        [currencyApproximate, currencyNoRate, boardFooterNoRate, currencyConverted, currencyLeftOut, ratesCLISummary, ratesCLIUsage, ratesCLINeedsSubcommand,
         ratesCLISetArguments, ratesCLIRemoveArguments, ratesCLIImportArguments, ratesCLIBadCurrency, ratesCLIBaseItself,
         ratesCLIBadRate, ratesCLIBadDate, ratesCLISet, ratesCLIReplaced, ratesCLIRemoved, ratesCLINotFound, ratesCLIImported,
         ratesCLICount, ratesCLIHeaderCurrency, ratesCLIHeaderDate, ratesCLIHeaderRate, ratesCLIHeaderSource,
         ratesCLICannotRead, ratesImportEmpty, ratesImportNoHeader, ratesImportBadCurrency, ratesImportBadDate,
         ratesImportBadRate, ratesCheckItself, ratesCheckTwice]
    }
}
