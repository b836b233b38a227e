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
            let tag = piece.trimmingWhitespace()
            guard !tag.isEmpty, !tag.hasPrefix("*"), seen.insert(tag.lowercased()).inserted else { continue }
            tags.append(tag)
        }
        return tags
    }

    /// "70", "70%", "70.0" → 70; nil outside 0...100.
    static func percent(_ text: String) -> Int? {
        var body = text
        if body.hasSuffix("%") { body = String(body.dropLast()).trimmingWhitespace() }
        if let whole = Int(body) { return (0...100).contains(whole) ? whole : nil }
        if let decimal = Double(body.replacingOccurrences(of: ",", with: ".")), decimal.isFinite {
            let rounded = Int(decimal.rounded())
            return (0...100).contains(rounded) ? rounded : nil
        }
        return nil
    }

    /// The key records are matched on: trimmed and lower-cased.
    static func emailKey(_ email: String) -> String { email.trimmingWhitespace().lowercased() }

    /// A cheap sanity check, not RFC 5322: something@something.something, no spaces.
    static func looksLikeEmail(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@"), at != text.startIndex else { return false }
        let domain = text[text.index(after: at)...]
        return domain.contains(".") && !domain.hasSuffix(".") && !domain.hasPrefix(".")
            && !text.contains(where: { $0 == " " || $0 == "," || $0 == ";" }) && domain.firstIndex(of: "@") == nil
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
