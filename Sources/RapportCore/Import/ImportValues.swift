import Foundation

/// Reading the cell values spreadsheets and CRMs write: booleans, tag lists, whole numbers.
enum ImportValues {
    /// yes/no, true/false, 1/0, x (a ticked box), y/n, and the Italian and French sì/oui/non.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "x", "on", "si", "sì", "oui", "granted", "opted in", "subscribed": return true
        case "no", "n", "false", "0", "off", "non", "denied", "opted out", "unsubscribed": return false
        default: return nil
        }
    }

    /// Splits on `;` and `,` (and Google's ` ::: `), trims, drops Google's system groups
    /// ("* myContacts") and repeats.
    static func tags(_ text: String) -> [String] {
        let pieces = text.replacingOccurrences(of: ":::", with: ";").split(whereSeparator: { $0 == ";" || $0 == "," })
        var seen = Set<String>()
        var tags: [String] = []
        for piece in pieces {
            let tag = trim(String(piece))
            guard !tag.isEmpty, !tag.hasPrefix("*"), seen.insert(tag.lowercased()).inserted else { continue }
            tags.append(tag)
        }
        return tags
    }

    /// The values of one cell that holds several, as Google writes them ("a@x.it ::: b@x.it"),
    /// trimmed, empty ones dropped.
    static func multipleValues(_ text: String) -> [String] {
        // Most cells have no colon at all: a byte scan settles them.
        guard text.utf8.contains(UInt8(ascii: ":")), text.contains(":::") else {
            let value = trim(text)
            return value.isEmpty ? [] : [value]
        }
        return text.components(separatedBy: ":::").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// "70", "70%", "70.0" → 70; nil outside 0...100.
    static func percent(_ text: String) -> Int? {
        var body = text
        if body.hasSuffix("%") { body = String(body.dropLast()).trimmingWhitespace() }
        if let whole = Int(body) { return FieldRules.probability(whole) == nil ? whole : nil }
        if let decimal = Double(body.replacingOccurrences(of: ",", with: ".")), decimal.isFinite, abs(decimal) < 1e9 {
            let rounded = Int(decimal.rounded())
            return FieldRules.probability(rounded) == nil ? rounded : nil
        }
        return nil
    }

    /// A cell without surrounding whitespace, cheaply: most cells have none, and checking the
    /// first and last byte avoids rebuilding the string (a 50,000-row file has 650,000 cells).
    static func trim(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        return text.trimmingWhitespace()
    }

    /// The key records are matched on: trimmed and lower-cased.
    static func emailKey(_ email: String) -> String { trim(email).lowercased() }

    /// A cheap sanity check, not RFC 5322: something@something.something, no spaces, commas
    /// or semicolons (two addresses in one cell). Scans bytes: it runs once per row.
    static func looksLikeEmail(_ text: String) -> Bool {
        var atOffset: Int?
        var lastDotAfterAt: Int?
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"): return false
            case UInt8(ascii: "@"):
                guard atOffset == nil, count > 0 else { return false }
                atOffset = count
            case UInt8(ascii: "."):
                if let at = atOffset {
                    guard count > at + 1, lastDotAfterAt.map({ $0 + 1 < count }) ?? true else { return false }
                    lastDotAfterAt = count
                }
            default: break
            }
            count += 1
        }
        guard let dot = lastDotAfterAt, dot < count - 1 else { return false }
        // Control characters, quotes and brackets would break the mail header it goes into.
        return HeaderSafeText.isValidEmailAddress(text)
    }

    /// Splits "Giulia Rossi" into first and last name: the last word is the family name, except
    /// for "Rossi, Giulia", which is family name first.
    static func splitFullName(_ text: String) -> (first: String, last: String) {
        if let comma = text.firstIndex(of: ",") {
            return (text[text.index(after: comma)...].trimmingWhitespace(), text[..<comma].trimmingWhitespace())
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 1, let last = words.last else { return (text, "") }
        return (words.dropLast().joined(separator: " "), String(last))
    }

    /// Digits and plus signs: what two phone numbers are compared on ("+39 02 1234" is
    /// "+39021234"). A value without digits (Outlook's sample "HomePhone") is compared as text.
    static func phoneKey(_ text: String) -> String {
        let digits = String(text.filter { $0.isASCIIDigit || $0 == "+" })
        return digits.contains(where: \.isASCIIDigit) ? digits : text.trimmingWhitespace().lowercased()
    }
}
