import Foundation

/// A DATE or DATE-TIME value as written, before any time zone is applied: `20261201`,
/// `20261201T093000`, `20261201T083000Z`.
public struct ICalLocalValue: Sendable, Hashable {
    public var day: LocalDate
    /// Seconds since midnight; nil for a DATE (an all-day value).
    public var seconds: Int?
    public var isUTC: Bool

    public var isDate: Bool { seconds == nil }

    public init(day: LocalDate, seconds: Int?, isUTC: Bool) {
        self.day = day
        self.seconds = seconds
        self.isUTC = isUTC
    }

    public init?(_ text: String) {
        let value = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(value.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var result = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                result = result * 10 + Int(byte - 48)
            }
            return result
        }
        guard let year = number(0, 4), let month = number(4, 2), let dayNumber = number(6, 2),
              let day = LocalDate(year: year, month: month, day: dayNumber) else { return nil }
        self.day = day
        if bytes.count == 8 {
            seconds = nil
            isUTC = false
            return
        }
        guard bytes.count >= 15, bytes[8] == UInt8(ascii: "T"), let hour = number(9, 2), let minute = number(11, 2),
              let second = number(13, 2), hour < 24, minute < 60, second < 61 else { return nil }
        seconds = hour * 3600 + minute * 60 + min(second, 59)
        isUTC = bytes.count == 16 && (bytes[15] == UInt8(ascii: "Z") || bytes[15] == UInt8(ascii: "z"))
        guard bytes.count == 15 || isUTC else { return nil }
    }

    /// A UTC instant in RFC 5545's basic form, `20261201T083000Z`, as the external ids carry it.
    public static func utcBasic(_ date: Date) -> String { ICalendarValueFormatting.utcDateTime(date) }

    /// A date in basic form, `20261201`.
    public static func dateBasic(_ day: LocalDate) -> String { pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2) }
}

/// DURATION values (RFC 5545 3.3.6): `PT1H30M`, `P1D`, `P2W`, `-PT15M`. Seconds, or nil.
public enum ICalDurationValue {
    public static func seconds(_ text: String) -> Int? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces).uppercased())
        var sign = 1
        if rest.first == "-" { sign = -1; rest = rest.dropFirst() } else if rest.first == "+" { rest = rest.dropFirst() }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var total = 0
        var number = ""
        var inTime = false
        var sawUnit = false
        for character in rest {
            if character.isASCIIDigit { number.append(character); continue }
            if character == "T" { inTime = true; continue }
            guard let value = Int(number) else { return nil }
            number = ""
            sawUnit = true
            switch (character, inTime) {
            case ("W", false): total += value * 7 * 86_400
            case ("D", false): total += value * 86_400
            case ("H", true): total += value * 3600
            case ("M", true): total += value * 60
            case ("S", true): total += value
            default: return nil
            }
        }
        guard number.isEmpty, sawUnit else { return nil }
        return sign * total
    }
}
