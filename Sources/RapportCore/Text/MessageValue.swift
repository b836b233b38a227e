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
}
