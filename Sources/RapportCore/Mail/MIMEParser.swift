import Foundation

/// Reads an RFC 5322 message with its MIME structure (RFC 2045, 2046) into a `MailMessage`.
/// Pure: bytes in, value out. Only what Rapport keeps is decoded: the addressing headers, and
/// one text body chosen the way a mail reader shows it (the plain alternative if there is one,
/// attachments skipped).
public enum MIMEParser {
    /// How deep multiparts may nest before the rest is ignored (real mail stays under 5).
    static let maximumDepth = 16

    public static func parse(_ bytes: [UInt8]) -> MailMessage {
        parse(bytes[...])
    }

    public static func parse(_ bytes: ArraySlice<UInt8>) -> MailMessage {
        let (headers, body) = MailHeaders.split(bytes)
        var message = MailMessage()
        message.messageID = headers["message-id"].flatMap(messageID)
        message.date = headers["date"].flatMap(MailDate.parse)
        message.subject = headers["subject"].map { HeaderDecoding.decode($0).trimmingWhitespace() } ?? ""
        message.from = addresses(headers, "from")
        message.to = addresses(headers, "to")
        message.cc = addresses(headers, "cc")
        message.bcc = addresses(headers, "bcc")
        switch bodyText(headers: headers, body: body, depth: 0, defaultType: "text/plain") {
        case .plain(let text)?: message.text = text
        case .html(let html)?: message.text = HTMLText.plainText(html)
        case nil: message.text = ""
        }
        return message
    }

    /// `<abc@host>` → `abc@host`; a value without brackets is kept, trimmed.
    static func messageID(_ value: String) -> String? {
        var text = Substring(value.trimmingWhitespace())
        if let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
            text = text[text.index(after: open)..<close]
        }
        let id = text.trimmingCharacters(in: .whitespaces)
        return id.isEmpty ? nil : id
    }

    static func addresses(_ headers: MailHeaders, _ name: String) -> [MailAddress] {
        headers.all(name).flatMap(AddressParsing.parse)
    }

    enum BodyText: Equatable {
        case plain(String)
        case html(String)

        var isPlain: Bool { if case .plain = self { return true } else { return false } }
    }

    /// The text of an entity, or nil when it holds none a person would read as the message.
    static func bodyText(headers: MailHeaders, body: ArraySlice<UInt8>, depth: Int, defaultType: String) -> BodyText? {
        let contentType = HeaderParameters(headers["content-type"] ?? defaultType)
        let type = contentType.value.isEmpty ? defaultType : contentType.value
        let disposition = HeaderParameters(headers["content-disposition"] ?? "")
        // A part sent as a file is not the message, even when it is text (a .txt attachment).
        if disposition.value == "attachment" { return nil }
        if type.hasPrefix("multipart/") {
            guard depth < maximumDepth, let boundary = contentType.parameters["boundary"], !boundary.isEmpty else {
                return nil
            }
            let parts = MultipartSplitter.parts(of: body, boundary: boundary)
            // multipart/digest's parts are messages by default (RFC 2046 §5.1.5).
            let partDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain"
            let texts = parts.lazy.map { part -> BodyText? in
                let (partHeaders, partBody) = MailHeaders.split(part)
                return bodyText(headers: partHeaders, body: partBody, depth: depth + 1, defaultType: partDefault)
            }
            if type == "multipart/alternative" {
                // The plain alternative, as a plain-text reader shows it; else the first there is.
                var first: BodyText?
                for text in texts {
                    guard let text else { continue }
                    if text.isPlain { return text }
                    if first == nil { first = text }
                }
                return first
            }
            // mixed, related, signed, report…: the first part with text is the message.
            for text in texts { if let text { return text } }
            return nil
        }
        let isPlain = type == "text/plain"
        guard isPlain || type == "text/html" else { return nil }
        let encoding = (headers["content-transfer-encoding"] ?? "7bit").trimmingWhitespace()
        let decoded = TransferDecoding.decode(body, encoding: encoding)
        // Line ends as LF: in Swift "\r\n" is one Character, which line splitting would not see.
        var text = Charsets.decode(decoded, charset: contentType.parameters["charset"]).replacingOccurrences(of: "\r\n", with: "\n")
        if isPlain, contentType.parameters["format"]?.lowercased() == "flowed" {
            text = FlowedText.unflow(text, deleteSpace: contentType.parameters["delsp"]?.lowercased() == "yes")
        }
        return isPlain ? .plain(text) : .html(text)
    }
}

/// The body parts between the boundary lines of a multipart (RFC 2046 §5.1.1): a boundary
/// line is `--boundary` at the start of a line (trailing blanks allowed); `--boundary--`
/// closes. The line break before a boundary belongs to the boundary, not to the part.
enum MultipartSplitter {
    static func parts(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let marker = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var index = body.startIndex
        let end = body.endIndex
        while index < end {
            var lineEnd = index
            while lineEnd < end, body[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            if lineEnd - index >= marker.count, body[index] == UInt8(ascii: "-"), body[index..<(index + marker.count)].elementsEqual(marker) {
                let rest = body[(index + marker.count)..<lineEnd]
                let isClose = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                let restIsBlank = rest.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
                if isClose || restIsBlank {
                    if let start = partStart {
                        // Drop the CRLF or LF that precedes the boundary line.
                        var partEnd = index
                        if partEnd > start, body[partEnd - 1] == UInt8(ascii: "\n") { partEnd -= 1 }
                        if partEnd > start, body[partEnd - 1] == UInt8(ascii: "\r") { partEnd -= 1 }
                        parts.append(body[start..<max(start, partEnd)])
                    }
                    if isClose { return parts }
                    partStart = next
                }
            }
            index = next
        }
        // No closing boundary (a truncated message): the last part runs to the end.
        if let start = partStart, start < end { parts.append(body[start..<end]) }
        return parts
    }
}

/// format=flowed (RFC 3676), as Apple Mail and Thunderbird send it: a line ending in a space
/// continues on the next line. The signature separator "-- " is never joined.
enum FlowedText {
    static func unflow(_ text: String, deleteSpace: Bool) -> String {
        var output = ""
        var paragraph = ""
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            // Space-stuffing (§4.4): a leading space was added by the sender; remove it.
            if line.hasPrefix(" ") { line = line.dropFirst() }
            if line.hasSuffix(" ") && line != "-- " {
                paragraph += deleteSpace ? line.dropLast() : line
            } else {
                output += paragraph + line + "\n"
                paragraph = ""
            }
        }
        output += paragraph
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }
}
