import Foundation
import XCTest

/// `rapport import ics` through the real binary on the hand-written Google Calendar export
/// (Tests/Fixtures/Calendar/google.ics), read back from the saved activities.json. The clock is
/// fixed at Tue 1 Dec 2026 12:00 UTC, in UTC, so Rome's 10:00 in October (CEST) is 08:00.
final class ImportICSCommandTests: XCTestCase {
    private let now = ["RAPPORT_NOW": "2026-12-01T12:00:00Z"]

    private func rapport(_ arguments: [String]) throws -> RapportRun { try RapportBinary.run(arguments, environment: now) }

    private var google: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Calendar/google.ics").path
    }

    private func activities(_ directory: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/activities.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["activities"] as? [[String: Any]])
    }

    private func bookWithMario() throws -> String {
        let book = try makeTemporaryDirectory(self) + "/book"
        let add = try rapport(["add", "contact", "--name", "Mario Bianchi", "--email", "mario.bianchi@example.com", "--data", book])
        XCTAssertEqual(add.status, 0, add.stderr)
        return book
    }

    func testImportThenImportAgainChangesNothing() throws {
        let book = try bookWithMario()
        let dry = try rapport(["import", "ics", google, "--dry-run", "--data", book])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.hasPrefix("dry run, nothing written"), dry.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: book + "/activities.json"))

        let first = try rapport(["import", "ics", google, "--data", book])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("7 created, 0 updated, 0 unchanged, 1 with no contact"), first.stdout)
        let records = try activities(book)
        XCTAssertEqual(records.count, 7)
        let sync = try XCTUnwrap(records.first { $0["externalID"] as? String == "ics:7kq2weeklysync0001@google.com#20261020T080000Z" })
        XCTAssertEqual(sync["taskType"] as? String, "meeting")
        XCTAssertEqual(sync["contactID"] as? String, "con-000001")
        XCTAssertEqual(sync["dueDate"] as? String, "2026-10-20")
        XCTAssertEqual(sync["dueTime"] as? String, "08:00")
        XCTAssertEqual(sync["doneAt"] as? String, "2026-10-20T09:00:00Z")
        let review = try XCTUnwrap(records.first { $0["externalID"] as? String == "ics:0contractreview22@google.com" })
        XCTAssertEqual(review["dueTime"] as? String, "14:00")
        XCTAssertEqual(review["durationMinutes"] as? Int, 90)
        XCTAssertNil(review["doneAt"])

        let before = try Data(contentsOf: URL(fileURLWithPath: book + "/activities.json"))
        let again = try RapportBinary.run(["import", "ics", google, "--data", book], environment: ["RAPPORT_NOW": "2026-12-01T12:05:00Z"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("0 created, 0 updated, 7 unchanged"), again.stdout)
        XCTAssertTrue(again.stdout.contains("nothing changed"), again.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: book + "/activities.json")), before)
    }

    func testJSONSummaryVerboseAndWindow() throws {
        let book = try bookWithMario()
        let json = try rapport(["import", "ics", google, "--json", "--dry-run", "--from", "2026-11-01", "--to", "2026-11-30", "--data", book])
        XCTAssertEqual(json.status, 0, json.stderr)
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        // November only: the weekly sync of 11 (moved), 17 and 24 Nov.
        XCTAssertEqual(summary["meetings"] as? Int, 3)
        XCTAssertEqual(summary["created"] as? Int, 3)
        XCTAssertEqual(summary["unmatched"] as? Int, 0)
        XCTAssertEqual(summary["dryRun"] as? Bool, true)
        XCTAssertEqual(summary["from"] as? String, "2026-11-01")
        let verbose = try rapport(["import", "ics", google, "--verbose", "--dry-run", "--data", book])
        XCTAssertTrue(verbose.stdout.contains("with no attendee or organizer among the contacts:\n  Dentist"), verbose.stdout)
        XCTAssertEqual(try rapport(["import", "ics", google, "--kind", "contacts", "--data", book]).status, 2)
    }
}
