/// An ISO 4217 currency code ("EUR") with the number of minor-unit digits it uses.
public struct CurrencyCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let code: String

    /// Accepts three ASCII letters, any case; stores them upper-cased.
    public init?(_ text: String) {
        let upper = text.uppercased()
        guard upper.utf8.count == 3, upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        code = upper
    }

    public static let eur = CurrencyCode(known: "EUR")
    public static let usd = CurrencyCode(known: "USD")
    public static let gbp = CurrencyCode(known: "GBP")
    public static let chf = CurrencyCode(known: "CHF")
    public static let jpy = CurrencyCode(known: "JPY")

    private init(known: String) { code = known }

    /// ISO 4217 exponent: most currencies have cents, a few none, a few thousandths.
    public var minorDigits: Int {
        switch code {
        case "JPY", "KRW", "ISK", "CLP", "VND", "XOF", "XAF", "XPF", "UGX", "PYG", "RWF", "KMF", "GNF", "DJF", "VUV": return 0
        case "BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD": return 3
        default: return 2
        }
    }

    public var symbol: String {
        switch code {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "CHF": return "CHF"
        default: return code
        }
    }

    public var description: String { code }

    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.code < rhs.code }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = CurrencyCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an ISO 4217 currency code such as \"EUR\", found \"\(text)\"")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
