/// The byte that separates fields in a CSV record.
///
/// Only single ASCII bytes are supported: that keeps the reader a byte scanner and is what
/// every spreadsheet writes (`,` in English locales, `;` where `,` is the decimal separator).
public enum CSVDelimiter: Sendable, Hashable, CaseIterable {
    case comma
    case semicolon
    case tab

    public var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .semicolon: return UInt8(ascii: ";")
        case .tab: return UInt8(ascii: "\t")
        }
    }

    public var character: Character {
        Character(Unicode.Scalar(byte))
    }
}
