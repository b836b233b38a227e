/// A value from the data quoted inside a message ("email \"…\" is not an email address"): shown
/// visibly (see `TerminalSafeText`) and cut to a sane length, so a 20 MB cell gives a one-line
/// message, not a 20 MB one.
public enum MessageValue {
    /// Characters of the value kept before the ellipsis.
    public static let maximumLength = 80

    /// The value, visible and at most `limit` characters (the last one an ellipsis when cut).
    public static func cut(_ value: String, limit: Int = maximumLength) -> String {
        // Cut before escaping, so the work is bounded by `limit` whatever the value's size.
        var prefix = Substring(value)
        var wasCut = false
        if value.utf8.count > limit {
            let end = value.index(value.startIndex, offsetBy: limit, limitedBy: value.endIndex) ?? value.endIndex
            wasCut = end != value.endIndex
            prefix = value[..<end]
        }
        var shown = TerminalSafeText.visible(String(prefix))
        if shown.count > limit {
            shown = String(shown.prefix(limit - 1))
            wasCut = true
        }
        return wasCut ? String(shown.prefix(limit - 1)) + "…" : shown
    }

    /// `"value"`, cut as `cut` does.
    public static func quoted(_ value: String, limit: Int = maximumLength) -> String {
        "\"" + cut(value, limit: limit) + "\""
    }

    /// A whole message with every quoted value in it cut as `cut` does (the values of a file
    /// are quoted in import messages), and the message itself at most `totalLimit` characters:
    /// the last line of defence for messages built before this rule, or by code that forgot it.
    public static func shortened(_ message: String, valueLimit: Int = maximumLength, totalLimit: Int = 1_000) -> String {
        guard message.utf8.count > valueLimit else { return message }
        var output = ""
        var insideQuotes = false
        var quotedLength = 0
        for character in message {
            if output.count >= totalLimit {
                return String(output.prefix(totalLimit - 1)) + "…"
            }
            if character == "\"" {
                insideQuotes.toggle()
                quotedLength = 0
                output.append(character)
                continue
            }
            if insideQuotes {
                quotedLength += 1
                if quotedLength == valueLimit { output.append("…") }
                if quotedLength >= valueLimit { continue }
            }
            output.append(character)
        }
        return output
    }
}
