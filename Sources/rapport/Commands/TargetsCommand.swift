import RapportCore

/// `rapport targets set|list|remove`: sales targets (quotas) per month or quarter, in the base
/// currency; the pipeline and KPI reports show attainment against them.
enum TargetsCommand {
    static let command = Command(
        name: "targets", summary: "set, list or remove sales targets per month or quarter",
        usage: """
        Usage: rapport targets list [--json] [--data DIR]
               rapport targets set PERIOD AMOUNT [--data DIR]
               rapport targets remove PERIOD [--data DIR]

        PERIOD is a month (2027-01) or a quarter (2027-Q1); AMOUNT is in the book's base currency
        (50000, 12,500.50). A quarter without its own target counts the targets of its months.
        """,
        valueOptions: ["data"], flagOptions: ["json"]
    ) { arguments, context in
        let words = arguments.positionals
        switch words.first {
        case "list":
            guard words.count == 1 else { throw UsageError("targets list takes no argument") }
            return try list(BookAccess.load(context.dataDirectory(arguments)), json: arguments.has("json"))
        case "set":
            guard words.count == 3 else { throw UsageError("targets set needs a PERIOD and an AMOUNT") }
            let period = try parsePeriod(words[1])
            return try change(arguments, context) { settings throws(CommandFailure) in
                let amount: Money
                do {
                    amount = try Money.parse(words[2], currency: settings.defaultCurrency, format: settings.numberFormat)
                } catch {
                    throw CommandFailure("\(error)")
                }
                if let problem = FieldRules.salesTarget(amount, base: settings.defaultCurrency) {
                    throw CommandFailure(problem)
                }
                settings.setTarget(amount, for: period)
                return Messages.targetsSet.text(["period": period, "amount": amount.formatted(settings.numberFormat)])
            }
        case "remove":
            guard words.count == 2 else { throw UsageError("targets remove needs a PERIOD") }
            let period = try parsePeriod(words[1])
            return try change(arguments, context) { settings throws(CommandFailure) in
                guard settings.removeTarget(for: period) else {
                    throw CommandFailure(Messages.targetsNotSet.text(["period": period]))
                }
                return Messages.targetsRemoved.text(["period": period])
            }
        default:
            throw UsageError("targets needs list, set or remove")
        }
    }

    static func parsePeriod(_ text: String) throws(UsageError) -> TargetPeriod {
        guard let period = TargetPeriod(text: text) else { throw UsageError(Messages.targetsBadPeriod.text(["text": text])) }
        return period
    }

    static func list(_ book: Book, json: Bool) throws(CommandFailure) -> Int32 {
        let targets = book.settings.salesTargets
        if json {
            do {
                try CommandOutput.write(try JSONWriter.write(try JSONValueEncoder().encode(targets)), to: nil)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("cannot encode the targets: \(error)")
            }
            return 0
        }
        guard !targets.isEmpty else {
            Output.error(Messages.targetsNone.text)
            return 0
        }
        for target in targets {
            Output.out(target.period.description.padding(toLength: 9, withPad: " ", startingAt: 0)
                       + target.amount.formatted(book.settings.numberFormat))
        }
        return 0
    }

    /// One change to the settings, saved under the lock; the message is printed when it is done.
    static func change(_ arguments: Arguments, _ context: CommandContext,
                       _ edit: (inout Settings) throws(CommandFailure) -> String) throws -> Int32 {
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var changed = book
        let message = try edit(&changed.settings)
        try BookAccess.save(changed, with: store)
        Output.out(message)
        return 0
    }
}
