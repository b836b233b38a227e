/// Keeps spreadsheets from running a cell as a formula (CSV injection, as OWASP calls it): a
/// cell starting with `=`, `+`, `-`, `@`, tab, CR or LF is written with a single quote before
/// it, which Excel, LibreOffice and Google Sheets show as text.
///
/// The importer takes the quote off again, so an export reads back exactly. For that to hold
/// for every value, a value that already starts with quotes followed by one of those
/// characters (`'=x`) gets one more quote (`''=x`): the importer removes exactly one leading
/// quote from a cell that is quotes followed by a trigger, and leaves any other cell alone.
/// Written `q` for the quote and `t` for a trigger: a value `q^k t rest` is written
/// `q^(k+1) t rest` and read back as `q^k t rest`; no other value is changed either way.
public enum CSVFormulaGuard {
    static let quote = UInt8(ascii: "'")

    static func isTrigger(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
             UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return true
        default: return false
        }
    }

    /// True for a cell a spreadsheet could run, or one that is quotes before such a start.
    static func startsWithQuotesThenTrigger(_ cell: String) -> Bool {
        for byte in cell.utf8 {
            if byte == quote { continue }
            return isTrigger(byte)
        }
        return false
    }

    /// The cell as written to a file.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.utf8.first, isTrigger(first) || first == quote else { return cell }
        return startsWithQuotesThenTrigger(cell) ? "'" + cell : cell
    }

    /// The value a written cell stands for: `neutralized` undone.
    public static func restored(_ cell: String) -> String {
        guard cell.utf8.first == quote, startsWithQuotesThenTrigger(cell) else { return cell }
        return String(cell.dropFirst())
    }

    /// A plain number as an amount column holds one: an optional sign, digits, at most one
    /// decimal mark (`.` or `,`). Such a cell is a number to a spreadsheet, never a formula.
    public static func isPlainNumber(_ cell: String) -> Bool {
        var digits = 0, marks = 0, position = 0
        for byte in cell.utf8 {
            defer { position += 1 }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if position != 0 { return false }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                marks += 1
                if marks > 1 || digits == 0 { return false }
            default: return false
            }
        }
        return digits > 0 && cell.utf8.last.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true
    }

    /// A phone number as written for a gateway: digits, `+`, spaces, `.`, `-`, `(`, `)`, `/`,
    /// at least one digit, not starting with `-`. A spreadsheet could at most do arithmetic
    /// with it: no function call, no DDE link.
    public static func isPhoneNumber(_ cell: String) -> Bool {
        guard let first = cell.utf8.first, first != UInt8(ascii: "-") else { return false }
        var hasDigit = false
        for byte in cell.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "/"): continue
            default: return false
            }
        }
        return hasDigit
    }
}
