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

    /// ISO 4217 exponent (list one, current codes): most currencies have cents, a few none, a
    /// few thousandths, and the two units of account CLF and UYW ten-thousandths.
    public var minorDigits: Int {
        if CurrencyCode.noMinorUnits.contains(code) { return 0 }
        if CurrencyCode.thousandths.contains(code) { return 3 }
        if CurrencyCode.tenThousandths.contains(code) { return 4 }
        return 2
    }

    private static let noMinorUnits: Set<String> = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV",
        "XAF", "XOF", "XPF",
    ]
    private static let thousandths: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]
    private static let tenThousandths: Set<String> = ["CLF", "UYW"]

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
