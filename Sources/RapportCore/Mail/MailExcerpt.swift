/// The part of a message body worth keeping on a timeline: what the sender wrote, without the
/// quoted conversation below it or their signature, with blank runs collapsed, at most
/// `limit` characters (cut at a word, with an ellipsis).
public enum MailExcerpt {
    public static let defaultLimit = 2_000

    public static func excerpt(_ text: String, limit: Int = defaultLimit) -> String {
        var kept: [Substring] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            // The signature separator (RFC 3676 §4.3) and the reply headers Outlook writes.
            if line == "-- " || line == "--" || line.hasPrefix("-----Original Message-----")
                || line.hasPrefix("________________________________") { break }
            if line.hasPrefix(">") {
                // The attribution line ("On Tue, … Ann wrote:") belongs to the quote.
                while let last = kept.last, last.trimmingWhitespace().isEmpty { kept.removeLast() }
                if let last = kept.last, last.trimmingWhitespace().hasSuffix(":") { kept.removeLast() }
                continue
            }
            kept.append(trailingBlanksRemoved(line))
        }
        var lines: [Substring] = []
        for line in kept {
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let joined = lines.joined(separator: "\n")
        guard joined.count > limit else { return joined }
        var cut = String(joined.prefix(limit))
        if let space = cut.lastIndex(where: { $0 == " " || $0 == "\n" }), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }

    static func trailingBlanksRemoved(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return line[..<end]
    }
}
