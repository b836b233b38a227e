/// The one rule for values that end up in a mail header: email addresses, the names shown next
/// to them, template subjects. Forms, `rapport add`, the CSV and vCard importers and `rapport
/// check` all ask here, so a value refused by one entry point is refused by all of them.
///
/// A header line ends at CR LF, so a CR or LF inside a value would start a header of the
/// sender's choosing (`Bcc: …`): that is why every control character is refused on the way in.
/// The mail writer flattens them again on the way out (`flattened`), for books that already
/// hold such a value.
public enum HeaderSafeText {
    /// C0 controls (NUL, TAB, CR, LF, ESC, BEL…), DEL, C1 controls and the Unicode line and
    /// paragraph separators: none of them may stand in a header value.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// The first forbidden character of `text`, nil when there is none.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbidden)
    }

    public static func isSafe(_ text: String) -> Bool { firstForbidden(in: text) == nil }

    /// Each forbidden character replaced by a space: what the mail writer puts in a header when a
    /// stored value slipped past validation (a book edited by hand, data older than this rule).
    public static func flattened(_ text: String) -> String {
        guard !isSafe(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isForbidden(scalar) ? " " : scalar) }
        return String(scalars)
    }

    /// RFC 5322 "specials" and other characters an unquoted address cannot hold; `"` too,
    /// because quoted local parts are never what a person typed.
    private static let addressSpecials: Set<Unicode.Scalar> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]
    /// `addressSpecials` as a table over ASCII, for `isValidEmailAddress`.
    private static let asciiSpecials: [Bool] = (0..<128).map { addressSpecials.contains(Unicode.Scalar(UInt8($0))) }

    /// A plausible address that can be written as `<address>` in a header: one "@", something
    /// before it, a domain with a dot that neither starts nor ends it, at most 254 bytes (RFC
    /// 5321's limit), and no whitespace, control, formatting (bidi, zero-width) or special
    /// character. Letters outside ASCII are allowed (RFC 6532 addresses).
    public static func isValidEmailAddress(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 254 else { return false }
        var atCount = 0
        for scalar in text.unicodeScalars {
            if scalar == "@" { atCount += 1; continue }
            // Most addresses are ASCII: letters, digits and ". - _ +" need no Unicode lookup
            // (the properties below cost as much as the rest of a contact row's import).
            if scalar.value < 0x80 {
                if scalar.value <= 0x20 || scalar.value == 0x7F || asciiSpecials[Int(scalar.value)] { return false }
                continue
            }
            if isForbidden(scalar) || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format {
                return false
            }
        }
        guard atCount == 1, let at = text.firstIndex(of: "@") else { return false }
        let local = text[..<at], domain = text[text.index(after: at)...]
        guard !local.isEmpty, let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
              domain.index(after: dot) != domain.endIndex, !domain.hasPrefix("."), !domain.contains("..") else { return false }
        return true
    }

    /// What is wrong with a value that goes into a header as text (a name, a subject), for
    /// messages: nil when it is fine. `field` names it ("first_name", "--last-name").
    public static func textProblem(_ value: String, field: String) -> String? {
        guard let scalar = firstForbidden(in: value) else { return nil }
        return Messages.headerTextControlCharacter.text(["field": field, "character": TerminalSafeText.visible(String(scalar))])
    }

    /// What is wrong with an address, for messages: nil when it is fine.
    public static func addressProblem(_ value: String, field: String) -> String? {
        guard !isValidEmailAddress(value) else { return nil }
        return Messages.headerAddressInvalid.text(["field": field, "value": MessageValue.quoted(value)])
    }
}
