/// How a user writes numbers: "1,234.50" (English) or "1.234,50" (Italian, German), "1 234,50"
/// (French), and where the currency symbol goes.
public struct NumberFormat: Hashable, Sendable, Codable {
    public var decimalSeparator: Character
    public var groupingSeparator: Character
    public var symbolBeforeAmount: Bool

    public init(decimalSeparator: Character, groupingSeparator: Character, symbolBeforeAmount: Bool) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.symbolBeforeAmount = symbolBeforeAmount
    }

    public static let english = NumberFormat(decimalSeparator: ".", groupingSeparator: ",", symbolBeforeAmount: true)
    public static let italian = NumberFormat(decimalSeparator: ",", groupingSeparator: ".", symbolBeforeAmount: false)
    /// French groups with a narrow no-break space.
    public static let french = NumberFormat(decimalSeparator: ",", groupingSeparator: "\u{202F}", symbolBeforeAmount: false)

    /// From a locale identifier such as "it_IT.UTF-8", "fr", "en_GB" (LANG, LC_NUMERIC).
    public static func forLocale(_ identifier: String) -> NumberFormat {
        let language = identifier.prefix(2).lowercased()
        switch language {
        case "it", "de", "es", "pt", "nl", "da", "id", "tr": return .italian
        case "fr", "pl", "cs", "sv", "fi", "nb", "ru", "uk", "sk": return .french
        default: return .english
        }
    }

    enum CodingKeys: String, CodingKey { case decimalSeparator, groupingSeparator, symbolBeforeAmount }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let decimal = try container.decode(String.self, forKey: .decimalSeparator)
        let grouping = try container.decode(String.self, forKey: .groupingSeparator)
        guard decimal.count == 1, let d = decimal.first, grouping.count == 1, let g = grouping.first, d != g else {
            throw DecodingError.dataCorruptedError(
                forKey: .decimalSeparator, in: container,
                debugDescription: "expected two different single-character separators")
        }
        self.init(decimalSeparator: d, groupingSeparator: g,
                  symbolBeforeAmount: try container.decode(Bool.self, forKey: .symbolBeforeAmount))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(String(decimalSeparator), forKey: .decimalSeparator)
        try container.encode(String(groupingSeparator), forKey: .groupingSeparator)
        try container.encode(symbolBeforeAmount, forKey: .symbolBeforeAmount)
    }
}
