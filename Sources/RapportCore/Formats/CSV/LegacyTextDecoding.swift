/// Decoding of byte strings that are not valid UTF-8.
///
/// Excel on Windows exports "CSV" in the ANSI code page, which in western locales is
/// Windows-1252; old vCard writers use ISO-8859-1 or Windows-1252. Windows-1252 is a superset
/// of the printable part of ISO-8859-1, so one decoder serves both. It never fails: every byte
/// maps to a scalar, which is why it is the fallback when UTF-8 validation fails.
/// Shared by the CSV reader and the vCard parser.
enum LegacyTextDecoding {
    /// Windows-1252 code points for 0x80...0x9F. The five bytes the code page leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value: UInt32 = (0x80...0x9F).contains(byte)
            ? windows1252High[Int(byte - 0x80)]
            : UInt32(byte)
        // Every table entry and every other byte value is a valid scalar; U+FFFD keeps this
        // total without a force-unwrap.
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static func decodeWindows1252<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(windows1252Scalar(byte))
        }
        return String(scalars)
    }

    /// ISO-8859-1 proper: byte value == code point.
    static func decodeLatin1<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(Unicode.Scalar(byte))
        }
        return String(scalars)
    }

    static func isValidUTF8<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
