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
