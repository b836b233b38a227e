import Foundation
import XCTest

/// `add task --repeat`, `done` and `done --skip` through the real binary, read back from the saved JSON.
final class RecurringTasksCommandTests: XCTestCase {
    // Tue 1 Dec 2026, noon UTC.
    private let now = ["RAPPORT_NOW": "2026-12-01T12:00:00Z", "TZ": "UTC"]

    private func rapport(_ arguments: [String]) throws -> RapportRun { try RapportBinary.run(arguments, environment: now) }

    private func activities(_ directory: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/activities.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["activities"] as? [[String: Any]])
    }

    func testARepeatingTaskIsDoneSkippedAndEnds() throws {
        let book = try makeTemporaryDirectory(self) + "/book"
        let add = try rapport(["add", "task", "--type", "call", "--summary", "Check in", "--due", "2026-12-01", "--time", "09:30",
                               "--repeat", "every 2 weeks on tue,thu, 3 times", "--data", book])
        XCTAssertEqual(add.status, 0, add.stderr)
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let first = try XCTUnwrap(try activities(book).first)
        let rule = try XCTUnwrap(first["recurrence"] as? [String: Any])
        XCTAssertEqual(rule["frequency"] as? String, "weekly")
        XCTAssertEqual(rule["interval"] as? Int, 2)
        XCTAssertEqual(rule["weekdays"] as? [Int], [2, 4])
        XCTAssertEqual(rule["count"] as? Int, 3)
        XCTAssertTrue(try rapport(["show", id, "--data", book]).stdout.contains("repeats  every 2 weeks on tue,thu, 3 times"))

        // Done on Tue 1 Dec: the next is Thu 3 Dec, two left.
        let done = try rapport(["done", id, "--data", book])
        XCTAssertEqual(done.status, 0, done.stderr)
        let lines = done.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, done.stdout)
        let nextID = lines[1]
        var records = try activities(book)
        let next = try XCTUnwrap(records.first { $0["id"] as? String == nextID })
        XCTAssertEqual(next["dueDate"] as? String, "2026-12-03")
        XCTAssertEqual(next["dueTime"] as? String, "09:30")
        XCTAssertEqual((next["recurrence"] as? [String: Any])?["count"] as? Int, 2)
        XCTAssertNotNil(records.first { $0["id"] as? String == id }?["doneAt"])

        // Skipped: Thu 3 Dec → Tue 15 Dec (two weeks after the week of 30 Nov), not done, one left.
        let skip = try rapport(["done", nextID, "--skip", "--data", book])
        XCTAssertEqual(skip.status, 0, skip.stderr)
        records = try activities(book)
        let skipped = try XCTUnwrap(records.first { $0["id"] as? String == nextID })
        XCTAssertEqual(skipped["dueDate"] as? String, "2026-12-15")
        XCTAssertNil(skipped["doneAt"])
        XCTAssertEqual((skipped["recurrence"] as? [String: Any])?["count"] as? Int, 1)
        // The last one cannot be skipped, and being done ends the series.
        XCTAssertEqual(try rapport(["done", nextID, "--skip", "--data", book]).status, 1)
        XCTAssertEqual(try rapport(["done", nextID, "--data", book]).status, 0)
        records = try activities(book)
        XCTAssertFalse(records.contains { $0["kind"] as? String == "task" && $0["doneAt"] == nil }, "\(records)")
    }

    func testABadRuleIsAUsageError() throws {
        let book = try makeTemporaryDirectory(self) + "/book"
        let bad = try rapport(["add", "task", "--type", "todo", "--summary", "x", "--due", "tomorrow", "--repeat", "sometimes", "--data", book])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--repeat"), bad.stderr)
        let undated = try rapport(["add", "task", "--type", "todo", "--summary", "x", "--repeat", "weekly", "--data", book])
        XCTAssertEqual(undated.status, 2)
    }
}
