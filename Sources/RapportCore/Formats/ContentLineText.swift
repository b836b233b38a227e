/// TEXT values of the two content-line formats, vCard (RFC 6350 §3.4, RFC 2426 §5) and
/// iCalendar (RFC 5545 §3.3.11), which escape alike: backslash, semicolon and comma get a
/// backslash, and a line break (CRLF, LF or CR) becomes `\n`.
enum ContentLineText {
    static func escape(_ value: String) -> String {
        var output = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": output.append(contentsOf: "\\\\".unicodeScalars)
            case ";": output.append(contentsOf: "\\;".unicodeScalars)
            case ",": output.append(contentsOf: "\\,".unicodeScalars)
            case "\r": output.append(contentsOf: "\\n".unicodeScalars)
            case "\n":
                if !previousWasCR { output.append(contentsOf: "\\n".unicodeScalars) }
            default: output.append(scalar)
            }
        }
        return String(output)
    }
}
