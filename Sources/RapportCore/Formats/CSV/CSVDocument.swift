/// One CSV record (a "row") and where it starts in the file.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    /// 1-based physical line on which the record starts. A record whose quoted field spans
    /// lines is reported at its first line.
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// Which decoding the reader used for the bytes.
public enum CSVTextEncoding: Sendable, Hashable {
    case utf8
    /// The input was not valid UTF-8 and was read as Windows-1252 (a superset of Latin-1's
    /// printable characters), which is what Excel writes on western Windows systems.
    case windows1252
    /// UTF-16 with a byte order mark: Excel's "Unicode Text" export (tab-separated).
    case utf16
}

/// The result of reading a CSV file.
public struct CSVDocument: Sendable, Hashable {
    public var records: [CSVRecord]
    public var delimiter: CSVDelimiter
    public var encoding: CSVTextEncoding
    public var issues: [CSVIssue]

    public init(records: [CSVRecord], delimiter: CSVDelimiter, encoding: CSVTextEncoding, issues: [CSVIssue]) {
        self.records = records
        self.delimiter = delimiter
        self.encoding = encoding
        self.issues = issues
    }

    /// The fields of every record, without line numbers.
    public var rows: [[String]] { records.map(\.fields) }
}
