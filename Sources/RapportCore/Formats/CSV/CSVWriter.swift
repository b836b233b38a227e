import Foundation

/// Writes RFC 4180 CSV in UTF-8.
///
/// A field is quoted when it contains the delimiter, a quote, CR or LF (as the RFC requires),
/// and also when it starts or ends with a space or tab: RFC readers keep such spaces, but many
/// lenient readers trim unquoted fields, and quoting costs nothing.
public struct CSVWriter: Sendable {
    public enum LineEnding: String, Sendable, Hashable {
        /// RFC 4180's record separator; the default.
        case crlf = "\r\n"
        case lf = "\n"
    }

    public var delimiter: CSVDelimiter
    public var lineEnding: LineEnding
    /// Excel only reads a CSV file as UTF-8 when it starts with a byte order mark.
    public var includesByteOrderMark: Bool

    public init(delimiter: CSVDelimiter = .comma, lineEnding: LineEnding = .crlf, includesByteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.includesByteOrderMark = includesByteOrderMark
    }

    /// Every row ends with the line ending, including the last one.
    public func string(from rows: [[String]]) -> String {
        var output = includesByteOrderMark ? "\u{FEFF}" : ""
        let separator = String(delimiter.character)
        for row in rows {
            output += row.map(encodeField).joined(separator: separator)
            output += lineEnding.rawValue
        }
        return output
    }

    public func data(from rows: [[String]]) -> Data {
        Data(string(from: rows).utf8)
    }

    /// One field, quoted and with doubled quotes when needed.
    public func encodeField(_ field: String) -> String {
        guard needsQuoting(field) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func needsQuoting(_ field: String) -> Bool {
        let delimiterByte = delimiter.byte
        for byte in field.utf8 {
            switch byte {
            case delimiterByte, UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return true
            default: continue
            }
        }
        if let first = field.unicodeScalars.first, first == " " || first == "\t" { return true }
        if let last = field.unicodeScalars.last, last == " " || last == "\t" { return true }
        return false
    }
}
