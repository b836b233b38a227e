/// Why and where a JSON text failed to parse.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line
/// (a tab counts as one), so an editor's "go to line:column" lands on the offending character
/// even when the line holds accented letters or emoji. `offset` is the 0-based byte offset.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// "line:column: message", the shape compilers use, so editors can jump to it.
    public var description: String { "\(line):\(column): \(message)" }
}

/// Byte offset -> line and column. Only used when reporting errors, so a linear re-scan is fine.
enum JSONTextPosition {
    static func lineAndColumn(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // A byte-order mark is invisible in editors; do not count it as a column.
        if lineStart == 0, hasByteOrderMark(bytes), end >= 3 { lineStart = 3 }
        var column = 1
        index = lineStart
        while index < end {
            // Count scalars, not bytes: skip UTF-8 continuation bytes (10xxxxxx).
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// How to show the character at `offset` in a message: 'x', U+000A, or the raw byte when it
    /// is not valid UTF-8.
    static func describeCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset < bytes.count else { return "end of file" }
        let lead = bytes[offset]
        if lead < 0x20 || lead == 0x7F {
            return "control character " + unicodeNotation(UInt32(lead))
        }
        if lead < 0x80 { return "'" + String(UnicodeScalar(lead)) + "'" }
        if let length = UTF8Validation.validSequenceLength(at: offset, in: bytes) {
            let slice = UnsafeBufferPointer(rebasing: bytes[offset..<offset + length])
            let text = String(decoding: slice, as: UTF8.self)
            return "'\(text)' (\(unicodeNotation(text.unicodeScalars.first.map { $0.value } ?? 0)))"
        }
        return "byte 0x" + hexByte(lead) + " (not valid UTF-8)"
    }

    static func unicodeNotation(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return hex.count == 1 ? "0" + hex : hex
    }
}

/// Strict UTF-8 (Unicode 15, table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF.
/// Used to pinpoint the bad byte after the fast validator said "invalid".
enum UTF8Validation {
    /// Length of the valid sequence starting at `offset`, or nil when it is invalid or truncated.
    @inline(__always)
    static func validSequenceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperBound = 0x9F
        case 0xF0: length = 4; lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperBound = 0x8F
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        let second = bytes[offset + 1]
        guard second >= lowerBound, second <= upperBound else { return nil }
        var index = offset + 2
        while index < offset + length {
            guard bytes[index] & 0xC0 == 0x80 else { return nil }
            index += 1
        }
        return length
    }

    /// Offset of the first byte in `range` that does not start a valid sequence, or nil.
    static func firstInvalidOffset(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = validSequenceLength(at: index, in: bytes), index + length <= range.upperBound else {
                return index
            }
            index += length
        }
        return nil
    }
}
