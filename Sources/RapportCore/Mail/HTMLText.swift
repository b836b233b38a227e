import Foundation

/// The readable text of an HTML mail body, for a message with no text/plain part: tags
/// dropped, block elements as line breaks, entities decoded, the quoted reply (`<blockquote>`)
/// and what is never shown (`<head>`, `<style>`, `<script>`) left out. Not an HTML parser: just
/// enough for an excerpt of what mail clients generate.
public enum HTMLText {
    public static func plainText(_ html: String) -> String {
        var output = ""
        var pendingSpace = false
        var skipping: [String] = []   // elements whose content is not shown, innermost last
        var quoteDepth = 0
        var scalars = Substring(html)
        func newline() {
            pendingSpace = false
            // Block boundaries do not stack: a </p><p> is one line break, not an empty line.
            if let last = output.last, last != "\n" { output.append("\n") }
        }
        while let character = scalars.first {
            if character == "<" {
                guard let close = scalars.firstIndex(of: ">") else { break }
                let tag = scalars[scalars.index(after: scalars.startIndex)..<close]
                scalars = scalars[scalars.index(after: close)...]
                if tag.hasPrefix("!--") {
                    // A comment may contain ">": skip to its real end.
                    if !tag.hasSuffix("--"), let end = scalars.range(of: "-->") { scalars = scalars[end.upperBound...] }
                    continue
                }
                let isClosing = tag.hasPrefix("/")
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                switch name {
                case "head", "style", "script", "title":
                    if isClosing { if let last = skipping.lastIndex(of: name) { skipping.removeSubrange(last...) } } else if !tag.hasSuffix("/") { skipping.append(name) }
                case "blockquote":
                    quoteDepth = max(0, quoteDepth + (isClosing ? -1 : 1))
                    newline()
                case "br": if skipping.isEmpty && quoteDepth == 0 { output.append("\n"); pendingSpace = false }
                case "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr", "pre":
                    if skipping.isEmpty && quoteDepth == 0 { newline() }
                case "td", "th": pendingSpace = true
                default: break
                }
                continue
            }
            scalars = scalars.dropFirst()
            guard skipping.isEmpty, quoteDepth == 0 else { continue }
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = output.last, last != "\n" { output.append(" ") }
            pendingSpace = false
            if character == "&" {
                let (decoded, rest) = entity(scalars)
                output += decoded
                scalars = rest
            } else {
                output.append(character)
            }
        }
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() }
            .joined(separator: "\n")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .trimmingCharacters(in: .newlines)
    }

    /// `&amp;`, `&#233;`, `&#xE9;` and the named entities mail clients write; anything else is
    /// kept as written. `text` starts after the "&".
    static func entity(_ text: Substring) -> (String, Substring) {
        guard let semicolon = text.prefix(12).firstIndex(of: ";") else { return ("&", text) }
        let name = text[..<semicolon]
        let rest = text[text.index(after: semicolon)...]
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { return (String(Character(scalar)), rest) }
            return ("&", text)
        }
        if let known = named[String(name)] { return (known, rest) }
        return ("&", text)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "hellip": "…",
        "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "euro": "€",
        "copy": "©", "reg": "®", "trade": "™", "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á",
        "uuml": "ü", "ouml": "ö", "auml": "ä", "Uuml": "Ü", "Ouml": "Ö", "Auml": "Ä", "szlig": "ß",
        "ccedil": "ç", "ntilde": "ñ", "iacute": "í", "oacute": "ó", "uacute": "ú", "ecirc": "ê", "bull": "•",
    ]
}
