/// An exchange rate as the bank writes it ("1.0812", "161.25"): an exact decimal, integer units
/// and a count of decimal places, never a Double, so a stored rate reads back as it was typed.
public struct RateValue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The digits without the decimal point: 1.0812 is 10812 with scale 4.
    public let units: UInt64
    public let scale: Int

    /// Up to this many decimal places and significant digits, so conversions never overflow.
    static let maxScale = 8
    static let maxUnits: UInt64 = 999_999_999_999

    /// Accepts "1.08", "1,08", "161" (trailing zeros of the decimals dropped); nil for zero,
    /// a negative rate, or more precision than a rate needs.
    public init?(_ text: String) {
        let body = text.trimmingWhitespace()
        let parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigit) else { return nil }
        var fraction = parts.count == 2 ? Substring(parts[1]) : ""
        guard fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty else { return nil }
        while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        guard fraction.count <= RateValue.maxScale, let units = UInt64(String(whole) + fraction),
              units > 0, units <= RateValue.maxUnits else { return nil }
        self.units = units
        self.scale = fraction.count
    }

    public static let one = RateValue(units: 1, scale: 0)

    private init(units: UInt64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    public var description: String {
        guard scale > 0 else { return String(units) }
        let digits = String(units)
        let padded = digits.count > scale ? digits : String(repeating: "0", count: scale - digits.count + 1) + digits
        let split = padded.index(padded.endIndex, offsetBy: -scale)
        return padded[..<split] + "." + padded[split...]
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let rate = RateValue(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a positive exchange rate such as \"1.0812\", found \"\(text)\"")
        }
        self = rate
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
