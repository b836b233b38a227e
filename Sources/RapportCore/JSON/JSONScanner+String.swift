/// String scanning. Fast path: a string without escapes becomes a `String` straight from its byte
/// slice (one validation pass, no per-character work). Strings with escapes are assembled in a
/// reused scratch buffer from raw runs plus decoded escapes.
extension JSONScanner {
    /// Parses the string whose opening quote is at `index`; leaves `index` after the closing quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let openingQuote = index
        let start = index + 1
        var cursor = skipPlainASCII(from: start)
        var highBits: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                index = cursor + 1
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<cursor])
                if highBits & 0x80 == 0 {
                    return String(decoding: slice, as: UTF8.self)
                }
                // Own strict check, then `String(decoding:)`: the generic `String(validating:)`
                // pays a runtime metadata lookup per call.
                if UTF8Validation.firstInvalidOffset(in: start..<cursor, of: bytes) != nil {
                    throw invalidUTF8(in: start..<cursor)
                }
                return String(decoding: slice, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(openingQuote: openingQuote, firstEscape: cursor, highBits: highBits)
            }
            if byte < 0x20 { throw controlCharacterInString(at: cursor) }
            highBits |= byte
            cursor += 1
        }
        throw unterminatedString(openingQuote: openingQuote)
    }

    /// Skips 8 bytes at a time while none of them is a quote, a backslash, a control character
    /// or non-ASCII (SWAR: "has a byte equal/less than" tests on a 64-bit word). Returns the
    /// offset of the first 8-byte block that needs the byte-by-byte loop.
    @inline(__always)
    private func skipPlainASCII(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var cursor = start
        while cursor + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            // A zero byte in `quotes`/`backslashes` marks a match; `word - 0x20..` borrows
            // into the high bit for bytes below 0x20; `word` itself has high bits for non-ASCII.
            let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                | ((word &- ones &* 0x20) & ~word) | word
            if special & highs != 0 { return cursor }
            cursor += 8
        }
        return cursor
    }

    private mutating func parseEscapedString(openingQuote: Int, firstEscape: Int, highBits: UInt8) throws(JSONSyntaxError) -> String {
        var highBits = highBits
        scratch.removeAll(keepingCapacity: true)
        var runStart = openingQuote + 1
        var cursor = firstEscape
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                appendRaw(runStart..<cursor)
                index = cursor + 1
                if highBits & 0x80 == 0 {
                    return String(decoding: scratch, as: UTF8.self)
                }
                // Escapes only ever add valid UTF-8, so checking the raw text is enough.
                if UTF8Validation.firstInvalidOffset(in: openingQuote + 1..<cursor, of: bytes) != nil {
                    throw invalidUTF8(in: openingQuote + 1..<cursor)
                }
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                appendRaw(runStart..<cursor)
                cursor = try decodeEscape(at: cursor, openingQuote: openingQuote)
                runStart = cursor
                continue
            }
            if byte < 0x20 { throw controlCharacterInString(at: cursor) }
            highBits |= byte
            cursor += 1
        }
        throw unterminatedString(openingQuote: openingQuote)
    }

    @inline(__always)
    private mutating func appendRaw(_ range: Range<Int>) {
        if !range.isEmpty { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range])) }
    }

    /// Decodes the escape whose backslash is at `backslash` into `scratch`; returns the offset after it.
    private mutating func decodeEscape(at backslash: Int, openingQuote: Int) throws(JSONSyntaxError) -> Int {
        let letterOffset = backslash + 1
        guard letterOffset < bytes.count else { throw unterminatedString(openingQuote: openingQuote) }
        let decoded: UInt8
        switch bytes[letterOffset] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"): return try decodeUnicodeEscape(at: backslash, openingQuote: openingQuote)
        default:
            throw fail("invalid escape \\\(escapeLetterDescription(letterOffset)) in string"
                + " (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", at: backslash)
        }
        scratch.append(decoded)
        return letterOffset + 1
    }

    private func escapeLetterDescription(_ offset: Int) -> String {
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        return "followed by \(describe(offset))"
    }

    /// `\uXXXX`, combining a surrogate pair; lone surrogates become U+FFFD (see `JSONParser`).
    private mutating func decodeUnicodeEscape(at backslash: Int, openingQuote: Int) throws(JSONSyntaxError) -> Int {
        let unit = try hexQuad(at: backslash + 2, backslash: backslash, openingQuote: openingQuote)
        var next = backslash + 6
        var scalar: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            scalar = 0xFFFD
            if next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") {
                let low = try hexQuad(at: next + 2, backslash: next, openingQuote: openingQuote)
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    next += 6
                }
                // Otherwise the second escape is decoded on its own by the caller's loop.
            }
        case 0xDC00...0xDFFF:
            scalar = 0xFFFD
        default:
            scalar = UInt32(unit)
        }
        appendUTF8(scalar)
        return next
    }

    private func hexQuad(at offset: Int, backslash: Int, openingQuote: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for position in offset..<offset + 4 {
            guard position < bytes.count else { throw unterminatedString(openingQuote: openingQuote) }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw fail("invalid \\u escape: expected 4 hexadecimal digits, found \(describe(position))", at: backslash)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: - Errors

    @inline(never)
    func unterminatedString(openingQuote: Int) -> JSONSyntaxError {
        fail("unterminated string: no closing '\"' before the end of file (the file is truncated?)", at: openingQuote)
    }

    @inline(never)
    func controlCharacterInString(at offset: Int) -> JSONSyntaxError {
        let hint = bytes[offset] == 0x0A ? "; is a closing '\"' missing? write line breaks as \\n" : "; escape it"
        return fail("unescaped \(describe(offset)) in string\(hint)", at: offset)
    }

    @inline(never)
    func invalidUTF8(in range: Range<Int>) -> JSONSyntaxError {
        let offset = UTF8Validation.firstInvalidOffset(in: range, of: bytes) ?? range.lowerBound
        return fail("invalid UTF-8 in string: \(describe(offset)); the file must be saved as UTF-8", at: offset)
    }
}
