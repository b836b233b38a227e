import Foundation

/// Bytes in a MIME charset (RFC 2046 §4.1.2) turned into text. Labels follow what mail
/// clients actually send: "iso-8859-1" is read as windows-1252, as browsers and mail readers
/// do, because Outlook's curly quotes and euro signs arrive labelled latin-1. An unknown
/// label, or bytes that are not what the label says, fall back to UTF-8 when valid, else
/// windows-1252, so an excerpt never fails on a label.
public enum Charsets {
    public static func decode(_ bytes: some Collection<UInt8>, charset: String?) -> String {
        let label = normalizedLabel(charset)
        switch label {
        case "", "utf-8", "utf8", "us-ascii", "ascii", "unicode-1-1-utf-8", "x-unknown", "unknown-8bit", "default":
            return utf8OrWindows1252(bytes)
        case "iso-8859-1", "latin1", "iso8859-1", "iso_8859-1", "l1", "cp819", "windows-1252", "cp1252", "x-cp1252":
            return windows1252(bytes)
        case "iso-8859-15", "latin-9", "iso8859-15", "latin9":
            return latin9(bytes)
        default:
            if let encoding = foundationEncoding(label), let text = String(data: Data(bytes), encoding: encoding) {
                return text
            }
            return utf8OrWindows1252(bytes)
        }
    }

    /// Lowercased, without quotes, and without an RFC 2231 language suffix ("utf-8*en").
    static func normalizedLabel(_ charset: String?) -> String {
        guard var label = charset?.trimmingCharacters(in: .whitespaces).lowercased() else { return "" }
        if let star = label.firstIndex(of: "*") { label = String(label[..<star]) }
        return label.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    }

    /// UTF-8 when the bytes are valid UTF-8 (the common case, checked without copying twice).
    public static func utf8OrWindows1252(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    public static func windows1252(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80, byte < 0xA0, let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    static func latin9(_ bytes: some Collection<UInt8>) -> String {
        let changes: [UInt8: Unicode.Scalar] = [0xA4: "\u{20AC}", 0xA6: "\u{160}", 0xA8: "\u{161}", 0xB4: "\u{17D}",
                                               0xB8: "\u{17E}", 0xBC: "\u{152}", 0xBD: "\u{153}", 0xBE: "\u{178}"]
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(changes[byte] ?? Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// 0x80–0x9F in windows-1252; nil where the code page leaves a hole (kept as the C1 control).
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The other charsets seen in mail that Foundation can decode.
    static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1253", "cp1253": return .windowsCP1253
        case "windows-1254", "cp1254": return .windowsCP1254
        case "utf-16": return .utf16
        case "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        case "shift_jis", "shift-jis", "sjis", "cp932", "windows-31j": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        default: return nil
        }
    }
}
