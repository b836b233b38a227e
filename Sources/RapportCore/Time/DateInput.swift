/// The one reader of dates people type: every date field of every form, every date flag of the
/// command line and the reschedule prompt go through `parse`, so a spelling accepted in one
/// place is accepted everywhere. docs/DATES.md lists what it accepts.
///
/// - ISO dates: 2026-12-31 (also 2026/12/31).
/// - Numeric dates in the user's order (`DayOrder.current`, from the locale): 31/12/2026 or
///   12/31/2026 (separators `/ . -`); without a year (31/12), this year.
/// - Words: today, tomorrow, yesterday; oggi, domani, ieri; aujourd'hui, demain, hier.
/// - Weekdays, the next one after today: friday or fri; venerdì; vendredi.
/// - Offsets: +3 or +3d (days), +2w (weeks), +1m (months), +1y, and backwards: -1w.
public enum DateInput {
    /// `offsetsFrom` is the day offsets count from (the reschedule prompt moves a task from its
    /// own due day); words and weekdays always count from `today`.
    public static func parse(_ text: String, today: LocalDate, order: DayOrder = DayOrder.current,
                             offsetsFrom base: LocalDate? = nil) -> LocalDate? {
        let key = TextFolding.fold(text.trimmingWhitespace()).replacingOccurrences(of: "\u{2019}", with: "'")
        guard !key.isEmpty else { return nil }
        if let days = wordOffsets[key] { return today.adding(days: days) }
        if let weekday = weekdays[key] {
            let ahead = (weekday - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        }
        if let first = key.first, first == "+" || first == "-" {
            return offset(key, from: base ?? today)
        }
        guard let parts = ImportDateParser.numericDateParts(key) else { return nil }
        return ImportDateParser.calendarDate(parts, order: order, yearIfMissing: today.year)
    }

    /// "+3", "+3d", "-2w", "+1m", "+1y".
    private static func offset(_ key: String, from base: LocalDate) -> LocalDate? {
        let sign = key.hasPrefix("-") ? -1 : 1
        var number = Substring(key.dropFirst())
        var unit: Character = "d"
        if let last = number.last, last.isLetter {
            unit = last
            number = number.dropLast()
        }
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let count = Int(number), count < 10_000 else { return nil }
        switch unit {
        case "d": return base.adding(days: sign * count)
        case "w": return base.adding(days: sign * 7 * count)
        case "m": return base.adding(months: sign * count)
        case "y": return base.adding(months: sign * 12 * count)
        default: return nil
        }
    }

    /// Folded words (no accents, lowercase) and the days they are from today.
    private static let wordOffsets: [String: Int] = [
        "today": 0, "oggi": 0, "aujourd'hui": 0, "aujourdhui": 0,
        "tomorrow": 1, "domani": 1, "demain": 1,
        "yesterday": -1, "ieri": -1, "hier": -1,
    ]

    /// Folded weekday names and abbreviations in English, Italian and French; Monday = 1.
    /// Internal: the repeat rules (`RecurrenceText`) read weekdays with the same table.
    static let weekdays: [String: Int] = {
        let names: [[String]] = [
            ["monday", "mon", "lunedi", "lun", "lundi"],
            ["tuesday", "tue", "tues", "martedi", "mar", "mardi"],
            ["wednesday", "wed", "mercoledi", "mer", "mercredi"],
            ["thursday", "thu", "thur", "thurs", "giovedi", "gio", "jeudi", "jeu"],
            ["friday", "fri", "venerdi", "ven", "vendredi"],
            ["saturday", "sat", "sabato", "sab", "samedi", "sam"],
            ["sunday", "sun", "domenica", "dom", "dimanche", "dim"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    /// How the user writes a date in their order, for hints: "31/12/2026" or "12/31/2026".
    public static func example(_ order: DayOrder = DayOrder.current) -> String {
        order == .dayFirst ? "31/12/2026" : "12/31/2026"
    }
}
