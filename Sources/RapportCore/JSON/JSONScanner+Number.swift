/// Number scanning: validates the RFC 8259 grammar while accumulating the digits, so integers
/// need no second pass. Doubles use the exact fast path (Clinger) when the decimal significand
/// fits 2^53 and the power of ten is at most 22; otherwise the standard library's correctly
/// rounded `Double(String)` converts the already validated text.
extension JSONScanner {
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var cursor = index
        let isNegative = bytes[cursor] == UInt8(ascii: "-")
        if isNegative { cursor += 1 }

        var significand: UInt64 = 0
        var significandOverflowed = false
        var decimalExponent = 0

        guard cursor < bytes.count else { throw truncated("expected a digit after '-'") }
        let firstDigit = bytes[cursor]
        if firstDigit == UInt8(ascii: "0") {
            cursor += 1
            if cursor < bytes.count, isDigit(bytes[cursor]) {
                throw fail("leading zeros are not allowed in numbers", at: start)
            }
        } else if isDigit(firstDigit) {
            while cursor < bytes.count, isDigit(bytes[cursor]) {
                accumulate(bytes[cursor], into: &significand, overflowed: &significandOverflowed, exponent: &decimalExponent)
                cursor += 1
            }
        } else {
            throw fail("expected a digit after '-', found \(describe(cursor))", at: cursor)
        }

        var isInteger = true
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
            isInteger = false
            cursor += 1
            guard cursor < bytes.count else { throw truncated("expected a digit after the decimal point") }
            guard isDigit(bytes[cursor]) else {
                throw fail("expected a digit after the decimal point, found \(describe(cursor))", at: cursor)
            }
            while cursor < bytes.count, isDigit(bytes[cursor]) {
                if !significandOverflowed {
                    accumulate(bytes[cursor], into: &significand, overflowed: &significandOverflowed, exponent: &decimalExponent)
                    if !significandOverflowed { decimalExponent -= 1 }
                }
                cursor += 1
            }
        }

        if cursor < bytes.count, bytes[cursor] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            cursor += 1
            var exponentIsNegative = false
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
                exponentIsNegative = bytes[cursor] == UInt8(ascii: "-")
                cursor += 1
            }
            guard cursor < bytes.count else { throw truncated("expected a digit in the exponent") }
            guard isDigit(bytes[cursor]) else {
                throw fail("expected a digit in the exponent, found \(describe(cursor))", at: cursor)
            }
            var exponent = 0
            while cursor < bytes.count, isDigit(bytes[cursor]) {
                // Clamp: anything this large is out of range either way; avoid Int overflow.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[cursor] - UInt8(ascii: "0")) }
                cursor += 1
            }
            decimalExponent += exponentIsNegative ? -exponent : exponent
        }
        index = cursor

        if isInteger, !significandOverflowed {
            if isNegative {
                if significand <= UInt64(Int64.max) { return .integer(-Int64(significand)) }
                if significand == UInt64(Int64.max) + 1 { return .integer(Int64.min) }
            } else if significand <= UInt64(Int64.max) {
                return .integer(Int64(significand))
            }
        }

        if !significandOverflowed, significand <= 1 << 53, decimalExponent >= -22, decimalExponent <= 22 {
            // Both operands are exact, so one IEEE operation gives the correctly rounded result.
            var value = Double(significand)
            if decimalExponent < 0 {
                value /= Self.powersOfTen[-decimalExponent]
            } else {
                value *= Self.powersOfTen[decimalExponent]
            }
            return .double(isNegative ? -value : value)
        }
        return try slowDouble(start..<cursor)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// Adds one digit to the significand; once it no longer fits, further integer digits only
    /// scale the exponent (the slow path re-reads the text anyway).
    @inline(__always)
    private func accumulate(_ digit: UInt8, into significand: inout UInt64, overflowed: inout Bool, exponent: inout Int) {
        if overflowed {
            exponent += 1
            return
        }
        let (times10, overflow1) = significand.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
        if overflow1 || overflow2 {
            overflowed = true
            exponent += 1
        } else {
            significand = sum
        }
    }

    @inline(never)
    private func slowDouble(_ range: Range<Int>) throws(JSONSyntaxError) -> JSONValue {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw fail("number \(text.count > 40 ? String(text.prefix(40)) + "…" : text) is too large to represent", at: range.lowerBound)
        }
        return .double(value)
    }

    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
