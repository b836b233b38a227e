/// A problem found in malformed CSV. The reader is lenient: it still produces a best-effort
/// record and reports the problem, so an importer can show `FILE:LINE: message` and go on.
public struct CSVIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// `ab"c`: a quote inside a field that did not start with one. Kept as a literal quote.
        case quoteInUnquotedField
        /// `"abc"def`: characters between a closing quote and the next delimiter. Kept.
        case textAfterClosingQuote
        /// A quoted field still open at the end of the input. It takes the rest of the input.
        case unterminatedQuotedField
    }

    public let kind: Kind
    /// 1-based physical line where the offending field starts.
    public let line: Int

    public init(kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    public var message: String {
        switch kind {
        case .quoteInUnquotedField: return "quote character inside an unquoted field"
        case .textAfterClosingQuote: return "unexpected text after the closing quote of a field"
        case .unterminatedQuotedField: return "quoted field is not closed before the end of the file"
        }
    }

    /// `FILE:LINE: message`, the format compilers use, so editors can jump to it.
    public func formatted(file: String) -> String {
        "\(file):\(line): \(message)"
    }

    public var description: String { "line \(line): \(message)" }
}
