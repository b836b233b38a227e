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

    /// "YYYY-MM-DD" (the start of that day) or an ISO date-time; nil when absent.
    static func instant(_ text: String?, option: String, clock: any Clock) throws(UsageError) -> Date? {
        guard let text else { return nil }
        if let day = LocalDate(text) { return day.startOfDay(in: clock.timeZone) }
        if let instant = JSONDateFormat.date(from: text) { return instant }
        throw UsageError("--\(option) takes YYYY-MM-DD or an ISO date-time, not \"\(text)\"")
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
