/// Decoding of property values: quoted-printable, charsets, backslash escapes, and the
/// splitting of structured values (N, ADR, ORG) and lists (CATEGORIES, NICKNAME).
enum VCardValueDecoding {
    /// Resolves ENCODING=QUOTED-PRINTABLE and CHARSET. Values without QP are already text (the
    /// whole file was decoded before parsing), so CHARSET alone changes nothing.
    static func decodeTransferEncoding(_ value: String, parameters: [VCardParameter]) -> String {
        let isQuotedPrintable = parameters.contains { parameter in
            parameter.name == "ENCODING" && parameter.values.contains { $0.uppercased() == "QUOTED-PRINTABLE" }
        }
        guard isQuotedPrintable else { return value }
        let bytes = quotedPrintableBytes(value)
        let charset = parameters.first { $0.name == "CHARSET" }?.values.first?.uppercased()
        return decode(bytes, charset: charset)
    }

    /// `=XX` is a byte; anything else (including a malformed `=`) stays as it is. Soft line
    /// breaks were already joined by `VCardContentLines`; a final dangling `=` is dropped.
    static func quotedPrintableBytes(_ value: String) -> [UInt8] {
        let input = Array(value.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "="), index + 2 < input.count,
               let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else if input[index] == UInt8(ascii: "="), index == input.count - 1 {
                index += 1 // a soft line break with nothing after it
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// A declared UTF-8 is trusted (a stray invalid byte becomes U+FFFD rather than turning
    /// the whole value into mojibake); ISO-8859-1 is read as its superset Windows-1252, as
    /// browsers do; an absent or unknown charset is UTF-8 when valid, else Windows-1252.
    static func decode(_ bytes: [UInt8], charset: String?) -> String {
        switch charset {
        case "UTF-8", "UTF8":
            return String(decoding: bytes, as: UTF8.self)
        case "ISO-8859-1", "ISO8859-1", "LATIN1", "LATIN-1", "WINDOWS-1252", "CP1252":
            return LegacyTextDecoding.decodeWindows1252(bytes)
        default:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            return LegacyTextDecoding.decodeWindows1252(bytes)
        }
    }

    /// Resolves `\n` `\N` `\\` `\,` `\;` `\:` and `\"` (Apple writes `http\://`, Gmail `\"`),
    /// and turns CRLF or CR into LF. An unknown escape keeps its backslash, so a Windows path
    /// in a note survives.
    static func unescapeText(_ raw: String) -> String {
        guard raw.contains("\\") || raw.contains("\r") else { return raw }
        var output = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\":
                guard let escaped = pending else {
                    output.append(scalar)
                    continue
                }
                switch escaped {
                case "n", "N": output.append("\n")
                case "\\", ",", ";", ":", "\"": output.append(escaped)
                default:
                    output.append(scalar)
                    output.append(escaped)
                }
                pending = scalars.next()
            case "\r":
                output.append("\n")
                if pending == "\n" { pending = scalars.next() }
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Splits on a separator that is not escaped; the parts keep their escapes.
    static func splitUnescaped(_ raw: String, on separator: Unicode.Scalar) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var escaping = false
        for scalar in raw.unicodeScalars {
            if escaping {
                current.append(scalar)
                escaping = false
            } else if scalar == "\\" {
                current.append(scalar)
                escaping = true
            } else if scalar == separator {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        parts.append(String(current))
        return parts
    }

    /// `a,b;c` → `[["a", "b"], ["c"]]`: components on `;`, list items on `,`, each item
    /// unescaped and trimmed, empty items dropped. Always returns `count` components.
    static func structuredLists(_ raw: String, count: Int) -> [[String]] {
        var components = splitUnescaped(raw, on: ";").map { component in
            splitUnescaped(component, on: ",")
                .map { unescapeText($0).trimmingSpaces() }
                .filter { !$0.isEmpty }
        }
        if components.count < count {
            components += Array(repeating: [], count: count - components.count)
        }
        return components
    }

    /// `a;b\;c` → `["a", "b;c"]`: components on `;` only (ORG, whose parts are not lists).
    static func structuredComponents(_ raw: String) -> [String] {
        splitUnescaped(raw, on: ";").map { unescapeText($0).trimmingSpaces() }
    }

    /// `a,b\,c` → `["a", "b,c"]` (CATEGORIES, NICKNAME).
    static func list(_ raw: String) -> [String] {
        splitUnescaped(raw, on: ",").map { unescapeText($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
