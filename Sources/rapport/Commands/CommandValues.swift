import Foundation
import RapportCore

/// Option values shared by the writing commands. A value in the wrong form is a usage error (exit 2).
enum CommandValues {
    static func amount(_ text: String, option: String, currency: String?, settings: Settings) throws(UsageError) -> Money {
        var code = settings.defaultCurrency
        if let currency {
            guard let parsed = CurrencyCode(currency) else { throw UsageError("--currency takes a code such as EUR, not \"\(currency)\"") }
            code = parsed
        }
        do {
            return try Money.parse(text, currency: code, format: settings.numberFormat)
        } catch {
            throw UsageError("--\(option): \(error.description)")
        }
    }

    /// A date flag: anything the forms accept (`DateInput`: 2026-12-31, 31/12/2026, tomorrow,
    /// friday, +30, -1w…), counted from the clock's today; nil when absent.
    static func date(_ text: String?, option: String, today: LocalDate) throws(UsageError) -> LocalDate? {
        guard let text else { return nil }
        guard let date = DateInput.parse(text, today: today) else {
            throw UsageError(Messages.cliDateExpected.text(["option": option, "text": text, "example": DateInput.example()]))
        }
        return date
    }

    /// A date as `date` reads it (the start of that day) or an ISO date-time; nil when absent.
    static func instant(_ text: String?, option: String, clock: any Clock) throws(UsageError) -> Date? {
        guard let text else { return nil }
        if let instant = JSONDateFormat.date(from: text) { return instant }
        return try date(text, option: option, today: clock.today)?.startOfDay(in: clock.timeZone)
    }

    static func time(_ text: String?) throws(UsageError) -> LocalTime? {
        guard let text else { return nil }
        guard let time = LocalTime(text) else { throw UsageError("--time takes HH:MM, not \"\(text)\"") }
        return time
    }

    static func stage(_ text: String, in settings: Settings) throws(CommandFailure) -> PipelineStage {
        guard let stage = settings.stage(named: text) else {
            throw CommandFailure("unknown stage \"\(text)\"; the stages are: " + settings.pipeline.map(\.name).joined(separator: ", "))
        }
        return stage
    }

    static func noExtraPositionals(_ arguments: Arguments, expected: Int) throws(UsageError) {
        if arguments.positionals.count > expected { throw UsageError("unexpected argument \(arguments.positionals[expected])") }
    }
}
