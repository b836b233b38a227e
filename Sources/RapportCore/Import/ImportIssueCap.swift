/// Keeps a list of import problems readable: a file of two million bad lines gives the first
/// few of each kind and a count, not two million lines. Issues are of a kind when their
/// messages agree up to the first quoted value or colon, digits aside ("email \"a\" is not an
/// email address" and "email \"b\" …" are one kind; "12 fields, but the header has 3" and
/// "13 fields, …" too).
public enum ImportIssueCap {
    public static let defaultLimit = 20

    /// One kind of issue left out: how many, and the first of them as an example.
    public struct Omitted: Sendable, Hashable {
        public let count: Int
        public let example: ImportIssue
    }

    /// The issues to show, in their order, at most `limit` of each kind; then, for each kind cut,
    /// how many were left out, in the order the kinds first appear.
    public static func capped(_ issues: [ImportIssue], limit: Int = defaultLimit) -> (shown: [ImportIssue], omitted: [Omitted]) {
        guard issues.count > limit else { return (issues, []) }
        var seen: [String: Int] = [:]
        var omittedOrder: [String] = []
        var omitted: [String: (count: Int, example: ImportIssue)] = [:]
        var shown: [ImportIssue] = []
        for issue in issues {
            let key = kind(of: issue.message)
            let count = seen[key, default: 0]
            seen[key] = count + 1
            if count < limit {
                shown.append(issue)
            } else if let existing = omitted[key] {
                omitted[key] = (existing.count + 1, existing.example)
            } else {
                omitted[key] = (1, issue)
                omittedOrder.append(key)
            }
        }
        return (shown, omittedOrder.compactMap { key in omitted[key].map { Omitted(count: $0.count, example: $0.example) } })
    }

    /// The message up to its first quote or colon, without digits.
    /// Bytes, not Characters: it runs once per issue, and there may be millions.
    static func kind(of message: String) -> String {
        var key: [UInt8] = []
        for byte in message.utf8.prefix(200) {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ":") { break }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { continue }
            key.append(byte)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// "… and 1999980 more warnings like this: in.vcf:4: skipped a line …", for the command line.
    public static func line(_ omitted: Omitted, warning: Bool) -> String {
        (warning ? Messages.importMoreWarningsLikeThis : Messages.importMoreProblemsLikeThis)
            .text(["count": omitted.count, "example": MessageValue.cut(omitted.example.description, limit: 120)])
    }
}
