/// Deterministic JSON serialization, so files diff cleanly under git and rewriting an unchanged
/// value produces identical bytes.
///
/// - Object keys sorted by UTF-8 byte order (= Unicode scalar order), whatever the insertion order.
/// - Pretty printed: 2-space indentation, `"key": value`, one element per line, `[]`/`{}` for
///   empty containers, exactly one trailing newline.
/// - Strings escape only what JSON requires: `"` `\` and control characters (as `\n` `\t` `\r`
///   `\b` `\f`, else `\u00XX`). `/` and non-ASCII are written as is (files stay readable).
/// - Integers are written exactly. Doubles use Swift's shortest round-trip `description`, which
///   always contains `.` or `e` (so they read back as doubles): `1.0`, `0.1`, `1e-05`, and
///   exponent form from 2^53 up (`1e+16`). Money must be stored as integers, never doubles.
/// - NaN and infinity have no JSON form: writing them throws.
///
/// Nesting is walked with an explicit stack, not recursion, so any depth fits any thread stack.
public enum JSONWriter {
    public static func write(_ value: JSONValue) throws(JSONWriterError) -> [UInt8] {
        var output: [UInt8] = []
        try write(value, into: &output)
        return output
    }

    /// Appends the pretty-printed document (with trailing newline) to `output`.
    /// On error `output` is left as it was.
    public static func write(_ value: JSONValue, into output: inout [UInt8]) throws(JSONWriterError) {
        let originalCount = output.count
        var writer = JSONOutputBuffer(bytes: output)
        output = []  // hand the storage over so appends do not copy
        do {
            try writer.writeDocument(value)
        } catch {
            writer.bytes.removeSubrange(originalCount...)
            output = writer.bytes
            throw error
        }
        writer.bytes.append(UInt8(ascii: "\n"))
        output = writer.bytes
    }
}

public struct JSONWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

struct JSONOutputBuffer {
    var bytes: [UInt8]

    /// An array or object being written: its elements (or members, sorted) and the next one.
    private struct OpenContainer {
        let elements: [JSONValue]
        let members: [JSONObject.Element]
        let isObject: Bool
        var next = 0

        var count: Int { isObject ? members.count : elements.count }
    }

    mutating func writeDocument(_ root: JSONValue) throws(JSONWriterError) {
        var open: [OpenContainer] = []
        var pending: JSONValue? = root
        while true {
            if let value = pending {
                pending = nil
                switch value {
                case .null: appendLiteral("null")
                case .bool(let flag): appendLiteral(flag ? "true" : "false")
                case .integer(let integer): writeInteger(integer)
                case .double(let double): try writeDouble(double)
                case .string(let string): writeString(string)
                case .array(let elements):
                    if elements.isEmpty {
                        appendLiteral("[]")
                    } else {
                        bytes.append(UInt8(ascii: "["))
                        open.append(OpenContainer(elements: elements, members: [], isObject: false))
                    }
                case .object(let members):
                    if members.isEmpty {
                        appendLiteral("{}")
                    } else {
                        bytes.append(UInt8(ascii: "{"))
                        let sorted = members.sorted { lhs, rhs in Self.precedesInByteOrder(lhs.key, rhs.key) }
                        open.append(OpenContainer(elements: [], members: sorted, isObject: true))
                    }
                }
            }
            // Move on in the innermost open container: start its next element or close it.
            let innermost = open.count - 1
            guard innermost >= 0 else { return }
            let position = open[innermost].next
            if position < open[innermost].count {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indentation: open.count)
                if open[innermost].isObject {
                    writeString(open[innermost].members[position].key)
                    bytes.append(UInt8(ascii: ":"))
                    bytes.append(UInt8(ascii: " "))
                    pending = open[innermost].members[position].value
                } else {
                    pending = open[innermost].elements[position]
                }
                open[innermost].next = position + 1
            } else {
                newline(indentation: innermost)
                bytes.append(open[innermost].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
                open.removeLast()
            }
        }
    }

    /// UTF-8 byte order (= Unicode scalar order). Reads the strings' contiguous storage in place:
    /// copying them into `var`s for `withUTF8` cost a retain/release per comparison.
    static func precedesInByteOrder(_ lhs: String, _ rhs: String) -> Bool {
        let result = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                precedes(left, right)
            }
        }
        if let result = result ?? nil { return result }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    @inline(__always)
    private static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        // Keys are short: a plain loop beats calling memcmp.
        let common = min(left.count, right.count)
        var index = 0
        while index < common {
            let leftByte = left[index]
            let rightByte = right[index]
            if leftByte != rightByte { return leftByte < rightByte }
            index += 1
        }
        return left.count < right.count
    }

    @inline(__always)
    mutating func newline(indentation: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<indentation {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // 20 digits hold UInt64.max; fill from the end, then append the used part.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = 20
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[position..<20]))
        }
    }

    mutating func writeDouble(_ value: Double) throws(JSONWriterError) {
        guard value.isFinite else {
            throw JSONWriterError(message: "cannot write \(value): JSON has no representation for NaN or infinity")
        }
        bytes.append(contentsOf: value.description.utf8)
    }

    mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        // Read native strings in place; only other representations get copied by `withUTF8`.
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = string
            copy.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var position = Self.firstPossibleEscape(in: utf8, from: 0)
        while position < utf8.count {
            let byte = utf8[position]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                if runStart < position {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
                }
                appendEscape(for: byte)
                runStart = position + 1
            }
            position += 1
        }
        if runStart < utf8.count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }

    /// Skips 8-byte blocks holding no quote, backslash or control character (SWAR zero-byte
    /// tests on a 64-bit word), so typical strings are copied in one piece.
    @inline(__always)
    private static func firstPossibleEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = utf8.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var cursor = start
        while cursor + 8 <= utf8.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { return cursor }
            cursor += 8
        }
        return cursor
    }

    private mutating func appendEscape(for byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(hexDigits.utf8Start[Int(byte >> 4)])
            bytes.append(hexDigits.utf8Start[Int(byte & 0x0F)])
        }
    }
}
