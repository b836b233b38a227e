/// The recursive-descent core of `JSONParser`. Works on a byte buffer with an index; every error
/// is built by `fail`, which is kept out of line so the hot paths stay small.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []
    /// Elements and members of the containers being parsed, innermost last. Collecting them here
    /// and building each array/dictionary once at its final size avoids repeated regrowth
    /// (and rehashing) of every small container.
    var elementStack: [JSONValue] = []
    var memberStack: [Member] = []

    /// A struct rather than a tuple: tuples are destroyed through slow generic runtime calls.
    struct Member {
        let key: String
        let value: JSONValue
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if JSONTextPosition.hasByteOrderMark(bytes) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else {
            throw fail(index == 0 || index == 3 && JSONTextPosition.hasByteOrderMark(bytes)
                ? "empty file: expected a JSON value" : "file contains only whitespace: expected a JSON value", at: index)
        }
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else {
            throw fail("unexpected \(describe(index)) after the end of the JSON value", at: index)
        }
        return value
    }

    /// Parses the value starting at `index` (whitespace already skipped).
    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw truncated("expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw fail("expected a value (string, number, object, array, true, false or null), found \(describe(index))", at: index)
        }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        let base = elementStack.count
        while true {
            elementStack.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw truncated("expected ',' or ']' after array element") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    throw fail("trailing comma before ']' is not allowed", at: index)
                }
            case UInt8(ascii: "]"):
                index += 1
                let elements = Array(elementStack[base...])
                elementStack.removeSubrange(base...)
                return .array(elements)
            default:
                throw fail("expected ',' or ']' after array element, found \(describe(index))", at: index)
            }
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([:])
        }
        let base = memberStack.count
        while true {
            guard index < bytes.count else { throw truncated("expected a member name in double quotes") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expected a member name in double quotes, found \(describe(index))", at: index)
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw truncated("expected ':' after member name") }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw fail("expected ':' after member name, found \(describe(index))", at: index)
            }
            index += 1
            skipWhitespace()
            memberStack.append(Member(key: key, value: try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw truncated("expected ',' or '}' after object member") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    throw fail("trailing comma before '}' is not allowed", at: index)
                }
            case UInt8(ascii: "}"):
                index += 1
                var members = JSONObject(minimumCapacity: memberStack.count - base)
                for member in memberStack[base...] {
                    members[member.key] = member.value  // a duplicate key: the last one wins
                }
                memberStack.removeSubrange(base...)
                return .object(members)
            default:
                throw fail("expected ',' or '}' after object member, found \(describe(index))", at: index)
            }
        }
    }

    @inline(__always)
    mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw fail("nesting too deep: more than \(JSONParser.maximumDepth) nested arrays/objects", at: index)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let length = literal.utf8CodeUnitCount
        let start = literal.utf8Start
        for offset in 0..<length {
            guard index + offset < bytes.count else {
                throw truncated("expected '\(literal)'")
            }
            guard bytes[index + offset] == start[offset] else {
                throw fail("invalid literal: expected '\(literal)'", at: index)
            }
        }
        index += length
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    // MARK: - Errors (cold path)

    @inline(never)
    func fail(_ message: String, at offset: Int) -> JSONSyntaxError {
        let position = JSONTextPosition.lineAndColumn(ofOffset: offset, in: bytes)
        return JSONSyntaxError(message: message, offset: offset, line: position.line, column: position.column)
    }

    @inline(never)
    func truncated(_ expectation: String) -> JSONSyntaxError {
        fail("unexpected end of file (the file is truncated?): \(expectation)", at: bytes.count)
    }

    @inline(never)
    func describe(_ offset: Int) -> String {
        JSONTextPosition.describeCharacter(at: offset, in: bytes)
    }
}
