/// Escaping for the values the writer produces. vCard 3.0 (RFC 2426 §5) and 4.0 (RFC 6350
/// §3.4) escape text alike: backslash, comma, semicolon, and line breaks as `\n`. Escaping
/// commas in single-valued properties such as FN is also what both RFCs' examples do, and
/// every reader accepts it.
enum VCardTextEscaping {
    static func escapeText(_ text: String) -> String { ContentLineText.escape(text) }

    /// A structured value: components joined by `;`, each component's list items by `,`.
    static func structured(_ components: [[String]]) -> String {
        components.map { items in items.map(escapeText).joined(separator: ",") }.joined(separator: ";")
    }

    /// A parameter value: quoted when it contains `:`, `;` or `,` (RFC 6350 §5, RFC 2426
    /// §4); a double quote cannot be represented at all in either version, so it is dropped.
    /// Line breaks are replaced by spaces for the same reason.
    static func parameterValue(_ value: String) -> String {
        let cleaned = String(String.UnicodeScalarView(value.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            switch scalar {
            case "\"": return nil
            case "\r", "\n": return " "
            default: return scalar
            }
        }))
        if cleaned.unicodeScalars.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) {
            return "\"" + cleaned + "\""
        }
        return cleaned
    }
}
