import RapportCore
import XCTest

final class JSONWriterTests: XCTestCase {
    private func written(_ value: JSONValue) throws -> String {
        String(decoding: try JSONWriter.write(value), as: UTF8.self)
    }

    func testPrettyLayoutWithSortedKeysAndTrailingNewline() throws {
        let value: JSONValue = ["b": [1, true, .null], "a": "x", "c": [:], "d": [], "e": ["z": 1, "y": [2]]]
        XCTAssertEqual(try written(value), """
            {
              "a": "x",
              "b": [
                1,
                true,
                null
              ],
              "c": {},
              "d": [],
              "e": {
                "y": [
                  2
                ],
                "z": 1
              }
            }

            """)
        XCTAssertEqual(try written(42), "42\n")
    }

    func testKeysAreSortedByUTF8BytesNotLocale() throws {
        let value: JSONValue = ["é": 1, "z": 2, "Z": 3, "a": 4, "aa": 5, "😀": 6, "_": 7]
        XCTAssertEqual(try written(value), """
            {
              "Z": 3,
              "_": 7,
              "a": 4,
              "aa": 5,
              "z": 2,
              "é": 1,
              "😀": 6
            }

            """)
    }

    func testOutputIsIndependentOfInsertionOrder() throws {
        let keys = (0..<200).map { "key\($0)" }
        var forward = JSONObject()
        for (index, key) in keys.enumerated() { forward[key] = .integer(Int64(index)) }
        var backward = JSONObject()
        for (index, key) in keys.enumerated().reversed() { backward[key] = .integer(Int64(index)) }
        var shuffled = JSONObject(minimumCapacity: 1000)
        for (index, key) in keys.enumerated().shuffled() { shuffled[key] = .integer(Int64(index)) }
        let expected = try JSONWriter.write(.object(forward))
        XCTAssertEqual(try JSONWriter.write(.object(backward)), expected)
        XCTAssertEqual(try JSONWriter.write(["nested": [.object(shuffled)]]), try JSONWriter.write(["nested": [.object(forward)]]))
        XCTAssertEqual(try JSONWriter.write(.object(shuffled)), expected)
    }

    func testStringsEscapeOnlyWhatIsRequired() throws {
        XCTAssertEqual(try written("a\"b\\c/d\n\t\r\u{8}\u{C}\u{0}\u{1F}\u{7F}é😀\u{2028}"),
                       "\"a\\\"b\\\\c/d\\n\\t\\r\\b\\f\\u0000\\u001f\u{7F}é😀\u{2028}\"\n")
    }

    func testNumbers() throws {
        XCTAssertEqual(try written(.integer(Int64.min)), "-9223372036854775808\n")
        XCTAssertEqual(try written(.integer(Int64.max)), "9223372036854775807\n")
        XCTAssertEqual(try written(.integer(0)), "0\n")
        XCTAssertEqual(try written(.double(1)), "1.0\n")
        XCTAssertEqual(try written(.double(0.1)), "0.1\n")
        XCTAssertEqual(try written(.double(-0.0)), "-0.0\n")
        XCTAssertEqual(try written(.double(1e20)), "1e+20\n")
        XCTAssertEqual(try written(.double(1e-5)), "1e-05\n")
        for double in [1.0, 0.1, 1e20, 1e-5, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 123456.789, -2.5e-300] {
            XCTAssertEqual(try JSONParser.parse(try JSONWriter.write(.double(double))), .double(double))
        }
    }

    func testNonFiniteDoublesThrow() {
        XCTAssertThrowsError(try JSONWriter.write([.double(.nan)]))
        XCTAssertThrowsError(try JSONWriter.write(["x": .double(-.infinity)]))
    }

    func testFailedWriteLeavesTheBufferUnchanged() {
        var buffer = Array("keep".utf8)
        XCTAssertThrowsError(try JSONWriter.write(["a": 1, "b": [.double(.infinity)]], into: &buffer))
        XCTAssertEqual(buffer, Array("keep".utf8))
    }

    func testAppendsToAnExistingBuffer() throws {
        var buffer = Array("prefix ".utf8)
        try JSONWriter.write([1], into: &buffer)
        XCTAssertEqual(String(decoding: buffer, as: UTF8.self), "prefix [\n  1\n]\n")
    }

    func testRoundTripOfGeneratedValues() throws {
        var generator = SystemRandomNumberGenerator()
        func randomValue(depth: Int) -> JSONValue {
            switch Int.random(in: 0..<(depth > 3 ? 6 : 8), using: &generator) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &generator))
            case 2: return .integer(Int64.random(in: .min ... .max, using: &generator))
            case 3: return .double(Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &generator)))
            case 4, 5:
                let scalars = (0..<Int.random(in: 0..<12, using: &generator)).compactMap { _ in
                    UnicodeScalar(UInt32.random(in: 0..<0x1_0000, using: &generator))
                }
                return .string(String(String.UnicodeScalarView(scalars)))
            case 6: return .array((0..<Int.random(in: 0..<5, using: &generator)).map { _ in randomValue(depth: depth + 1) })
            default:
                var members = JSONObject()
                for _ in 0..<Int.random(in: 0..<5, using: &generator) {
                    members["k\(Int.random(in: 0..<100, using: &generator))"] = randomValue(depth: depth + 1)
                }
                return .object(members)
            }
        }
        for _ in 0..<500 {
            let value = randomValue(depth: 0)
            let bytes = try JSONWriter.write(value)
            XCTAssertEqual(try JSONParser.parse(bytes), value)
        }
    }
}
