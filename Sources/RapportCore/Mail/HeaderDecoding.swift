/// RFC 2047 encoded-words in header text: `=?charset?B?…?=` and `=?charset?Q?…?=`.
///
/// Adjacent encoded-words are joined without the whitespace between them (§6.2), and their
/// bytes are joined before the charset is applied, because clients split a long UTF-8 subject
/// between two words wherever the byte count falls, even inside a character.
public enum HeaderDecoding {
    public static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        var output = ""
        // Bytes of the run of adjacent encoded-words being joined, and their charset.
        var pending: [UInt8] = []
        var pendingCharset: String?
        var whitespace = ""
        var afterEncodedWord = false
        var rest = Substring(text)

        func flush() {
            if let charset = pendingCharset { output += Charsets.decode(pending, charset: charset) }
            pending = []
            pendingCharset = nil
        }

        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (word, after) = encodedWord(rest) {
                // Whitespace between two encoded-words is dropped; before the first it is kept.
                if pendingCharset != nil, Charsets.normalizedLabel(word.charset) != Charsets.normalizedLabel(pendingCharset) { flush() }
                if !afterEncodedWord { output += whitespace }
                whitespace = ""
                afterEncodedWord = true
                pendingCharset = word.charset
                pending += word.bytes
                rest = after
                continue
            }
            let character = rest.removeFirst()
            if character == " " || character == "\t" || character == "\r\n" || character == "\n" {
                whitespace.append(character == "\t" || character == " " ? character : " ")
                continue
            }
            flush()
            afterEncodedWord = false
            output += whitespace
            whitespace = ""
            output.append(character)
        }
        flush()
        output += whitespace
        return output
    }

    /// Reads one encoded-word at the start of `text`: its charset, decoded bytes, and what follows.
    static func encodedWord(_ text: Substring) -> (word: (charset: String, bytes: [UInt8]), rest: Substring)? {
        let body = text.dropFirst(2)
        guard let firstMark = body.firstIndex(of: "?") else { return nil }
        let charset = body[..<firstMark]
        guard !charset.isEmpty, !charset.contains(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let afterCharset = body[body.index(after: firstMark)...]
        guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else { return nil }
        let payloadStart = afterCharset.index(afterCharset.startIndex, offsetBy: 2)
        let payloadAndRest = afterCharset[payloadStart...]
        guard let close = payloadAndRest.range(of: "?=") else { return nil }
        let payload = payloadAndRest[..<close.lowerBound]
        // An encoded-word holds no whitespace (§5); a "?=" further on belongs to something else.
        guard !payload.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
        let payloadBytes = Array(payload.utf8)[...]
        let bytes: [UInt8]
        switch encoding {
        case "B", "b": bytes = TransferDecoding.base64(payloadBytes)
        case "Q", "q": bytes = TransferDecoding.qEncoding(payloadBytes)
        default: return nil
        }
        return ((String(charset), bytes), payloadAndRest[close.upperBound...])
    }
}
