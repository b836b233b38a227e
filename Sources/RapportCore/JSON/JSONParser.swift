import Foundation  // only for the `Data` overload; the scanner itself works on raw bytes.

/// Strict RFC 8259 JSON parser working directly on UTF-8 bytes.
///
/// Choices where the RFC (or JSONTestSuite's `i_` cases) leaves room:
///
/// - **Encoding.** Input must be UTF-8. Invalid UTF-8 anywhere (overlong forms, encoded surrogates,
///   truncated sequences, Latin-1 bytes, UTF-16) is rejected with the offending byte's position.
/// - **Byte-order mark.** A leading UTF-8 BOM (EF BB BF) is skipped, as RFC 8259 §8.1 allows,
///   because Windows editors add one. A file holding only a BOM is still an "empty file".
/// - **Lone surrogates in `\u` escapes** (`"\uD800"`, a high surrogate not followed by a low one,
///   a low one alone) are replaced with U+FFFD. Swift strings cannot hold unpaired surrogates, and
///   rejecting would make files exported by JavaScript tools with a cut emoji unreadable.
///   A well-formed pair (`"\uD834\uDD1E"`) is combined into one scalar.
/// - **Numbers.** Without fraction and exponent and within `Int64` -> `.integer`, exactly.
///   Every other number -> `.double`, correctly rounded (integers beyond `Int64` become `Double`,
///   losing digits; values that underflow become 0). Numbers whose magnitude overflows `Double`
///   (`1e400`) are rejected: they cannot be represented, and infinity is not JSON.
///   `-0` is the integer 0; `-0.0` is the double -0.0.
/// - **Nesting** deeper than `JSONParser.maximumDepth` (512) arrays/objects is rejected with a
///   clear error. The parser itself keeps an explicit stack (no recursion), so the limit is not
///   about the parser: it keeps documents within reach of code that must recurse (the writer,
///   `Codable` models) and stops hostile input such as 100 000 `[`s early.
/// - **Duplicate keys** are accepted (RFC: SHOULD be unique); the last one wins.
/// - Nothing but whitespace may follow the top-level value. Any value may be top-level.
public struct JSONParser: Sendable {
    /// Arrays and objects nested deeper than this are rejected.
    public static let maximumDepth = 512

    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        var scanner = JSONScanner(bytes: bytes.bindMemory(to: UInt8.self))
        return try scanner.parseDocument()
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(JSONSyntaxError) -> JSONValue in try parse(raw) }
        }
        return try result.get()
    }

    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(JSONSyntaxError) -> JSONValue in try parse(raw) }
        }
        return try result.get()
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}
