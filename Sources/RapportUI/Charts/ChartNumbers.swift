import RapportCore
import RapportCanvas

/// How charts write numbers: the book's number format (grouping, decimal separator, where the
/// currency symbol goes) and the report rules of docs/REPORTS.md (rates as percentages with one
/// decimal, half away from zero; `n/a` for an unknown value, never 0 or NaN).
public struct ChartNumbers: Hashable, Sendable {
    public var format: NumberFormat
    /// ASCII output writes the currency's code instead of its symbol ("EUR 1,234.50") and plain
    /// spaces instead of narrow no-break ones.
    public var ascii: Bool

    public init(format: NumberFormat = .english, glyphs: ChartGlyphs = .unicode) {
        self.format = format
        self.ascii = glyphs.isASCII
    }

    public static let notAvailable = "n/a"

    /// Every minor digit: "€12,345.50".
    public func money(_ value: ReportMoney) -> String {
        decorate(value.money.formatted(format, symbol: false), value.currency)
    }

    public func money(_ value: ReportMoney?) -> String { value.map { money($0) } ?? Self.notAvailable }

    /// Whole major units: "€12,346" (axes and tight columns).
    public func moneyWhole(_ value: ReportMoney) -> String {
        decorate(value.money.formattedWhole(format, symbol: false), value.currency)
    }

    /// Three significant figures: "€12.5k" (axis labels only; never the figure of record).
    public func moneyCompact(_ value: ReportMoney) -> String {
        decorate(value.money.formattedCompact(format, symbol: false), value.currency)
    }

    /// A fraction as a percentage: 0.5714 -> "57.1%"; nil -> "n/a".
    public func percent(_ fraction: Double?, digits: Int = 1) -> String {
        guard let fraction else { return Self.notAvailable }
        return decimal(fraction * 100, digits: digits) + "%"
    }

    /// A whole number with grouping: 12345 -> "12,345".
    public func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouped(digits)
    }

    /// `digits` decimals, rounded half away from zero, grouped: 1234.56 -> "1,234.6".
    public func decimal(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return Self.notAvailable }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = value * scale
        // Half away from zero; beyond Int64 a value is no longer a meaningful figure: clamp.
        let magnitude = Swift.min(scaled.magnitude + 0.5, 9.0e18)
        let units = UInt64(magnitude)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var text = grouped(String(whole))
        if digits > 0 {
            let fractionText = String(fraction)
            text += String(format.decimalSeparator) + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return (scaled < 0 && units != 0 ? "-" : "") + text
    }

    /// "+3.5", "-2", "0": a change with its sign.
    public func signed(_ text: String) -> String {
        text.hasPrefix("-") || text == Self.notAvailable || isZero(text) ? text : "+" + text
    }

    private func isZero(_ text: String) -> Bool {
        !text.contains { $0.isNumber && $0 != "0" }
    }

    private func grouped(_ digits: String) -> String {
        let separator = groupingSeparator
        var result = ""
        let characters = Array(digits)
        for (index, digit) in characters.enumerated() {
            if index > 0, (characters.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }

    private var groupingSeparator: String {
        let separator = String(format.groupingSeparator)
        return ascii && !separator.allSatisfy(\.isASCII) ? " " : separator
    }

    /// Adds the currency mark as the format says, with the sign in front of everything.
    private func decorate(_ number: String, _ currency: CurrencyCode) -> String {
        let negative = number.hasPrefix("-")
        var digits = negative ? String(number.dropFirst()) : number
        if ascii { digits = String(digits.map { $0.isASCII ? $0 : " " }) }
        let mark = ascii && !currency.symbol.allSatisfy(\.isASCII) ? currency.code : currency.symbol
        let sign = negative ? "-" : ""
        if format.symbolBeforeAmount {
            return sign + mark + (mark.count > 1 ? " " : "") + digits
        }
        return sign + digits + " " + mark
    }
}
