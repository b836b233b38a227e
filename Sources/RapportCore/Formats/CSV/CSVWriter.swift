import Foundation

/// Writes RFC 4180 CSV in UTF-8. Every CSV Rapport writes goes through here, so every cell is
/// guarded against formula injection (`CSVFormulaGuard`), except plain numbers in the columns
/// the caller declares numeric (an amount of -12.50 stays a number).
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

    /// Columns (by position) that hold numbers: a plain number there is written as it is.
    public var numericColumns: Set<Int>
    /// Columns of phone numbers for a program rather than a spreadsheet (an SMS gateway): a
    /// phone number ("+39 333 1234567") is written as it is. Digits and `+ -.()/` alone
    /// cannot call a function or a DDE link, only do arithmetic.
    public var phoneColumns: Set<Int>

    public init(delimiter: CSVDelimiter = .comma, lineEnding: LineEnding = .crlf, includesByteOrderMark: Bool = false,
                numericColumns: Set<Int> = [], phoneColumns: Set<Int> = []) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.includesByteOrderMark = includesByteOrderMark
        self.numericColumns = numericColumns
        self.phoneColumns = phoneColumns
    }

    /// Every row ends with the line ending, including the last one.
    public func string(from rows: [[String]]) -> String {
        var output = includesByteOrderMark ? "\u{FEFF}" : ""
        let separator = String(delimiter.character)
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column > 0 { output += separator }
                output += encodeCell(cell, column: column)
            }
            output += lineEnding.rawValue
        }
        return output
    }

    /// One cell: guarded against formulas (unless a plain number in a numeric column), then
    /// quoted as RFC 4180 needs.
    public func encodeCell(_ cell: String, column: Int) -> String {
        let isNumber = (numericColumns.contains(column) && CSVFormulaGuard.isPlainNumber(cell))
            || (phoneColumns.contains(column) && CSVFormulaGuard.isPhoneNumber(cell))
        return encodeField(isNumber ? cell : CSVFormulaGuard.neutralized(cell))
    }

    public func data(from rows: [[String]]) -> Data {
        Data(string(from: rows).utf8)
    }

    /// One field, quoted and with doubled quotes when needed (no formula guard: `encodeCell`).
    public func encodeField(_ field: String) -> String {
        guard needsQuoting(field) else { return field }
        // Bytes, not Characters: a quote followed by a combining mark is one Character, which
        // replacingOccurrences(of: "\"") would not double (found by fuzzing).
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(field.utf8.count + 8)
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    private func needsQuoting(_ field: String) -> Bool {
        let delimiterByte = delimiter.byte
        for byte in field.utf8 {
            switch byte {
            case delimiterByte, UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return true
            default: continue
            }
        }
        // A field starting with U+FEFF at the start of the file would read as a byte order mark
        // and vanish: quoted, the file starts with the quote instead.
        if let first = field.unicodeScalars.first, first == " " || first == "\t" || first == "\u{FEFF}" { return true }
        if let last = field.unicodeScalars.last, last == " " || last == "\t" { return true }
        return false
    }
}
