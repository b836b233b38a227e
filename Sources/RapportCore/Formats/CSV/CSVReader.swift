import Foundation

/// Reads CSV as written by RFC 4180 and by real spreadsheets.
///
/// - Quoted fields may contain delimiters, doubled quotes and line breaks (kept byte for byte,
///   so a CRLF inside a quoted field stays CRLF).
/// - Records end with CRLF, LF or a lone CR (old Mac Excel); the last one needs no line break.
/// - A UTF-8 byte order mark is removed. Input that is not valid UTF-8 is decoded as
///   Windows-1252 (see `CSVTextEncoding`); the choice is made once for the whole file.
///   UTF-16 is read when it starts with a byte order mark (Excel's "Unicode Text").
/// - Blank lines (no characters at all) are skipped rather than read as one-empty-field
///   records: for contact lists they are always separators or a trailing newline.
/// - Malformed input never throws: the reader keeps going and lists `CSVIssue`s with lines.
///
/// It scans bytes, not Characters: delimiters, quotes and line breaks are ASCII in both
/// supported encodings, and grapheme-cluster iteration would be an order of magnitude slower.
public struct CSVReader: Sendable {
    public enum DelimiterChoice: Sendable, Hashable {
        /// Detect from the first records; `,` when nothing gives more than one column.
        case automatic
        case fixed(CSVDelimiter)
    }

    public var delimiterChoice: DelimiterChoice

    public init(delimiter: DelimiterChoice = .automatic) {
        self.delimiterChoice = delimiter
    }

    public func read(_ data: Data) -> CSVDocument {
        data.withUnsafeBytes { raw in
            read(bytes: raw.bindMemory(to: UInt8.self))
        }
    }

    public func read(_ text: String) -> CSVDocument {
        var text = text
        return text.withUTF8 { read(bytes: $0) }
    }

    private func read(bytes allBytes: UnsafeBufferPointer<UInt8>) -> CSVDocument {
        if var text = Self.decodeUTF16(allBytes) {
            // Rare and small enough to transcode once, then scan as UTF-8.
            var document = text.withUTF8 { read(bytes: $0) }
            document.encoding = .utf16
            return document
        }
        let bytes = Self.droppingByteOrderMark(allBytes)
        let encoding: CSVTextEncoding = LegacyTextDecoding.isValidUTF8(bytes) ? .utf8 : .windows1252
        let delimiter: CSVDelimiter
        switch delimiterChoice {
        case .fixed(let fixed): delimiter = fixed
        case .automatic: delimiter = CSVDelimiterDetector.detect(in: bytes) ?? .comma
        }
        var scanner = CSVByteScanner(bytes: bytes, delimiter: delimiter.byte, encoding: encoding)
        scanner.scan()
        return CSVDocument(records: scanner.records, delimiter: delimiter, encoding: encoding, issues: scanner.issues)
    }

    /// Only with a byte order mark: without one, UTF-16 cannot be told apart reliably.
    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 2 else { return nil }
        let encoding: String.Encoding
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): encoding = .utf16LittleEndian
        case (0xFE, 0xFF): encoding = .utf16BigEndian
        default: return nil
        }
        return String(data: Data(UnsafeBufferPointer(rebasing: bytes[2...])), encoding: encoding)
    }

    private static func droppingByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return UnsafeBufferPointer(rebasing: bytes[3...])
        }
        return bytes
    }
}
