import Foundation

/// Whether "03/04/2026" is the 3rd of April (day first, Europe) or March 4th (month first, US).
public enum DayOrder: Sendable, Hashable {
    case dayFirst, monthFirst

    /// When a column gives no evidence: books that write "1.234,50" are European, day first;
    /// books that write "1,234.50" are taken as American, month first.
    public static func fallback(for format: NumberFormat) -> DayOrder {
        format.decimalSeparator == "," ? .dayFirst : .monthFirst
    }

    /// Decides for a whole column: a first number above 12 proves day first, a second one above
    /// 12 proves month first. With evidence both ways the majority wins and the other rows are
    /// reported as impossible dates; without evidence, the fallback.
    static func decide(for values: [String], fallback: DayOrder) -> DayOrder {
        var dayFirstVotes = 0
        var monthFirstVotes = 0
        for value in values {
            guard let parts = ImportDateParser.numericDateParts(value), parts.count == 3, parts[0].digits < 4 else { continue }
            if parts[0].value > 12, parts[1].value <= 12 { dayFirstVotes += 1 }
            if parts[1].value > 12, parts[0].value <= 12 { monthFirstVotes += 1 }
        }
        if dayFirstVotes == 0 && monthFirstVotes == 0 { return fallback }
        return dayFirstVotes >= monthFirstVotes ? .dayFirst : .monthFirst
    }
}

/// A date read from a cell, with the time and offset when the cell had them.
struct ImportedDate: Hashable, Sendable {
    var date: LocalDate
    /// Seconds since midnight, when a time was written.
    var secondsOfDay: Int?
    /// Offset from UTC in seconds, when written (`Z`, `+01:00`, `+0000`); nil means local time.
    var utcOffset: Int?

    /// The instant: a date alone is the start of that day in the given time zone.
    func instant(in timeZone: TimeZone) -> Date {
        let seconds = Double(secondsOfDay ?? 0)
        if let utcOffset {
            return Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + seconds - Double(utcOffset))
        }
        return date.startOfDay(in: timeZone).addingTimeInterval(seconds)
    }

    var localTime: LocalTime? {
        guard let secondsOfDay else { return nil }
        return LocalTime(hour: secondsOfDay / 3600, minute: secondsOfDay / 60 % 60)
    }
}

/// Reads the dates that spreadsheets and CRM exports write:
/// `2026-11-22`, `2026/11/22`, `2026-11-22T09:30:00Z`, `2026-11-22T09:30:00.000+0000` (Salesforce),
/// `2026-11-22 09:30` (HubSpot, Pipedrive), `22/11/2026`, `22.11.2026`, `22-11-2026`,
/// `11/22/2026 9:30 AM` (Outlook, US). Years have four digits.
enum ImportDateParser {
    struct NumberPart { var value: Int; var digits: Int }

    static func parse(_ text: String, order: DayOrder) -> ImportedDate? {
        let trimmed = ImportValues.trim(text)
        let (datePart, timePart) = split(trimmed)
        guard let parts = numericDateParts(datePart), parts.count == 3,
              let date = calendarDate(parts, order: order, yearIfMissing: nil) else { return nil }
        guard let timePart else { return ImportedDate(date: date) }
        guard let (seconds, offset) = parseTime(timePart) else { return nil }
        return ImportedDate(date: date, secondsOfDay: seconds, utcOffset: offset)
    }

    /// The numeric date both imports and typed dates read: year first (2026-11-22), or day and
    /// month in `order` with the year last (22/11/2026). With `yearIfMissing`, two parts (22/11)
    /// are a day of that year.
    static func calendarDate(_ parts: [NumberPart], order: DayOrder, yearIfMissing: Int?) -> LocalDate? {
        if parts.count == 3, parts[0].digits == 4 {
            return LocalDate(year: parts[0].value, month: parts[1].value, day: parts[2].value)
        }
        let year: Int
        if parts.count == 3, parts[2].digits == 4 {
            year = parts[2].value
        } else if parts.count == 2, let yearIfMissing {
            year = yearIfMissing
        } else {
            return nil
        }
        guard parts[0].digits <= 2, parts[1].digits <= 2 else { return nil }
        switch order {
        case .dayFirst: return LocalDate(year: year, month: parts[1].value, day: parts[0].value)
        case .monthFirst: return LocalDate(year: year, month: parts[0].value, day: parts[1].value)
        }
    }

    /// Splits at the `T` of ISO 8601 or at the first space.
    private static func split(_ text: String) -> (Substring, Substring?) {
        if let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let rest = text[text.index(after: t)...].drop(while: { $0 == " " })
            return (text[..<t], rest.isEmpty ? nil : rest)
        }
        return (Substring(text), nil)
    }

    /// "22/11/2026" → [22, 11, 2026] with their digit counts; separators `-`, `/`, `.`.
    static func numericDateParts<S: StringProtocol>(_ text: S) -> [NumberPart]? {
        var parts: [NumberPart] = []
        var current = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 4 else { return nil }
                current = current * 10 + Int(byte - 48)
                digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                guard digits > 0 else { return nil }
                parts.append(NumberPart(value: current, digits: digits))
                current = 0
                digits = 0
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        parts.append(NumberPart(value: current, digits: digits))
        return parts
    }

    /// "09:30", "9:30:15", "09:30:00.000Z", "09:30:00+01:00", "10:30:00.000+0000", "9:30 AM", "09:30 UTC".
    private static func parseTime(_ text: Substring) -> (seconds: Int, offset: Int?)? {
        var body = String(text).uppercased()
        var offset: Int?
        var meridiem: String?
        for suffix in [" AM", " PM", "AM", "PM"] where body.hasSuffix(suffix) {
            meridiem = suffix.trimmingWhitespace()
            body = String(body.dropLast(suffix.count)).trimmingWhitespace()
            break
        }
        if body.hasSuffix(" UTC") || body.hasSuffix(" GMT") { body = String(body.dropLast(4)); offset = 0 }
        if body.hasSuffix("Z") { body = String(body.dropLast()); offset = 0 }
        if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = body[body.index(after: sign)...].filter { $0 != ":" }
            guard zone.count == 4, let hours = Int(zone.prefix(2)), let minutes = Int(zone.suffix(2)) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (body[sign] == "-" ? -1 : 1)
            body = String(body[..<sign])
        }
        let pieces = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count), let hour = Int(pieces[0]), let minute = Int(pieces[1]),
              pieces[1].count == 2 else { return nil }
        var second = 0
        if pieces.count == 3 {
            let whole = pieces[2].split(separator: ".", maxSplits: 1).first ?? ""
            guard whole.count == 2, let parsed = Int(whole) else { return nil }
            second = parsed
        }
        var hour24 = hour
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (meridiem == "PM" ? 12 : 0)
        }
        guard (0..<24).contains(hour24), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        return (hour24 * 3600 + minute * 60 + second, offset)
    }
}
