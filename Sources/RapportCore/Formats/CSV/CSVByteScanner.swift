/// The state machine behind `CSVReader`: one pass over the bytes, no backtracking.
struct CSVByteScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let encoding: CSVTextEncoding

    private(set) var records: [CSVRecord] = []
    private(set) var issues: [CSVIssue] = []

    private var index = 0
    private var line = 1
    /// Reused buffer for quoted fields, whose doubled quotes must be collapsed.
    private var unquoted: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, encoding: CSVTextEncoding) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.encoding = encoding
    }

    mutating func scan() {
        let end = bytes.count
        var expectedFieldCount = 0
        while index < end {
            if skipBlankLine() { continue }
            let recordLine = line
            var fields: [String] = []
            fields.reserveCapacity(expectedFieldCount)
            while true {
                fields.append(startsQuotedField() ? readQuotedField() : readUnquotedField())
                guard index < end else { break }
                let terminator = bytes[index]
                index += 1
                if terminator == delimiter {
                    // "a,b," ends with an empty field, also at the very end of the input.
                    if index == end { fields.append("") ; break }
                    continue
                }
                // Line break: CR LF counts as one.
                if terminator == Self.cr, index < end, bytes[index] == Self.lf { index += 1 }
                line += 1
                break
            }
            expectedFieldCount = fields.count
            records.append(CSVRecord(fields: fields, line: recordLine))
        }
    }

    /// Consumes an empty physical line at a record boundary.
    private mutating func skipBlankLine() -> Bool {
        let byte = bytes[index]
        if byte == Self.lf {
            index += 1
        } else if byte == Self.cr {
            index += 1
            if index < bytes.count, bytes[index] == Self.lf { index += 1 }
        } else {
            return false
        }
        line += 1
        return true
    }

    /// True at an opening quote. Hand-edited files often put a space after the delimiter
    /// (`"Smith", "John"`); RFC 4180 would read ` "John"` literally, but the intent is plain,
    /// so spaces before an opening quote are skipped.
    private mutating func startsQuotedField() -> Bool {
        var lookahead = index
        while lookahead < bytes.count, bytes[lookahead] == Self.space { lookahead += 1 }
        guard lookahead < bytes.count, bytes[lookahead] == Self.quote else { return false }
        index = lookahead
        return true
    }

    /// Reads up to (not including) the next delimiter or line break.
    private mutating func readUnquotedField() -> String {
        let start = index
        var reportedQuote = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == delimiter || byte == Self.cr || byte == Self.lf { break }
            if byte == Self.quote, !reportedQuote {
                issues.append(CSVIssue(kind: .quoteInUnquotedField, line: line))
                reportedQuote = true
            }
            index += 1
        }
        return decode(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }

    /// Reads a field starting at its opening quote; stops at the byte after the field.
    private mutating func readQuotedField() -> String {
        let fieldLine = line
        let end = bytes.count
        index += 1
        unquoted.removeAll(keepingCapacity: true)
        var segmentStart = index
        var closed = false
        while index < end {
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < end, bytes[index + 1] == Self.quote {
                    // Keep one of the two quotes.
                    unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...index]))
                    index += 2
                    segmentStart = index
                    continue
                }
                unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                index += 1
                closed = true
                break
            }
            if byte == Self.lf {
                line += 1
            } else if byte == Self.cr, !(index + 1 < end && bytes[index + 1] == Self.lf) {
                line += 1
            }
            index += 1
        }
        if !closed {
            unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<end]))
            issues.append(CSVIssue(kind: .unterminatedQuotedField, line: fieldLine))
        } else {
            // Spaces between the closing quote and the delimiter are the mirror image of the
            // case in `startsQuotedField`: dropped silently.
            var lookahead = index
            while lookahead < end, bytes[lookahead] == Self.space { lookahead += 1 }
            if lookahead == end || bytes[lookahead] == delimiter || bytes[lookahead] == Self.cr || bytes[lookahead] == Self.lf {
                index = lookahead
            }
        }
        if closed, index < end, bytes[index] != delimiter, bytes[index] != Self.cr, bytes[index] != Self.lf {
            // `"abc"def`: keep the stray text rather than lose data, and say so.
            issues.append(CSVIssue(kind: .textAfterClosingQuote, line: line))
            let strayStart = index
            while index < end, bytes[index] != delimiter, bytes[index] != Self.cr, bytes[index] != Self.lf {
                index += 1
            }
            unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[strayStart..<index]))
        }
        return unquoted.withUnsafeBufferPointer { decode($0) }
    }

    private func decode(_ fieldBytes: UnsafeBufferPointer<UInt8>) -> String {
        switch encoding {
        case .utf8, .utf16: return String(decoding: fieldBytes, as: UTF8.self) // UTF-16 was transcoded
        case .windows1252: return LegacyTextDecoding.decodeWindows1252(fieldBytes)
        }
    }
}
