import Foundation
import XCTest
@testable import RapportCore

/// Every kind of bad file stops the load with the file, line, column and what was expected,
/// and the file stays byte for byte as it was.
final class BadFileTests: XCTestCase {
    private func expectLoadError(_ contents: [UInt8], in file: String = "contacts.json",
                                 line: UInt = #line, check: (StoreError) -> Void) throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let path = directory + "/" + file
        try Data(contents).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try BookStore.open(directory: directory), line: line) { error in
            guard let storeError = error as? StoreError else { return XCTFail("\(error)", line: line) }
            check(storeError)
        }
        XCTAssertEqual(try readBytes(path), contents, "the bad file is left exactly as it was", line: line)
    }

    private func expectCorrupt(_ text: String, in file: String = "contacts.json", at expected: (Int, Int)? = nil,
                               containing words: String, line: UInt = #line) throws {
        try expectLoadError(Array(text.utf8), in: file, line: line) { error in
            guard case .corrupt(let path, let errorLine, let column, let message) = error else {
                return XCTFail("expected a corrupt-file error, got \(error)", line: line)
            }
            XCTAssertTrue(path.hasSuffix("/" + file), path, line: line)
            if let expected { XCTAssertEqual([errorLine, column], [expected.0, expected.1], message, line: line) }
            XCTAssertTrue(words.isEmpty || message.contains(words), "\"\(message)\" should mention \"\(words)\"", line: line)
            XCTAssertTrue(error.description.hasPrefix(path + ":\(errorLine):\(column): "), error.description, line: line)
        }
    }

    func testEmptyFile() throws {
        try expectCorrupt("", at: (1, 1), containing: "empty")
    }

    func testTruncatedFile() throws {
        try expectCorrupt("{\n  \"schema\": 1,\n  \"contacts\": [\n    {\"id\": \"con-1\"", containing: "end")
    }

    func testNotJSON() throws {
        try expectCorrupt("first_name,last_name\nGiulia,Rossi\n", at: (1, 1), containing: "")
    }

    func testWrongTypeNamesTheFieldAndItsPosition() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        var text = String(decoding: try readBytes(directory + "/contacts.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"firstName\": \"Zoé\"", with: "\"firstName\": 42")
        let lines = text.components(separatedBy: "\n")
        let lineNumber = try XCTUnwrap(lines.firstIndex { $0.contains("\"firstName\": 42") }) + 1
        let column = try XCTUnwrap(lines[lineNumber - 1].range(of: "42")).lowerBound.utf16Offset(in: lines[lineNumber - 1]) + 1
        try expectCorrupt(text, at: (lineNumber, column), containing: "firstName")
    }

    func testMissingFieldIsNamed() throws {
        try expectCorrupt("{\"schema\": 1, \"contacts\": [{\"id\": \"con-000001\"}]}", containing: "createdAt")
    }

    func testBadDateIsExplained() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        var text = String(decoding: try readBytes(directory + "/purchases.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"date\": \"2026-11-22\"", with: "\"date\": \"22/11/2026\"")
        try expectCorrupt(text, in: "purchases.json", containing: "YYYY-MM-DD")
    }

    func testDuplicateIdsAreRefused() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let text = String(decoding: try readBytes(directory + "/contacts.json"), as: UTF8.self)
            .replacingOccurrences(of: "con-000002", with: "con-000001")
        try expectCorrupt(text, containing: "duplicate id")
    }

    func testNewerSchemaIsRefused() throws {
        try expectLoadError(Array("{\"schema\": 2, \"contacts\": []}".utf8)) { error in
            guard case .newerSchema(_, let found, let supported) = error else { return XCTFail("\(error)") }
            XCTAssertEqual([found, supported], [2, 1])
        }
    }

    func testMissingSchemaAndWrongShape() throws {
        try expectCorrupt("{\"contacts\": []}", containing: "schema")
        try expectCorrupt("[]", containing: "expected an object")
        try expectCorrupt("{\"schema\": \"1\", \"contacts\": []}", containing: "schema")
        try expectCorrupt("{\"schema\": 1, \"contacts\": {}}", containing: "array")
        try expectCorrupt("{\"schema\": 1}", in: "settings.json", containing: "missing \"settings\"")
    }

    func testHugeAndNestedValuesDoNotCrash() throws {
        try expectCorrupt("{\"schema\": 1, \"contacts\": " + String(repeating: "[", count: 100_000), containing: "")
        try expectCorrupt("{\"schema\": 99999999999999999999999, \"contacts\": []}", containing: "schema")
    }

    /// Every document of the JSON conformance suite that must be rejected is rejected with a
    /// position, as a contacts file, and the file is untouched.
    func testJSONConformanceRejectsAreClearErrors() throws {
        guard let fixtures = sharedFixturesDirectory() else {
            throw XCTSkip("shared fixtures not found beside the package (../shared/fixtures); skipping")
        }
        let folder = fixtures + "/json/test_parsing"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("n_") }.sorted()
        XCTAssertGreaterThan(names.count, 100)
        for name in names {
            let bytes = try readBytes(folder + "/" + name)
            try expectLoadError(bytes) { error in
                guard case .corrupt(_, let line, let column, let message) = error else { return XCTFail("\(name): \(error)") }
                XCTAssertGreaterThanOrEqual(line, 1, name)
                XCTAssertGreaterThanOrEqual(column, 1, name)
                XCTAssertFalse(message.isEmpty, name)
            }
        }
    }
}
