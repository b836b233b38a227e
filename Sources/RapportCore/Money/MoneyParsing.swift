public enum MoneyParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notANumber(String)
    case misplacedGrouping(String)
    case tooManyDecimals(String, allowed: Int, currency: CurrencyCode)
    case tooLarge(String)
    case currencyMismatch(found: String, expected: CurrencyCode)

    public var description: String {
        switch self {
        case .empty: return "no amount given"
        case .notANumber(let text): return "\"\(text)\" is not an amount"
        case .misplacedGrouping(let text): return "\"\(text)\": thousands separators in the wrong place"
        case .tooManyDecimals(let text, let allowed, let currency):
            return "\"\(text)\": \(currency) has \(allowed) decimal places"
        case .tooLarge(let text): return "\"\(text)\" is too large"
        case .currencyMismatch(let found, let expected): return "amount is in \(found), expected \(expected)"
        }
    }
}

extension Money {
    /// Parses an amount as the user wrote it: "1.234,50", "1234.50", "€ 1 234,50", "-12", "(30.00)",
    /// "1'250.00 CHF". When both "." and "," appear the last one is the decimal mark; a lone
    /// separator followed by exactly three digits is read as the user's locale would read it
    /// ("1.234" is 1234 in Italian, 1.234 in English, where it then has too many decimals for EUR).
    public static func parse(_ text: String, currency: CurrencyCode, format: NumberFormat = .english) throws(MoneyParseError) -> Money {
        var body = text.trimmingWhitespace()
        guard !body.isEmpty else { throw .empty }

        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = String(body.dropFirst().dropLast()).trimmingWhitespace()
        }
        for sign in ["-", "\u{2212}"] where body.hasPrefix(sign) {
            negative = true
            body = String(body.dropFirst()).trimmingWhitespace()
        }
        body = try stripCurrency(body, expected: currency)
        if body.hasPrefix("-") || body.hasPrefix("\u{2212}") {
            negative = true
            body = String(body.dropFirst())
        } else if body.hasSuffix("-") {
            negative = true
            body = String(body.dropLast())
        }

        // Spaces and apostrophes only ever group (French "1 234", Swiss "1'234").
        let groupingOnly: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "'", "\u{2019}"]
        var cleaned = ""
        var hadSpaceGroup = false
        for character in body {
            if groupingOnly.contains(character) { hadSpaceGroup = true; cleaned.append("_") } else { cleaned.append(character) }
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," || $0 == "_" }),
              cleaned.contains(where: { $0.isASCIIDigit }) else { throw .notANumber(text) }

        let lastDot = cleaned.lastIndex(of: ".")
        let lastComma = cleaned.lastIndex(of: ",")
        var decimalMark: Character?
        switch (lastDot, lastComma) {
        case let (dot?, comma?): decimalMark = dot > comma ? "." : ","
        case let (dot?, nil), let (nil, dot?):
            let mark = cleaned[dot]
            let occurrences = cleaned.filter { $0 == mark }.count
            if occurrences > 1 {
                decimalMark = nil
            } else {
                let after = cleaned[cleaned.index(after: dot)...]
                if after.count == 3 && after.allSatisfy(\.isASCIIDigit) && (mark == format.groupingSeparator || hadSpaceGroup) {
                    decimalMark = nil
                } else {
                    decimalMark = mark
                }
            }
        case (nil, nil): decimalMark = nil
        }

        var integerPart = Substring(cleaned)
        var fractionPart: Substring = ""
        if let mark = decimalMark, let index = cleaned.lastIndex(of: mark) {
            integerPart = cleaned[..<index]
            fractionPart = cleaned[cleaned.index(after: index)...]
            guard fractionPart.allSatisfy(\.isASCIIDigit) else { throw .notANumber(text) }
        }
        let groups = integerPart.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," || $0 == "_" })
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { throw .misplacedGrouping(text) }
        }
        let digits = groups.joined()
        guard !digits.isEmpty || !fractionPart.isEmpty else { throw .notANumber(text) }
        let allowed = currency.minorDigits
        guard fractionPart.count <= allowed else { throw .tooManyDecimals(text, allowed: allowed, currency: currency) }

        let paddedFraction = String(fractionPart) + String(repeating: "0", count: allowed - fractionPart.count)
        let allDigits: String = (digits.isEmpty ? "0" : digits) + paddedFraction
        guard let magnitude = Int64(allDigits) else { throw .tooLarge(text) }
        return Money(minorUnits: negative ? -magnitude : magnitude, currency: currency)
    }

    /// Parses an amount in the currency it names ("1200 USD", "¥1200", "CHF 80"), or in
    /// `defaultCurrency` when it names none: how a form lets a deal be in any ISO 4217 currency.
    public static func parse(_ text: String, defaultCurrency: CurrencyCode, format: NumberFormat = .english) throws(MoneyParseError) -> Money {
        try parse(text, currency: namedCurrency(text) ?? defaultCurrency, format: format)
    }

    /// The currency a typed amount names by its code or its symbol, if any.
    static func namedCurrency(_ text: String) -> CurrencyCode? {
        var body = text.trimmingWhitespace()
        for sign in ["-", "\u{2212}", "("] where body.hasPrefix(sign) { body = String(body.dropFirst()).trimmingWhitespace() }
        if body.hasSuffix(")") { body = String(body.dropLast()).trimmingWhitespace() }
        let symbols: [(String, CurrencyCode)] = [("€", .eur), ("$", .usd), ("£", .gbp), ("¥", .jpy)]
        for (symbol, code) in symbols where body.hasPrefix(symbol) || body.hasSuffix(symbol) { return code }
        let leading = body.prefix(while: { $0.isLetter })
        if leading.count == 3, let code = CurrencyCode(String(leading)) { return code }
        let trailing = body.reversed().prefix(while: { $0.isLetter })
        if trailing.count == 3, let code = CurrencyCode(String(trailing.reversed())) { return code }
        return nil
    }

    private static func stripCurrency(_ text: String, expected: CurrencyCode) throws(MoneyParseError) -> String {
        var body = text
        let symbols = ["€", "$", "£", "¥"]
        for symbol in symbols {
            if body.hasPrefix(symbol) { body = String(body.dropFirst(symbol.count)).trimmingWhitespace() }
            if body.hasSuffix(symbol) { body = String(body.dropLast(symbol.count)).trimmingWhitespace() }
        }
        // A leading or trailing three-letter code: "EUR 12", "12 CHF".
        let letters = body.prefix(while: { $0.isLetter })
        if letters.count == 3, let code = CurrencyCode(String(letters)) {
            guard code == expected else { throw .currencyMismatch(found: code.code, expected: expected) }
            body = String(body.dropFirst(3)).trimmingWhitespace()
        }
        let trailing = String(body.suffix(3))
        if trailing.count == 3, trailing.allSatisfy(\.isLetter), !(body.dropLast(3).last?.isLetter ?? false),
           let code = CurrencyCode(trailing) {
            guard code == expected else { throw .currencyMismatch(found: code.code, expected: expected) }
            body = String(body.dropLast(3)).trimmingWhitespace()
        }
        return body
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

extension StringProtocol {
    /// Trims spaces, tabs, newlines and no-break spaces at both ends.
    public func trimmingWhitespace() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
