import Foundation

/// A custom field's value read through its type. Values are stored as text in one canonical
/// form per type, so the record files stay plain and a book from before typed fields reads
/// unchanged:
/// - text, long text, choice, URL, email, phone: the text;
/// - number: a plain decimal, "-1234.5" (no grouping, "." for the decimal mark);
/// - money: the amount with every minor digit and the currency, "15000.00 EUR";
/// - date: ISO, "2026-12-31";
/// - yes/no: "yes" or "no";
/// - several choices: the chosen values joined by ", ".
public enum CustomFieldValue: Hashable, Sendable {
    case text(String)
    case number(Decimal)
    case money(Money)
    case date(LocalDate)
    case flag(Bool)
    case choices([String])

    /// The value of a stored text, nil when it is not in its type's stored form.
    public init?(stored: String, type: CustomFieldType) {
        switch type {
        case .text, .longText, .choice, .url, .email, .phone: self = .text(stored)
        case .number:
            guard CustomFieldValue.canonicalNumber(stored) == stored,
                  let number = Decimal(string: stored, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            self = .number(number)
        case .money:
            guard let money = CustomFieldValue.storedMoney(stored) else { return nil }
            self = .money(money)
        case .date:
            guard let date = LocalDate(stored) else { return nil }
            self = .date(date)
        case .yesNo:
            guard stored == "yes" || stored == "no" else { return nil }
            self = .flag(stored == "yes")
        case .choices: self = .choices(CustomFieldValue.splitChoices(stored))
        }
    }

    /// The stored text of the value.
    public var stored: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return CustomFieldValue.canonicalNumber(NSDecimalNumber(decimal: number).stringValue) ?? "0"
        case .money(let money): return CustomFieldValue.storedText(of: money)
        case .date(let date): return date.description
        case .flag(let flag): return flag ? "yes" : "no"
        case .choices(let values): return values.joined(separator: ", ")
        }
    }

    /// The value as people read it: money with its symbol and grouping, numbers with the
    /// book's decimal mark.
    public func formatted(_ format: NumberFormat = .english) -> String {
        switch self {
        case .money(let money): return money.formatted(format)
        case .number:
            return format.decimalSeparator == "." ? stored : stored.replacingOccurrences(of: ".", with: String(format.decimalSeparator))
        default: return stored
        }
    }

    /// Orders two values of one ordered type (number, money in one currency, date); nil when
    /// they do not compare.
    public static func ascending(_ lhs: CustomFieldValue, _ rhs: CustomFieldValue) -> ComparisonResult? {
        func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult { a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame) }
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return order(a, b)
        case (.money(let a), .money(let b)) where a.currency == b.currency: return order(a.minorUnits, b.minorUnits)
        case (.date(let a), .date(let b)): return order(a, b)
        default: return nil
        }
    }

    // MARK: - Stored forms

    static func storedText(of money: Money) -> String {
        let digits = money.currency.minorDigits
        let scale = Int64(Money.scale(money.currency))
        let magnitude = money.minorUnits.magnitude
        var text = String(magnitude / UInt64(scale))
        if digits > 0 {
            let minor = String(magnitude % UInt64(scale))
            text += "." + String(repeating: "0", count: digits - minor.count) + minor
        }
        return (money.minorUnits < 0 ? "-" : "") + text + " " + money.currency.code
    }

    static func storedMoney(_ text: String) -> Money? {
        guard let space = text.lastIndex(of: " "), let currency = CurrencyCode(String(text[text.index(after: space)...])),
              let money = try? Money.parse(String(text[..<space]), currency: currency, format: .english),
              storedText(of: money) == text else { return nil }
        return money
    }

    static func splitChoices(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "-0012.500" -> "-12.5"; nil when the text is not a plain decimal.
    static func canonicalNumber(_ text: String) -> String? {
        var body = Substring(text)
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty || parts.count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty, body.count <= 30 else { return nil }
        var integer = String(whole.drop { $0 == "0" })
        if integer.isEmpty { integer = "0" }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.last == "0" { fraction.removeLast() }
        let number = fraction.isEmpty ? integer : integer + "." + fraction
        return negative && number != "0" ? "-" + number : number
    }
}
