import RapportCore
import XCTest

final class JSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    private func syntaxError(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> JSONSyntaxError? {
        do {
            let value = try JSONParser.parse(bytes)
            XCTFail("accepted as \(value)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func syntaxError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONSyntaxError? {
        syntaxError(Array(text.utf8), file: file, line: line)
    }

    // MARK: Values

    func testScalarsAndContainers() throws {
        XCTAssertEqual(try parse("null"), .null)
        XCTAssertEqual(try parse(" true "), .bool(true))
        XCTAssertEqual(try parse("false"), .bool(false))
        XCTAssertEqual(try parse("\"hi\""), .string("hi"))
        XCTAssertEqual(try parse("[]"), .array([]))
        XCTAssertEqual(try parse("{}"), .object([:]))
        XCTAssertEqual(
            try parse(#"{"a": [1, 2.5, "x", null, {"b": false}], "c": {}}"#),
            ["a": [1, 2.5, "x", .null, ["b": false]], "c": [:]])
    }

    func testIntegersAreExactIncludingInt64Extremes() throws {
        XCTAssertEqual(try parse("0"), .integer(0))
        XCTAssertEqual(try parse("-0"), .integer(0))
        XCTAssertEqual(try parse("123456789"), .integer(123_456_789))
        XCTAssertEqual(try parse("9223372036854775807"), .integer(Int64.max))
        XCTAssertEqual(try parse("-9223372036854775808"), .integer(Int64.min))
        XCTAssertEqual(try parse("9007199254740993"), .integer(9_007_199_254_740_993))  // 2^53 + 1: not a Double
    }

    func testNumbersBeyondInt64OrWithFractionOrExponentAreDoubles() throws {
        XCTAssertEqual(try parse("9223372036854775808"), .double(9_223_372_036_854_775_808.0))
        XCTAssertEqual(try parse("-9223372036854775809"), .double(-9_223_372_036_854_775_809.0))
        XCTAssertEqual(try parse("100000000000000000000"), .double(1e20))
        XCTAssertEqual(try parse("1.0"), .double(1.0))
        XCTAssertEqual(try parse("1e2"), .double(100))
        XCTAssertEqual(try parse("1E+2"), .double(100))
        XCTAssertEqual(try parse("-0.0"), .double(-0.0))
        XCTAssertEqual(try parse("0.1"), .double(0.1))
        XCTAssertEqual(try parse("123.456e-789"), .double(0))
        XCTAssertEqual(try parse("2.2250738585072014e-308"), .double(.leastNormalMagnitude))
        XCTAssertEqual(try parse("4.9406564584124654e-324"), .double(.leastNonzeroMagnitude))
        XCTAssertEqual(try parse("1.7976931348623157e308"), .double(.greatestFiniteMagnitude))
    }

    func testDoublesAreCorrectlyRoundedOnFastAndSlowPaths() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let digits = String(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...60))
            let exponent = Int.random(in: -40...40)
            let pointPosition = Int.random(in: 0...digits.count)
            var text = digits
            if pointPosition < digits.count, pointPosition > 0 {
                text.insert(".", at: text.index(text.startIndex, offsetBy: pointPosition))
            }
            text += "e\(exponent)"
            guard case .double(let value) = try parse(text) else { return XCTFail("\(text) is not a double") }
            XCTAssertEqual(value, Double(text), text)
        }
    }

    func testOverflowingNumbersAreRejected() {
        XCTAssertEqual(syntaxError("1e400")?.message.contains("too large"), true)
        XCTAssertEqual(syntaxError("[-123123e100000]")?.message.contains("too large"), true)
    }

    func testStringEscapes() throws {
        XCTAssertEqual(try parse(#""a\"b\\c\/d\b\f\n\r\t""#), .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        XCTAssertEqual(try parse(#""\u0041\u00e9\u20AC""#), .string("Aé€"))
        XCTAssertEqual(try parse(#""\uD834\uDD1E""#), .string("𝄞"))
        XCTAssertEqual(try parse(#""caf\u00e9 — ünïcødé 😀""#), .string("café — ünïcødé 😀"))
        XCTAssertEqual(try parse("\"\\u0000\""), .string("\u{0}"))
    }

    func testLoneSurrogateEscapesBecomeReplacementCharacter() throws {
        XCTAssertEqual(try parse(#""\uD800""#), .string("\u{FFFD}"))
        XCTAssertEqual(try parse(#""\uDC00x""#), .string("\u{FFFD}x"))
        XCTAssertEqual(try parse(#""\uD800\u0041""#), .string("\u{FFFD}A"))
        XCTAssertEqual(try parse(#""\uDD1E\uD834""#), .string("\u{FFFD}\u{FFFD}"))
    }

    func testByteOrderMarkIsSkippedButABareOneIsEmpty() throws {
        XCTAssertEqual(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)), .object([:]))
        XCTAssertEqual(syntaxError([0xEF, 0xBB, 0xBF])?.message.hasPrefix("empty file"), true)
    }

    func testDuplicateKeysKeepTheLastValue() throws {
        XCTAssertEqual(try parse(#"{"a": 1, "a": 2}"#), ["a": 2])
    }

    func testOtherInputTypes() throws {
        XCTAssertEqual(try JSONParser.parse(Data("[1]".utf8)), [1])
        XCTAssertEqual(try JSONParser.parse("[1]"), [1])
    }

    // MARK: Nesting

    func testNestingUpToTheLimitIsAcceptedAndBeyondIsRejected() throws {
        let limit = JSONParser.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        XCTAssertNoThrow(try parse(deepest))
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        let error = syntaxError(tooDeep)
        XCTAssertEqual(error?.message.hasPrefix("nesting too deep"), true)
        XCTAssertEqual(error?.column, limit + 1)
        XCTAssertEqual(syntaxError(String(repeating: "[{\"a\":", count: 100_000))?.message.hasPrefix("nesting too deep"), true)
    }

    func testParsingWritingAndLocatingUseNoStackPerNestingLevel() throws {
        // Parser, writer and locator keep their own stacks: the deepest allowed document works
        // on a 256 KiB thread stack even in debug builds (recursion needed over 1 MiB here).
        let depth = JSONParser.maximumDepth / 2
        let text = String(repeating: #"{"a": ["#, count: depth) + "1" + String(repeating: "]}", count: depth)
        var path: [any CodingKey] = []
        for _ in 0..<depth { path += [Nested.CodingKeys.a, IndexKey(intValue: 0)] }
        let finished = expectation(description: "parsed on a small stack")
        let outcome = OutcomeBox()
        let thread = Thread { [path] in
            if let value = try? JSONParser.parse(Array(text.utf8)) {
                outcome.parsed = true
                outcome.written = (try? JSONWriter.write(.array([value, value])))?.count ?? 0
            }
            outcome.located = JSONLocator.position(of: path, in: Array(text.utf8))
            finished.fulfill()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        wait(for: [finished], timeout: 60)
        XCTAssertTrue(outcome.parsed)
        XCTAssertGreaterThan(outcome.written, 2 * depth * depth)  // indentation grows with depth
        XCTAssertEqual(outcome.located?.line, 1)
        XCTAssertEqual(outcome.located?.column, depth * 7 + 1)
    }

    func testDeepestAllowedDocumentRoundTripsThroughWriterAndDecoder() throws {
        let depth = JSONParser.maximumDepth / 2
        let text = String(repeating: #"{"a": ["#, count: depth) + "1" + String(repeating: "]}", count: depth)
        let value = try JSONParser.parse(Array(text.utf8))
        XCTAssertEqual(try JSONParser.parse(try JSONWriter.write(value)), value)
        XCTAssertEqual(try JSONValueDecoder().decode(Nested.self, from: value).depth, depth)
    }

    // MARK: Error messages and positions

    func testErrorMessagesSayWhatWasExpected() {
        XCTAssertEqual(syntaxError("")?.message, "empty file: expected a JSON value")
        XCTAssertEqual(syntaxError(" \n ")?.message, "file contains only whitespace: expected a JSON value")
        XCTAssertEqual(syntaxError(#"{"a": 1 "b": 2}"#)?.message, "expected ',' or '}' after object member, found '\"'")
        XCTAssertEqual(syntaxError("[1 2]")?.message, "expected ',' or ']' after array element, found '2'")
        XCTAssertEqual(syntaxError(#"{"a" 1}"#)?.message, "expected ':' after member name, found '1'")
        XCTAssertEqual(syntaxError("{a: 1}")?.message, "expected a member name in double quotes, found 'a'")
        XCTAssertEqual(syntaxError("[1,]")?.message, "trailing comma before ']' is not allowed")
        XCTAssertEqual(syntaxError(#"{"a":1,}"#)?.message, "trailing comma before '}' is not allowed")
        XCTAssertEqual(syntaxError(#""a\x""#)?.message.hasPrefix("invalid escape \\x in string"), true)
        XCTAssertEqual(syntaxError(#""\u12G4""#)?.message.hasPrefix("invalid \\u escape"), true)
        XCTAssertEqual(syntaxError("\"abc")?.message.hasPrefix("unterminated string"), true)
        XCTAssertEqual(syntaxError("[1, 2")?.message, "unexpected end of file (the file is truncated?): expected ',' or ']' after array element")
        XCTAssertEqual(syntaxError("012")?.message, "leading zeros are not allowed in numbers")
        XCTAssertEqual(syntaxError("1.")?.message, "unexpected end of file (the file is truncated?): expected a digit after the decimal point")
        XCTAssertEqual(syntaxError("[1.e5]")?.message, "expected a digit after the decimal point, found 'e'")
        XCTAssertEqual(syntaxError("tru")?.message, "unexpected end of file (the file is truncated?): expected 'true'")
        XCTAssertEqual(syntaxError("nul1")?.message, "invalid literal: expected 'null'")
        XCTAssertEqual(syntaxError("[1] x")?.message, "unexpected 'x' after the end of the JSON value")
        XCTAssertEqual(syntaxError("\"a\tb\"")?.message, "unescaped control character U+0009 in string; escape it")
        XCTAssertEqual(syntaxError("[\u{7F}]")?.message.contains("U+007F"), true)
    }

    func testErrorPositionCountsLinesAndUnicodeScalars() {
        // The error is the '2' on line 3; before it on that line: 4 spaces, "é😀" (2 scalars,
        // 6 bytes) inside a string, and punctuation.
        let text = "{\n  \"a\": 1,\n    \"é😀\": 1 2\n}"
        let error = syntaxError(text)
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.column, 13)
        XCTAssertEqual(error?.offset, Array(text.utf8).firstIndex(of: UInt8(ascii: "2")))
    }

    func testErrorPositionOnFirstLineAfterBOMIgnoresTheBOM() {
        let error = syntaxError([0xEF, 0xBB, 0xBF] + Array("[x]".utf8))
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.column, 2)
        XCTAssertEqual(error?.offset, 4)
    }

    func testTruncationIsReportedAtTheEndAndUnterminatedStringAtItsQuote() {
        let truncated = syntaxError("{\n  \"a\": [1,")
        XCTAssertEqual(truncated?.line, 2)
        XCTAssertEqual(truncated?.column, 11)
        let unterminated = syntaxError("[\n  \"abc\n]")
        XCTAssertEqual(unterminated?.line, 2)
        XCTAssertEqual(unterminated?.column, 7)  // the raw line break inside the string
        XCTAssertEqual(unterminated?.message.contains("closing '\"' missing"), true)
        let atEnd = syntaxError("[\n  \"abc")
        XCTAssertEqual(atEnd?.line, 2)
        XCTAssertEqual(atEnd?.column, 3)
    }

    func testInvalidUTF8IsRejectedAtTheBadByte() {
        let error = syntaxError(Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8))
        XCTAssertEqual(error?.offset, 4)
        XCTAssertEqual(error?.column, 5)
        XCTAssertEqual(error?.message.hasPrefix("invalid UTF-8 in string: byte 0xC3"), true)
        // Encoded surrogate (CESU) and overlong forms, also after an escape.
        XCTAssertNotNil(syntaxError(Array("\"\\n".utf8) + [0xED, 0xA0, 0x80] + Array("\"".utf8)))
        XCTAssertNotNil(syntaxError(Array("\"".utf8) + [0xC0, 0xAF] + Array("\"".utf8)))
        XCTAssertNotNil(syntaxError(Array("\"".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\"".utf8)))
    }

    func testErrorDescriptionIsLineColonColumn() {
        XCTAssertEqual(syntaxError("[1,\n x]")?.description, "2:2: expected a value (string, number, object, array, true, false or null), found 'x'")
    }
}

private final class OutcomeBox: @unchecked Sendable {  // written by one thread, read after it finished
    var parsed = false
    var written = 0
    var located: (line: Int, column: Int)?
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// {"a": [ {"a": [ ... 1 ] } ] }: counts its own depth.
private struct Nested: Decodable {
    enum CodingKeys: CodingKey { case a }
    let depth: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var list = try container.nestedUnkeyedContainer(forKey: .a)
        if let inner = try? list.decode(Nested.self) {
            depth = inner.depth + 1
        } else {
            depth = 1
        }
    }
}
