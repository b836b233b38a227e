import Foundation
import RapportCore
import XCTest

private struct Book: Codable {
    var contacts: [Person]
}

private struct Person: Codable {
    var name: String
    var email: String?
    var age: Int8?
    var tags: [String]?
}

final class JSONLocatorTests: XCTestCase {
    private let text = """
        {
          "contacts": [
            {"name": "Ädä", "email": "a@example.com"},
            {
              "name": "Björn 😀",
              "email": 42,
              "tags": ["x", null]
            },
            {"email": "c@example.com", "age": 300}
          ]
        }
        """

    private var bytes: [UInt8] { Array(text.utf8) }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
    }

    private func path(_ components: Any...) -> [any CodingKey] {
        components.map { component in
            if let index = component as? Int { return Key(intValue: index) }
            return Key(stringValue: "\(component)")
        }
    }

    func testPositionsOfValuesAlongAPath() {
        XCTAssertEqual(JSONLocator.position(of: [], in: bytes)?.line, 1)
        XCTAssertEqual(JSONLocator.position(of: path("contacts"), in: bytes).map { [$0.line, $0.column] }, [2, 15])
        XCTAssertEqual(JSONLocator.position(of: path("contacts", 0, "email"), in: bytes).map { [$0.line, $0.column] }, [3, 30])
        XCTAssertEqual(JSONLocator.position(of: path("contacts", 1, "email"), in: bytes).map { [$0.line, $0.column] }, [6, 16])
        XCTAssertEqual(JSONLocator.position(of: path("contacts", 1, "tags", 1), in: bytes).map { [$0.line, $0.column] }, [7, 21])
        // Missing key: the enclosing object; missing index: the array.
        XCTAssertEqual(JSONLocator.position(of: path("contacts", 2, "name"), in: bytes).map { [$0.line, $0.column] }, [9, 5])
        XCTAssertEqual(JSONLocator.position(of: path("contacts", 9), in: bytes).map { [$0.line, $0.column] }, [2, 15])
        XCTAssertNil(JSONLocator.position(of: [], in: Array("  ".utf8)))
        // Duplicate keys: the parser keeps the last, so the locator points at the last.
        XCTAssertEqual(JSONLocator.position(of: path("a"), in: Array(#"{"a": 1, "b": {"a": 0}, "a": "x"}"#.utf8)).map { [$0.line, $0.column] }, [1, 30])
        // Escaped keys are compared after unescaping; a BOM does not count as a column.
        XCTAssertEqual(JSONLocator.position(of: path("é"), in: [0xEF, 0xBB, 0xBF] + Array(#"{"\u00e9": 1}"#.utf8)).map { [$0.line, $0.column] }, [1, 12])
    }

    private func describedError(_ json: [UInt8]? = nil, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let bytes = json ?? self.bytes
        do {
            _ = try JSONValueDecoder().decode(Book.self, fromJSON: bytes)
            XCTFail("decoded", file: file, line: line)
            return nil
        } catch {
            return JSONLocator.describe(error, in: bytes, fileName: "contacts.json")
        }
    }

    func testTypeMismatchIsDescribedWithPositionPathAndWhatWasFound() {
        XCTAssertEqual(describedError(), #"contacts.json:6:16: expected a string for "contacts[1].email", found a number"#)
    }

    func testNullInANonOptionalPosition() {
        var json = text.replacingOccurrences(of: "\"email\": 42", with: "\"email\": \"b@example.com\"")
        XCTAssertEqual(describedError(Array(json.utf8)), #"contacts.json:7:21: expected a string for "contacts[1].tags[1]", found null"#)
        json = json.replacingOccurrences(of: "null]", with: "\"y\"]")
        XCTAssertEqual(describedError(Array(json.utf8)), #"contacts.json:9:5: missing field "contacts[2].name""#)
        json = json.replacingOccurrences(of: "{\"email\": \"c", with: "{\"name\": \"C\", \"email\": \"c")
        XCTAssertEqual(describedError(Array(json.utf8)), #"contacts.json:9:52: Number 300 does not fit in Int8 (at "contacts[2].age")"#)
    }

    func testSyntaxErrorsAreDescribedToo() {
        XCTAssertEqual(describedError(Array("{\n  \"contacts\": [\n".utf8)),
                       "contacts.json:3:1: unexpected end of file (the file is truncated?): expected a value")
    }

    func testTopLevelMismatch() {
        XCTAssertEqual(describedError(Array("\n[]".utf8)), "contacts.json:2:1: expected an object for the top-level value, found an array")
    }

    private struct Event: Decodable { var at: Date }

    private func message(for json: String) -> String {
        let bytes = Array(json.utf8)
        do {
            _ = try JSONValueDecoder().decode([Event].self, fromJSON: bytes)
            return "decoded"
        } catch {
            return JSONLocator.describe(error, in: bytes)
        }
    }

    func testDateErrorsNameTheExpectedFormat() {
        XCTAssertEqual(message(for: #"[{"at": 5}]"#), #"1:9: expected a date (ISO-8601 string) for "[0].at", found a number"#)
        XCTAssertEqual(message(for: #"[{"at": "22.11.2026"}]"#),
                       #"1:9: Expected an ISO-8601 date like "2026-11-22T09:30:00Z", found "22.11.2026" (at "[0].at")"#)
    }

    func testEndOfArrayInAHandWrittenDecoder() {
        struct Pair: Decodable {
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                _ = try container.decode(Int.self)
                _ = try container.decode(Int.self)
            }
        }
        let json = Array("{\"pair\": [1]}".utf8)
        do {
            _ = try JSONValueDecoder().decode([String: Pair].self, fromJSON: json)
            XCTFail("decoded")
        } catch {
            XCTAssertEqual(JSONLocator.describe(error, in: json), #"1:10: expected an integer for "pair[1]", found the end of the array"#)
        }
    }
}
