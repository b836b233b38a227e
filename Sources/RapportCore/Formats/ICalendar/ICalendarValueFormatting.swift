import Foundation

/// Value formats of RFC 5545 §3.3. Dates are computed arithmetically from the Unix epoch
/// rather than with DateFormatter/Calendar, so output never depends on the machine's locale,
/// time zone or calendar settings.
enum ICalendarValueFormatting {
    /// TEXT (§3.3.11).
    static func text(_ value: String) -> String { ContentLineText.escape(value) }

    /// DATE-TIME in UTC: `YYYYMMDDTHHMMSSZ`, fractions of a second dropped.
    static func utcDateTime(_ date: Date) -> String {
        let totalSeconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = floorDivision(totalSeconds, 86_400)
        let civil = civilDate(daysSinceEpoch: days)
        return date8(civil) + "T" + pad(secondOfDay / 3600, 2) + pad(secondOfDay % 3600 / 60, 2) + pad(secondOfDay % 60, 2) + "Z"
    }

    /// DATE: `YYYYMMDD`.
    static func date8(_ date: ICalDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    /// `DTSTART:20240102T030405Z` or `DTSTART;VALUE=DATE:20240102`.
    static func property(_ name: String, _ time: ICalTime) -> String {
        switch time {
        case .date(let date): return name + ";VALUE=DATE:" + date8(date)
        case .dateTime(let instant): return name + ":" + utcDateTime(instant)
        }
    }

    /// DURATION (§3.3.6): `P2DT3H4M5S`, `PT15M`, `P1D`, `PT0S`, `-PT30M`.
    static func duration(seconds: Int) -> String {
        var remaining = seconds.magnitude
        let days = remaining / 86_400
        remaining %= 86_400
        let hours = remaining / 3600
        remaining %= 3600
        let minutes = remaining / 60
        let secs = remaining % 60
        var output = seconds < 0 ? "-P" : "P"
        if days > 0 { output += "\(days)D" }
        if hours > 0 || minutes > 0 || secs > 0 || days == 0 {
            output += "T"
            if hours > 0 { output += "\(hours)H" }
            if minutes > 0 { output += "\(minutes)M" }
            if secs > 0 || (hours == 0 && minutes == 0) { output += "\(secs)S" }
        }
        return output
    }

    /// Days since 1970-01-01 → the calendar date (the same arithmetic as LocalDate).
    static func civilDate(daysSinceEpoch days: Int) -> ICalDate {
        let date = LocalDate(dayNumber: days)
        return ICalDate(year: date.year, month: date.month, day: date.day)
    }

    private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
