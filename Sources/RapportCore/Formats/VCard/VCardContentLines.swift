/// A logical content line (after unfolding) and the physical line it starts on.
struct VCardContentLine: Hashable {
    var text: String
    var line: Int
}

/// Turns vCard text into logical content lines.
///
/// Real files mix every convention, so all of these are handled at once:
/// - line breaks CRLF, LF or a lone CR; iPhone exports even write CR CR LF, which reads as a
///   blank line after every line — so blank lines are ignored, and a folded continuation after
///   a blank line still belongs to the line before it;
/// - RFC folding: a line starting with a space or tab continues the previous one (one
///   whitespace character removed);
/// - vCard 2.1 quoted-printable soft breaks: a QP value ending in `=` continues on the next
///   line, which need not be indented;
/// - vCard 2.1 base64 blocks, whose continuation lines may be unindented and which end with a
///   blank line: an unindented line made only of base64 characters continues a base64 value.
enum VCardContentLines {
    static func split(_ text: String) -> [VCardContentLine] {
        var result: [VCardContentLine] = []
        // The logical line being built, as UTF-8: an array grows geometrically, where appending
        // to a String reallocates to the exact size, which made a line of a million folds
        // quadratic. Every cut below is at an ASCII byte, so the bytes stay valid UTF-8.
        var current: [UInt8]?
        var currentLine = 0
        var isQuotedPrintable = false
        var isBase64 = false

        func flush() {
            if let current { result.append(VCardContentLine(text: String(decoding: current, as: UTF8.self), line: currentLine)) }
            current = nil
        }

        for (offset, physical) in physicalLines(text).enumerated() {
            if current != nil {
                // A sloppy writer may leave a soft break on the card's last value; END:VCARD
                // is never QP data, so it still closes the card.
                if isQuotedPrintable, current?.last == UInt8(ascii: "="), physical.uppercased() != "END:VCARD" {
                    current?.removeLast()
                    current?.append(contentsOf: physical.utf8)
                    continue
                }
                // Bytes, not Characters: a fold may fall before a combining mark or a
                // zero-width joiner, which would merge with the space into one Character.
                if let first = physical.utf8.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                    current?.append(contentsOf: physical.utf8.dropFirst())
                    continue
                }
                if physical.isEmpty { continue }
                if isBase64, isBase64Continuation(physical) {
                    current?.append(contentsOf: physical.utf8)
                    continue
                }
                flush()
            }
            if physical.isEmpty { continue }
            current = Array(physical.utf8)
            currentLine = offset + 1
            let encoding = encodingFlags(physical)
            isQuotedPrintable = encoding.quotedPrintable
            isBase64 = encoding.base64
        }
        flush()
        return result
    }

    /// Splits on CRLF, LF and lone CR, keeping empty lines (they count for line numbers).
    static func physicalLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            var next = utf8.index(after: index)
            if byte == UInt8(ascii: "\r"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                next = utf8.index(after: next)
            }
            start = next
            index = next
        }
        if start != utf8.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// Looks at the parameters (the part before the first colon) for the value's encoding.
    private static func encodingFlags(_ line: Substring) -> (quotedPrintable: Bool, base64: Bool) {
        guard let colon = line.unicodeScalars.firstIndex(of: ":") else { return (false, false) }
        var quotedPrintable = false
        var base64 = false
        for parameter in line.unicodeScalars[..<colon].split(separator: ";").dropFirst() {
            switch String(String.UnicodeScalarView(parameter)).uppercased() {
            case "ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE": quotedPrintable = true
            case "ENCODING=BASE64", "ENCODING=B", "BASE64": base64 = true
            default: continue
            }
        }
        return (quotedPrintable, base64)
    }

    private static func isBase64Continuation(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
                 UInt8(ascii: " "), UInt8(ascii: "\t"):
                return true
            default:
                return false
            }
        }
    }
}
