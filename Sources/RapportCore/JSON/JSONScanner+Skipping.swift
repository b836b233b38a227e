/// Moving through a document without building values, for `JSONLocator` (error path only).
extension JSONScanner {
    /// With `index` at an object or array, the offset of the member/element named by `key`.
    mutating func findChild(_ key: any CodingKey) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            skipWhitespace()
            // Keep scanning after a match: with duplicate keys the parser keeps the last one.
            var match: Int?
            while index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                guard let name = try? parseString() else { return match }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return match }
                index += 1
                skipWhitespace()
                if name == key.stringValue { match = index }
                guard skipValue(), skipSeparator() else { return match }
            }
            return match
        case UInt8(ascii: "["):
            guard let wanted = key.intValue, wanted >= 0 else { return nil }
            index += 1
            skipWhitespace()
            var position = 0
            while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                if position == wanted { return index }
                guard skipValue(), skipSeparator() else { return nil }
                position += 1
            }
            return nil
        default:
            return nil
        }
    }

    /// Skips a ',' and whitespace; false at the end of the container or on garbage.
    private mutating func skipSeparator() -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
        index += 1
        skipWhitespace()
        return true
    }

    /// Skips one value without building it (iteratively: no recursion on deep input).
    mutating func skipValue() -> Bool {
        var depth = 0
        repeat {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                index += 1
            default:
                // A scalar token (number or literal), or ',' ':' and whitespace inside a container.
                index += 1
                if depth == 0 {
                    while index < bytes.count, !Self.endsScalar(bytes[index]) { index += 1 }
                }
            }
        } while depth > 0
        return index <= bytes.count
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09: return true
        default: return false
        }
    }
}
