import Foundation

/// A name and an address: `"Giulia Rossi" <giulia@example.com>`.
public struct Mailbox: Hashable, Sendable {
    public var name: String
    public var address: String

    public init(name: String = "", address: String) {
        self.name = name
        self.address = address
    }

    /// The header tokens: the display name, then `<address>`. An ASCII name is a quoted-string
    /// (split at its spaces, where the header may fold: unfolding gives the spaces back); a name
    /// with other characters, or holding "=?" (it would read as an encoded-word), is RFC 2047
    /// encoded-words. Control characters are flattened to spaces first, whatever the book
    /// holds (see `HeaderSafeText`).
    var headerTokens: [String] {
        let address = "<" + String(HeaderSafeText.flattened(address).filter { !$0.isWhitespace }) + ">"
        let trimmed = HeaderSafeText.flattened(name).trimmingWhitespace()
        guard !trimmed.isEmpty else { return [address] }
        let isPlainASCII = trimmed.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
        guard isPlainASCII, !trimmed.contains("=?") else { return EncodedWords.encode(trimmed) + [address] }
        let escaped = trimmed.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let words = ("\"" + escaped + "\"").split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // A word too long for a line cannot fold inside quotes: encoded-words can be split anywhere.
        guard words.allSatisfy({ $0.count <= 72 }) else { return EncodedWords.encode(trimmed) + [address] }
        return words + [address]
    }

    /// "Giulia Rossi <giulia@example.com>" for people to read.
    public var display: String {
        let trimmed = name.trimmingWhitespace()
        return trimmed.isEmpty ? address : "\(trimmed) <\(address)>"
    }

    /// An address that can go into a header, by the one rule forms, import and check use.
    public var isPlausible: Bool { HeaderSafeText.isValidEmailAddress(address) }
}

/// A plain-text email as RFC 5322 and MIME (RFC 2045-2047) want it: Date, From, To, Subject
/// (encoded-words when not ASCII), Message-ID, MIME-Version, a UTF-8 text/plain body in
/// quoted-printable, lines of at most 78 characters ending in CRLF.
public struct EmailMessage: Hashable, Sendable {
    public var from: Mailbox
    public var to: Mailbox
    public var subject: String
    public var body: String
    public var date: Date
    public var timeZone: TimeZone
    public var messageID: String
    /// Further headers, in order ("X-Rapport-Campaign").
    public var extraHeaders: [(String, String)]
    /// What it was made for: names the outbox file; not part of the text.
    public var campaignID: CampaignID?
    public var contactID: ContactID?

    public init(from: Mailbox, to: Mailbox, subject: String, body: String, date: Date,
                timeZone: TimeZone = ReportPeriod.utc, messageID: String, extraHeaders: [(String, String)] = [],
                campaignID: CampaignID? = nil, contactID: ContactID? = nil) {
        self.campaignID = campaignID
        self.contactID = contactID
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.timeZone = timeZone
        self.messageID = messageID
        self.extraHeaders = extraHeaders
    }

    public static func == (lhs: EmailMessage, rhs: EmailMessage) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.subject == rhs.subject && lhs.body == rhs.body
            && lhs.date == rhs.date && lhs.messageID == rhs.messageID
            && lhs.extraHeaders.map { $0.0 + ":" + $0.1 } == rhs.extraHeaders.map { $0.0 + ":" + $0.1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(messageID)
        hasher.combine(to)
    }

    /// A Message-ID unique to one campaign, recipient and moment, on the sender's domain.
    public static func makeID(campaign: CampaignID, contact: ContactID, date: Date, fromAddress: String) -> String {
        let domain = fromAddress.split(separator: "@").last.map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "rapport.invalid"
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return "<\(campaign.rawValue).\(contact.rawValue).\(seconds)@\(domain)>"
    }

    /// The whole message, header and body, with CRLF line endings.
    public var text: String {
        var header: [String] = []
        header.append("Date: " + RFC5322Date.string(date, timeZone: timeZone))
        header.append(EncodedWords.fold("From", from.headerTokens))
        header.append(EncodedWords.fold("To", to.headerTokens))
        header.append(EncodedWords.header("Subject", subject))
        header.append(EncodedWords.fold("Message-ID", [String(HeaderSafeText.flattened(messageID).filter { !$0.isWhitespace })]))
        header.append("MIME-Version: 1.0")
        header.append("Content-Type: text/plain; charset=UTF-8")
        header.append("Content-Transfer-Encoding: quoted-printable")
        for (name, value) in extraHeaders { header.append(EncodedWords.header(EncodedWords.fieldName(name), value)) }
        return header.joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(body)
    }

    public var bytes: [UInt8] { Array(text.utf8) }
}

