import Foundation
import RapportCore

/// `rapport rates list|set|remove|import`: the book's dated exchange rates, typed in or read
/// from the European Central Bank's reference-rate files.
enum RatesCommand {
    static let command = Command(
        name: "rates", summary: Messages.ratesCLISummary.text, usage: Messages.ratesCLIUsage.text,
        valueOptions: ["data", "date"], flagOptions: ["json"]
    ) { arguments, context in
        switch arguments.positionals.first {
        case "list": return try list(arguments, context)
        case "set": return try set(arguments, context)
        case "remove": return try remove(arguments, context)
        case "import": return try importFile(arguments, context)
        default: throw UsageError(Messages.ratesCLINeedsSubcommand.text)
        }
    }

    private static func list(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let rates = book.settings.rates
        if arguments.has("json") {
            // As stored: the JSON never depends on the display language.
            do {
                try CommandOutput.write(try JSONWriter.write(try JSONValueEncoder().encode(rates)), to: nil)
            } catch {
                throw CommandFailure("cannot encode the rates: \(error)")
            }
            return 0
        }
        let headers = [Messages.ratesCLIHeaderCurrency.text, Messages.ratesCLIHeaderDate.text, Messages.ratesCLIHeaderRate.text,
                       Messages.ratesCLIHeaderSource.text]
        let rows = rates.map { ["1 \($0.base) = \($0.currency)", $0.date.description, $0.rate.description, $0.source] }
        if !rows.isEmpty {
            Output.out(TextTable(headers: headers, rows: rows, keeps: 0).render(width: TextTable.terminalWidth(context.environment)))
        }
        Output.error(Messages.ratesCLICount.text(["count": rates.count]))
        return 0
    }

    private static func set(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 3 else { throw UsageError(Messages.ratesCLISetArguments.text) }
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        let base = book.settings.baseCurrency
        let currency = try currencyCode(arguments.positionals[1], base: base)
        guard let rate = RateValue(arguments.positionals[2]) else {
            throw CommandFailure(Messages.ratesCLIBadRate.text(["value": arguments.positionals[2]]))
        }
        let date = try day(arguments.value("date")) ?? clock.today
        var changed = book
        let previous = book.settings.rates.first { $0.currency == currency && $0.base == base && $0.date == date }
        changed.settings.setRate(ExchangeRate(currency: currency, base: base, date: date, rate: rate, source: ExchangeRate.manualSource))
        if changed != book { try BookAccess.save(changed, with: store) }
        let values: [String: any CustomStringConvertible] = ["base": base, "rate": rate, "currency": currency, "date": date.description]
        if let previous, previous.rate != rate {
            Output.out(Messages.ratesCLIReplaced.text(values.merging(["previous": previous.rate]) { $1 }))
        } else {
            Output.out(Messages.ratesCLISet.text(values))
        }
        return 0
    }

    private static func remove(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 2, let dateText = arguments.value("date") else {
            throw UsageError(Messages.ratesCLIRemoveArguments.text)
        }
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        let base = book.settings.baseCurrency
        let currency = try currencyCode(arguments.positionals[1], base: base)
        guard let date = try day(dateText) else { throw UsageError(Messages.ratesCLIRemoveArguments.text) }
        // The base's own rate first; an imported ECB rate (against EUR) when that is what there is.
        let matches = book.settings.rates.filter { $0.currency == currency && $0.date == date }
        guard let target = matches.first(where: { $0.base == base }) ?? matches.first else {
            throw CommandFailure(Messages.ratesCLINotFound.text(["currency": currency, "date": date.description]))
        }
        var changed = book
        changed.settings.rates = book.settings.rates.filter { $0 != target }
        try BookAccess.save(changed, with: store)
        Output.out(Messages.ratesCLIRemoved.text(["currency": currency, "date": date.description]))
        return 0
    }

    private static func importFile(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 2 else { throw UsageError(Messages.ratesCLIImportArguments.text) }
        let path = arguments.positionals[1]
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(Messages.ratesCLICannotRead.text(["file": path]))
        }
        let rates: [ExchangeRate]
        do {
            rates = try ECBRatesCSV.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandFailure("\(path): \(error.description)")
        }
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var changed = book
        // One pass: drop the rates the file replaces, then add its own.
        let incoming = Set(rates.map { RateKey($0) })
        changed.settings.rates = book.settings.rates.filter { !incoming.contains(RateKey($0)) } + rates
        if changed != book { try BookAccess.save(changed, with: store) }
        Output.out(Messages.ratesCLIImported.text(["count": rates.count, "file": path]))
        return 0
    }

    private struct RateKey: Hashable {
        let currency: CurrencyCode, base: CurrencyCode, date: LocalDate
        init(_ rate: ExchangeRate) { (currency, base, date) = (rate.currency, rate.base, rate.date) }
    }

    private static func currencyCode(_ text: String, base: CurrencyCode) throws(CommandFailure) -> CurrencyCode {
        guard let code = CurrencyCode(text) else { throw CommandFailure(Messages.ratesCLIBadCurrency.text(["value": text])) }
        guard code != base else { throw CommandFailure(Messages.ratesCLIBaseItself.text(["currency": code])) }
        return code
    }

    private static func day(_ text: String?) throws(CommandFailure) -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(text) else { throw CommandFailure(Messages.ratesCLIBadDate.text(["value": text])) }
        return date
    }
}
