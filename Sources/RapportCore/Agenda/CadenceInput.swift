/// The one reader of keep-in-touch cadences people type, in the contact form and on the command
/// line: `30` or `30d` (days), `2w` (weeks), `3m` (months, 30 days each, so a cadence is a
/// fixed number of days whatever the month), `1y` (365 days). Empty, `off` and `none` mean no
/// cadence. A cadence is at least one day and at most ten years.
public enum CadenceInput {
    public enum Result: Hashable, Sendable {
        case days(Int)
        case off
    }

    public static func parse(_ text: String) -> Result? {
        let key = text.trimmingWhitespace().lowercased()
        if key.isEmpty || key == "off" || key == "none" { return .off }
        var number = Substring(key)
        var unit: Character = "d"
        if let last = number.last, last.isLetter {
            unit = last
            number = number.dropLast()
        }
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let count = Int(number), count > 0, count < 10_000 else { return nil }
        let days: Int
        switch unit {
        case "d": days = count
        case "w": days = count * 7
        case "m": days = count * 30
        case "y": days = count * 365
        default: return nil
        }
        return days <= 3_650 ? .days(days) : nil
    }

    /// How a cadence is shown back in the form: "14d", "2w" when it is whole weeks.
    public static func text(_ days: Int?) -> String {
        guard let days else { return "" }
        return days % 7 == 0 ? "\(days / 7)w" : "\(days)d"
    }
}
