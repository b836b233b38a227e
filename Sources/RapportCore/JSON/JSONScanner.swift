/// The core of `JSONParser`. Works on a byte buffer with an index. Nesting is handled with an
/// explicit stack of open containers instead of recursion, so stack use does not grow with the
/// document's depth (threads with small stacks, debug builds). Every error is built by `fail`,
/// which is kept out of line so the hot paths stay small.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []
    /// Elements and members of the containers being parsed, innermost last. Collecting them here
    /// and building each array/dictionary once at its final size avoids repeated regrowth
    /// (and rehashing) of every small container.
    var elementStack: [JSONValue] = []
    var memberStack: [Member] = []
    /// The arrays/objects opened and not yet closed, innermost last.
    var openContainers: [OpenContainer] = []

    /// A struct rather than a tuple: tuples are destroyed through slow generic runtime calls.
    struct Member {
        let key: String
        let value: JSONValue
    }

    struct OpenContainer {
        let isObject: Bool
        /// Where this container's elements/members start in `elementStack`/`memberStack`.
        let base: Int
        /// For objects: the name of the member whose value is being parsed.
        var pendingKey: String
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

    /// Parses the value starting at `index` (whitespace already skipped), with everything nested
    /// in it. Alternates between reading the start of a value (which may open a container) and
    /// attaching each finished value to the innermost open container (which may close it).
    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        let outerDepth = openContainers.count
        readingValue: while true {
            guard index < bytes.count else { throw truncated("expected a value") }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "{"):
                try checkDepth()
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = .object([:])
                } else {
                    let key = try parseMemberName()
                    openContainers.append(OpenContainer(isObject: true, base: memberStack.count, pendingKey: key))
                    continue readingValue
                }
            case UInt8(ascii: "["):
                try checkDepth()
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else {
                    openContainers.append(OpenContainer(isObject: false, base: elementStack.count, pendingKey: ""))
                    continue readingValue
                }
            case UInt8(ascii: "t"): try expectLiteral("true"); value = .bool(true)
            case UInt8(ascii: "f"): try expectLiteral("false"); value = .bool(false)
            case UInt8(ascii: "n"): try expectLiteral("null"); value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try parseNumber()
            default:
                throw fail("expected a value (string, number, object, array, true, false or null), found \(describe(index))", at: index)
            }

            // Attach `value` to the innermost open container; every container that closes here
            // becomes the value attached to the next one out.
            while openContainers.count > outerDepth {
                let innermost = openContainers.count - 1
                skipWhitespace()
                if openContainers[innermost].isObject {
                    memberStack.append(Member(key: openContainers[innermost].pendingKey, value: value))
                    guard index < bytes.count else { throw truncated("expected ',' or '}' after object member") }
                    switch bytes[index] {
                    case UInt8(ascii: ","):
                        index += 1
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                            throw fail("trailing comma before '}' is not allowed", at: index)
                        }
                        openContainers[innermost].pendingKey = try parseMemberName()
                        continue readingValue
                    case UInt8(ascii: "}"):
                        index += 1
                        value = .object(closeObject(from: openContainers[innermost].base))
                        openContainers.removeLast()
                    default:
                        throw fail("expected ',' or '}' after object member, found \(describe(index))", at: index)
                    }
                } else {
                    elementStack.append(value)
                    guard index < bytes.count else { throw truncated("expected ',' or ']' after array element") }
                    switch bytes[index] {
                    case UInt8(ascii: ","):
                        index += 1
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                            throw fail("trailing comma before ']' is not allowed", at: index)
                        }
                        continue readingValue
                    case UInt8(ascii: "]"):
                        index += 1
                        value = .array(closeArray(from: openContainers[innermost].base))
                        openContainers.removeLast()
                    default:
                        throw fail("expected ',' or ']' after array element, found \(describe(index))", at: index)
                    }
                }
            }
            return value
        }
    }

    /// Reads `"name"` and the `:` after it, leaving `index` at the member's value.
    private mutating func parseMemberName() throws(JSONSyntaxError) -> String {
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
        return key
    }

    private mutating func closeArray(from base: Int) -> [JSONValue] {
        let elements = Array(elementStack[base...])
        elementStack.removeSubrange(base...)
        return elements
    }

    private mutating func closeObject(from base: Int) -> JSONObject {
        var members = JSONObject(minimumCapacity: memberStack.count - base)
        for member in memberStack[base...] {
            members[member.key] = member.value  // a duplicate key: the last one wins
        }
        memberStack.removeSubrange(base...)
        return members
    }

    @inline(__always)
    private func checkDepth() throws(JSONSyntaxError) {
        if openContainers.count >= JSONParser.maximumDepth {
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
