import Foundation

/// Dates as mail carries them, read without a `DateFormatter` (locale-free, and fast enough for
/// an mbox of thousands): RFC 5322 §3.3 date-times with their obsolete forms (§4.3: two-digit
/// years, zone names, no seconds, no weekday), and the asctime date of an mbox `From ` line.
public enum MailDate {
    /// "Tue, 1 Dec 2026 10:15:00 +0100 (CET)", "1 Dec 26 10:15 EST", "Tue, 01 Dec 2026 09:15:00 GMT".
    public static func parse(_ text: String) -> Date? {
        // Some robots write ISO 8601 ("2026-12-01T10:15:00+01:00"): read it rather than lose the date.
        if let first = text.first, first.isNumber, text.contains("T"), let iso = JSONDateFormat.date(from: text.trimmingWhitespace()) {
            return iso
        }
        let tokens = tokenize(text)
        var index = 0
        // The weekday is optional and says nothing the date does not.
        if index < tokens.count, month(tokens[index]) == nil, Int(tokens[index]) == nil { index += 1 }
        guard index + 3 <= tokens.count else { return nil }
        var day: Int?, monthNumber: Int?
        // Day then month, as the RFC writes it; some senders put the month first.
        if let number = Int(tokens[index]), let name = month(tokens[index + 1]) {
            day = number; monthNumber = name
        } else if let name = month(tokens[index]), let number = Int(tokens[index + 1]) {
            day = number; monthNumber = name
        }
        guard let day, let monthNumber, var year = Int(tokens[index + 2]) else { return nil }
        if tokens[index + 2].count <= 2 { year += year < 50 ? 2000 : 1900 } else if tokens[index + 2].count == 3 { year += 1900 }
        let time = index + 3 < tokens.count ? clockTime(tokens[index + 3]) : (0, 0, 0)
        guard let (hour, minute, second) = time else { return nil }
        let offset = index + 4 < tokens.count ? zoneOffset(tokens[index + 4]) : 0
        return instant(year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    /// The asctime date of an mbox separator: "From someone@example.com Tue Dec  1 10:15:00 2026".
    public static func parseEnvelope(_ line: String) -> Date? {
        let tokens = tokenize(line)
        // From, sender, weekday, month, day, time, year (sometimes a zone before or after the year).
        guard let monthAt = tokens.firstIndex(where: { month($0) != nil }), monthAt + 3 < tokens.count,
              let monthNumber = month(tokens[monthAt]), let day = Int(tokens[monthAt + 1]),
              let (hour, minute, second) = clockTime(tokens[monthAt + 2]) else { return nil }
        let rest = tokens[(monthAt + 3)...]
        guard let year = rest.compactMap({ Int($0) }).first(where: { $0 > 1900 }) else { return nil }
        let offset = rest.first(where: { $0.hasPrefix("+") || $0.hasPrefix("-") }).map(zoneOffset) ?? 0
        return instant(year: year, month: monthNumber, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    /// Words of a date: comments dropped, commas and whitespace as separators.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if character == " " || character == "\t" || character == "," || character == "\r" || character == "\n" {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func month(_ token: String) -> Int? {
        switch token.prefix(3).lowercased() {
        case "jan": return 1
        case "feb": return 2
        case "mar": return 3
        case "apr": return 4
        case "may": return 5
        case "jun": return 6
        case "jul": return 7
        case "aug": return 8
        case "sep": return 9
        case "oct": return 10
        case "nov": return 11
        case "dec": return 12
        default: return nil
        }
    }

    static func clockTime(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        // A leap second (":60") is read as the last second of the minute.
        let second = parts.count == 3 ? min(59, Int(parts[2].prefix(2)) ?? 0) : 0
        return (hour, minute, second)
    }

    /// "+0100", "-0530", or the obsolete names of §4.3; unknown names (military letters
    /// included, which RFC 822 got backwards) are UTC, as the RFC says to treat them.
    static func zoneOffset(_ token: String) -> Int {
        if let sign = token.first, sign == "+" || sign == "-" {
            let digits = token.dropFirst().filter(\.isNumber)
            guard digits.count >= 4, let value = Int(digits.prefix(4)) else { return 0 }
            let seconds = (value / 100) * 3600 + (value % 100) * 60
            return sign == "-" ? -seconds : seconds
        }
        switch token.uppercased() {
        case "EDT": return -4 * 3600
        case "EST", "CDT": return -5 * 3600
        case "CST", "MDT": return -6 * 3600
        case "MST", "PDT": return -7 * 3600
        case "PST": return -8 * 3600
        case "CET": return 3600
        case "CEST": return 2 * 3600
        default: return 0
        }
    }

    /// Proleptic Gregorian civil date to an instant (days-from-civil, H. Hinnant's algorithm).
    static func instant(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetSeconds: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
