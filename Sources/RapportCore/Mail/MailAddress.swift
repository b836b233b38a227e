/// One mailbox of an address header: `"Name" <local@domain>`.
public struct MailAddress: Hashable, Sendable, Codable {
    /// The display name, RFC 2047 words decoded; empty when the header gives none.
    public var name: String
    /// As written; compare with `ContactNormalization.email`.
    public var address: String

    public init(name: String = "", address: String) {
        self.name = name
        self.address = address
    }
}

/// Address lists (RFC 5322 §3.4): mailboxes separated by commas, display names quoted or not,
/// groups (`team: a@x, b@y;`), comments, and the old `addr (Name)` form. Entries without an
/// "@" (a bare group name, "undisclosed-recipients:;") are dropped: they name nobody.
public enum AddressParsing {
    public static func parse(_ text: String) -> [MailAddress] {
        var result: [MailAddress] = []
        for piece in split(text) {
            if let address = mailbox(piece) { result.append(address) }
        }
        return result
    }

    /// Splits at commas and group punctuation outside quotes, comments and angle brackets.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var inQuotes = false, inAngle = false, commentDepth = 0, escaped = false
        for character in text {
            if escaped { current.append(character); escaped = false; continue }
            switch character {
            case "\\" where inQuotes || commentDepth > 0: escaped = true; current.append(character)
            case "\"" where commentDepth == 0: inQuotes.toggle(); current.append(character)
            case "(" where !inQuotes: commentDepth += 1; current.append(character)
            case ")" where !inQuotes && commentDepth > 0: commentDepth -= 1; current.append(character)
            case "<" where !inQuotes && commentDepth == 0: inAngle = true; current.append(character)
            case ">" where !inQuotes && commentDepth == 0: inAngle = false; current.append(character)
            case "," where !inQuotes && !inAngle && commentDepth == 0, ";" where !inQuotes && !inAngle && commentDepth == 0:
                pieces.append(current); current = ""
            case ":" where !inQuotes && !inAngle && commentDepth == 0:
                // A group's name ends here; its members follow.
                current = ""
            default: current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    static func mailbox(_ piece: String) -> MailAddress? {
        let trimmed = piece.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if let open = lastIndexOutsideQuotes(of: "<", in: trimmed),
           let close = trimmed[open...].firstIndex(of: ">") {
            let address = String(trimmed[trimmed.index(after: open)..<close]).trimmingWhitespace()
            // A source route (`<@relay:user@host>`) keeps only the mailbox.
            let mailbox = address.split(separator: ":").last.map(String.init) ?? address
            guard mailbox.contains("@") else { return nil }
            let name = displayName(String(trimmed[..<open]))
            return MailAddress(name: name, address: mailbox)
        }
        // `user@host (Name)`: the comment is the name.
        var address = ""
        var comment = ""
        var depth = 0
        for character in trimmed {
            switch character {
            case "(": if depth > 0 { comment.append(character) }; depth += 1
            case ")" where depth > 0: depth -= 1; if depth > 0 { comment.append(character) }
            default: if depth > 0 { comment.append(character) } else if character != " " && character != "\t" && character != "\"" { address.append(character) }
            }
        }
        guard address.contains("@") else { return nil }
        return MailAddress(name: HeaderDecoding.decode(comment.trimmingWhitespace()), address: address)
    }

    /// The phrase before `<`: quotes and escapes removed, comments dropped, words decoded.
    static func displayName(_ phrase: String) -> String {
        var output = ""
        var inQuotes = false, escaped = false, depth = 0
        for character in phrase {
            if escaped { output.append(character); escaped = false; continue }
            switch character {
            case "\\" where inQuotes: escaped = true
            case "\"" where depth == 0: inQuotes.toggle()
            case "(" where !inQuotes: depth += 1
            case ")" where !inQuotes && depth > 0: depth -= 1
            default: if depth == 0 { output.append(character) }
            }
        }
        // Outlook quotes encoded-words ("=?utf-8?Q?M=C3=BCller?="); readers decode them anyway.
        let decoded = HeaderDecoding.decode(output.trimmingWhitespace())
        return decoded.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func lastIndexOutsideQuotes(of target: Character, in text: String) -> String.Index? {
        var found: String.Index?
        var inQuotes = false, escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if escaped { escaped = false } else if character == "\\" && inQuotes { escaped = true } else if character == "\"" { inQuotes.toggle() } else if character == target && !inQuotes { found = index }
            index = text.index(after: index)
        }
        return found
    }
}
