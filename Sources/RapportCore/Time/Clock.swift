import Foundation

/// Where "now" comes from. Everything that depends on the date (overdue tasks, days in stage,
/// reports "as of") asks a clock, so tests and screenshots run on a fixed date.
public protocol Clock: Sendable {
    var now: Date { get }
    var timeZone: TimeZone { get }
}

extension Clock {
    public var today: LocalDate { LocalDate(now, in: timeZone) }
}

public struct SystemClock: Clock {
    public init() {}
    /// Whole seconds: the files store instants to the second, so what is saved reads back equal.
    public var now: Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
    public var timeZone: TimeZone { TimeZone.current }
}

public struct FixedClock: Clock {
    public let now: Date
    public let timeZone: TimeZone

    public init(_ now: Date, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) {
        self.now = now
        self.timeZone = timeZone
    }

    /// Noon UTC on the given day: far from midnight, so no time zone turns it into another date.
    public init(_ date: LocalDate, hour: Int = 12) {
        self.init(date.startOfDay(in: TimeZone(identifier: "UTC") ?? .current).addingTimeInterval(Double(hour) * 3600))
    }
}

extension LocalDate {
    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = Int((date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))).rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.init(dayNumber: days)
    }

    public func startOfDay(in timeZone: TimeZone) -> Date {
        let utc = Date(timeIntervalSince1970: Double(dayNumber) * 86_400)
        return utc.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: utc)))
    }
}