/// RFC 5322 dates: "Sun, 22 Nov 2026 12:00:00 +0100", in English whatever the locale.
enum RFC5322Date {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func string(_ date: Date, timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let dayNumber = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(dayNumber) * 86_400)
        let day = LocalDate(dayNumber: dayNumber)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(weekdays[day.weekday - 1]), \(day.day) \(months[day.month - 1]) \(pad(day.year, 4)) "
            + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)) "
            + "\(sign)\(pad(minutes / 60, 2))\(pad(minutes % 60, 2))"
    }
}

/// RFC 2047 encoded-words for header text that is not ASCII.
enum EncodedWords {
    /// "Name: value" for unstructured text (Subject, X-…), folded so no line passes 78
    /// characters: plain ASCII folds at spaces; other text, text holding "=?" (it would read as
    /// an encoded-word) and words too long to fold become encoded-words of at most 75
    /// characters. Control characters are flattened to spaces first: a CR or LF never reaches
    /// the header, whatever the value holds.
    static func header(_ name: String, _ value: String) -> String {
        let clean = HeaderSafeText.flattened(value)
        let words = clean.split(separator: " ", omittingEmptySubsequences: false)
        let isPlainASCII = clean.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
        guard isPlainASCII, !clean.contains("=?"), words.allSatisfy({ $0.count <= 76 - name.count }) else {
            return name + ": " + encode(clean, firstLineRoom: 75 - name.count - 2).joined(separator: "\r\n ")
        }
        var lines: [String] = []
        var current = name + ":"
        for word in words {
            if current.count + 1 + word.count > 78, current.count > name.count + 1, !word.isEmpty {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// "Name: token token…" for structured headers (From, To, Message-ID): tokens are joined by
    /// spaces and a line folds between two tokens when the next would pass 78 characters. A
    /// token is not split (an address longer than a line stays whole); one longer than RFC
    /// 5322's hard limit of 998 characters a line is cut to fit it. Only a value that was never
    /// valid is that long (an address has at most 254), and the message must still parse.
    static func fold(_ name: String, _ tokens: [String]) -> String {
        var lines: [String] = []
        var current = name + ":"
        for var token in tokens {
            while token.utf8.count > 990 - name.count { token.removeLast() }
            // Never before an empty token (two spaces in a name): a line of blanks is no fold.
            if current.count + 1 + token.count > 78, current.count > name.count + 1, !token.isEmpty {
                lines.append(current)
                current = ""
            }
            current += " " + token
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A header field name: printable ASCII but the colon (RFC 5322 ftext); anything else dropped.
    static func fieldName(_ name: String) -> String {
        let kept = String(name.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F && $0 != ":" }.map(Character.init))
        return kept.isEmpty ? "X-Rapport" : kept
    }

    /// Base64 encoded-words of whole characters, each at most 75 characters long.
    static func encode(_ text: String, firstLineRoom: Int = 75) -> [String] {
        let prefix = "=?UTF-8?B?", suffix = "?="
        var words: [String] = []
        var chunk: [UInt8] = []
        var room = max(prefix.count + suffix.count + 8, firstLineRoom)
        func encodedLength(_ byteCount: Int) -> Int { prefix.count + suffix.count + (byteCount + 2) / 3 * 4 }
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty, encodedLength(chunk.count + bytes.count) > room {
                words.append(prefix + Data(chunk).base64EncodedString() + suffix)
                chunk = []
                room = 75
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(prefix + Data(chunk).base64EncodedString() + suffix) }
        return words
    }
}

/// Quoted-printable (RFC 2045 §6.7) of UTF-8 text: lines end in CRLF, at most 76 characters with
/// soft breaks, `=`, bytes outside ASCII and trailing spaces encoded.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var output = ""
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            output += encodeLine(Array(line.utf8))
            if index < lines.count - 1 { output += "\r\n" }
        }
        // A message body ends with a line break.
        if !output.hasSuffix("\r\n") { output += "\r\n" }
        return output
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var tokens: [String] = []
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let needsEncoding = byte == 0x3D || byte >= 0x7F || (byte < 0x20 && byte != 0x09)
                || (isLast && (byte == 0x20 || byte == 0x09))
                // A leading dot is safe in SMTP (dot-stuffing) but some relays mangle it.
                || (index == 0 && byte == 0x2E)
            tokens.append(needsEncoding ? hex(byte) : String(UnicodeScalar(byte)))
        }
        var output = ""
        var lineLength = 0
        for token in tokens {
            // Keep 1 column for the soft break "=".
            if lineLength + token.count > 75 {
                output += "=\r\n"
                lineLength = 0
            }
            output += token
            lineLength += token.count
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
