/// Line folding shared by the vCard and iCalendar writers (RFC 6350 §3.2, RFC 5545 §3.1).
///
/// Content lines longer than 75 octets are split with CRLF followed by one space. The limit is
/// in octets of UTF-8, and a fold never falls inside a multi-byte sequence: when the next
/// scalar would not fit, the fold goes before it (so a line may end a few octets short).
enum ContentLineFolding {
    static let maximumOctetsPerLine = 75

    /// One content line, folded, terminated by CRLF.
    static func fold(_ line: String) -> String {
        var output = String.UnicodeScalarView()
        var octetsOnLine = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octetsOnLine + width > maximumOctetsPerLine {
                output.append(contentsOf: "\r\n ".unicodeScalars)
                octetsOnLine = 1 // the leading space counts
            }
            output.append(scalar)
            octetsOnLine += width
        }
        output.append(contentsOf: "\r\n".unicodeScalars)
        return String(output)
    }
}
