extension Money {
    /// "€1,234.50" (English) or "1.234,50 €" (Italian): every minor digit, grouped thousands.
    public func formatted(_ format: NumberFormat = .english, symbol: Bool = true) -> String {
        let scale = Money.scale(currency)
        let magnitude = minorUnits.magnitude
        let major = magnitude / UInt64(scale)
        let minor = magnitude % UInt64(scale)
        var number = Money.grouped(major, separator: format.groupingSeparator)
        if currency.minorDigits > 0 {
            number += String(format.decimalSeparator) + pad(Int(minor), currency.minorDigits)
        }
        return decorate(number, format: format, symbol: symbol)
    }

    /// Whole major units, rounded: "€12,500" — for dense screens where cents are noise.
    public func formattedWhole(_ format: NumberFormat = .english, symbol: Bool = true) -> String {
        let scale = UInt64(Money.scale(currency))
        let major = (minorUnits.magnitude + scale / 2) / scale
        return decorate(Money.grouped(major, separator: format.groupingSeparator), format: format, symbol: symbol)
    }

    /// "€12.5k", "€1.2M": for column headers and cards, three significant figures at most.
    public func formattedCompact(_ format: NumberFormat = .english, symbol: Bool = true) -> String {
        let scale = UInt64(Money.scale(currency))
        let major = Double(minorUnits.magnitude) / Double(scale)
        let number: String
        switch major {
        case ..<1_000: number = String(UInt64(major.rounded()))
        case ..<1_000_000: number = Money.shortDecimal(major / 1_000, format) + "k"
        case ..<1_000_000_000: number = Money.shortDecimal(major / 1_000_000, format) + "M"
        default: number = Money.shortDecimal(major / 1_000_000_000, format) + "B"
        }
        return decorate(number, format: format, symbol: symbol)
    }

    private func decorate(_ number: String, format: NumberFormat, symbol: Bool) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        guard symbol else { return sign + number }
        let mark = currency.symbol
        if format.symbolBeforeAmount {
            return sign + mark + (mark.count > 1 ? " " : "") + number
        }
        return sign + number + " " + mark
    }

    static func grouped(_ value: UInt64, separator: Character) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return result
    }

    /// One decimal below 100 ("12.5"), none above ("250"); trailing ".0" dropped.
    private static func shortDecimal(_ value: Double, _ format: NumberFormat) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        return String(tenths / 10) + String(format.decimalSeparator) + String(tenths % 10)
    }
}
