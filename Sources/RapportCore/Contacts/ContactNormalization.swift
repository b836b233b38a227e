/// The comparable form of emails and phone numbers, so "Giulia.Rossi@Example.com " and
/// "giulia.rossi@example.com" are the same address and "+39 02 1234-5678" and "0039021234 5678"
/// the same number. Used by duplicate detection and the GDPR redaction.
public enum ContactNormalization {
    /// Trimmed and lowercased. (The local part is case-sensitive in theory; no mail server in
    /// use treats it so, and users type addresses in every case.)
    public static func email(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Digits only, with an international prefix written as "+": "00" becomes "+". Returns an
    /// empty string when there are fewer than five digits (an extension, a typo: not comparable).
    public static func phone(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var digits = trimmed.unicodeScalars.filter { $0.properties.numericType == .decimal && $0.isASCII }.map(Character.init)
        var international = trimmed.hasPrefix("+")
        if !international, digits.starts(with: ["0", "0"]) {
            digits.removeFirst(2)
            international = true
        }
        guard digits.count >= 5 else { return "" }
        return (international ? "+" : "") + String(digits)
    }

    /// A plausible address: one "@", something before it, a dot in the domain, no spaces.
    public static func isPlausibleEmail(_ text: String) -> Bool {
        let value = email(text)
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !value.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex else { return false }
        // The one rule for addresses that go into mail headers (no control characters…).
        return domain.index(after: dot) != domain.endIndex && HeaderSafeText.isValidEmailAddress(value)
    }

    /// A plausible phone number: digits with the usual separators ("+", spaces, dots, dashes,
    /// parentheses, "/"), and between 5 and 15 digits (E.164's maximum).
    public static func isPlausiblePhone(_ text: String) -> Bool {
        let allowed = Set("+0123456789 .-()/")
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ allowed.contains($0) }) else { return false }
        let digitCount = trimmed.filter(\.isNumber).count
        return (5...15).contains(digitCount)
    }
}

import Foundation
