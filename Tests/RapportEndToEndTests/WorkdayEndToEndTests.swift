import Foundation
import XCTest

/// A working day through the real binary: cadences set by command, `rapport today --json`,
/// `rapport remind`'s exit codes, and the TUI's day-start banner and reminder in tmux. The
/// clock is fixed (`RAPPORT_NOW`) at noon UTC on 2026-11-22, the demo book's day.
final class WorkdayEndToEndTests: XCTestCase {
    private let now = ["RAPPORT_NOW": "2026-11-22T12:00:00Z"]

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let run = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return directory
    }

    private func json(_ run: RapportRun, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    func testASegmentsCadenceByCommand() throws {
        let book = try demoBook()
        let unknown = try RapportBinary.run(["keep-in-touch", "--segment", "vips", "30d", "--data", book], environment: now)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("at-risk"), unknown.stderr)
        let before = Set(try contactsJSON(book, ["--due-touch"]).compactMap { $0["id"] as? String })
        let set = try RapportBinary.run(["keep-in-touch", "--segment", "At risk", "1d", "--data", book], environment: now)
        XCTAssertEqual(set.status, 0, set.stderr)
        let settings = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: book + "/settings.json"))) as? [String: Any])
        let bySegment = try XCTUnwrap((settings["settings"] as? [String: Any] ?? settings)["keepInTouchSegments"] as? [String: Any], "\(settings)")
        XCTAssertEqual(bySegment["at-risk"] as? Int, 1)
        // Every at-risk customer not touched today or yesterday is now due; the segments report names them.
        let after = Set(try contactsJSON(book, ["--due-touch"]).compactMap { $0["id"] as? String })
        XCTAssertTrue(after.isSuperset(of: before))
        XCTAssertGreaterThan(after.count, before.count, "the demo book has at-risk customers")
        let off = try RapportBinary.run(["keep-in-touch", "--segment", "at-risk", "off", "--data", book], environment: now)
        XCTAssertEqual(off.status, 0, off.stderr)
        XCTAssertEqual(Set(try contactsJSON(book, ["--due-touch"]).compactMap { $0["id"] as? String }), before)
    }

    private func contactsJSON(_ book: String, _ extra: [String] = []) throws -> [[String: Any]] {
        try XCTUnwrap(try json(RapportBinary.run(["list", "contacts", "--json", "--data", book] + extra, environment: now)) as? [[String: Any]])
    }

    func testCadencesByCommandAndTheDaysAgendaAsJSON() throws {
        let book = try demoBook()
        let added = try RapportBinary.run(["add", "contact", "--name", "Ada Lovelace", "--keep-in-touch", "2w", "--data", book], environment: now)
        XCTAssertEqual(added.status, 0, added.stderr)
        let adaID = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try contactsJSON(book).first { $0["id"] as? String == adaID }?["keepInTouchDays"] as? Int, 14)
        let bad = try RapportBinary.run(["keep-in-touch", adaID, "soon", "--data", book])
        XCTAssertEqual(bad.status, 2)

        let tag = try RapportBinary.run(["keep-in-touch", "--tag", "vip", "14d", "--data", book], environment: now)
        XCTAssertEqual(tag.status, 0, tag.stderr)
        let settings = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: book + "/settings.json"))) as? [String: Any])
        let byTag = try XCTUnwrap((settings["settings"] as? [String: Any] ?? settings)["keepInTouch"] as? [String: Any], "\(settings)")
        XCTAssertEqual(byTag["vip"] as? Int, 14)

        // rapport today --json and list --due-touch name the same contacts; Ada, just added, is not due.
        let today = try XCTUnwrap(try json(RapportBinary.run(["today", "--json", "--data", book], environment: now)) as? [String: Any])
        XCTAssertEqual(today["date"] as? String, "2026-11-22")
        let touches = try XCTUnwrap(today["keepInTouch"] as? [[String: Any]])
        XCTAssertFalse(touches.isEmpty, "vip contacts not touched for 14 days")
        let dueIDs = Set(touches.compactMap { $0["contactID"] as? String })
        XCTAssertEqual(Set(try contactsJSON(book, ["--due-touch"]).compactMap { $0["id"] as? String }), dueIDs)
        XCTAssertFalse(dueIDs.contains(adaID))
        for touch in touches { XCTAssertGreaterThan(touch["daysSince"] as? Int ?? 0, touch["cadenceDays"] as? Int ?? .max) }
        XCTAssertNotNil(today["overdue"] as? [[String: Any]])
        XCTAssertNotNil(today["deals"] as? [[String: Any]])

        // A logged call resets the cadence: the contact leaves the list.
        let first = try XCTUnwrap(touches.first?["contactID"] as? String)
        let log = try RapportBinary.run(["log", first, "--channel", "phone", "--summary", "Catch-up", "--data", book], environment: now)
        XCTAssertEqual(log.status, 0, log.stderr)
        XCTAssertFalse(Set(try contactsJSON(book, ["--due-touch"]).compactMap { $0["id"] as? String }).contains(first))

        let off = try RapportBinary.run(["keep-in-touch", adaID, "off", "--data", book], environment: now)
        XCTAssertEqual(off.status, 0, off.stderr)
        XCTAssertNil(try contactsJSON(book).first { $0["id"] as? String == adaID }?["keepInTouchDays"])
        let text = try RapportBinary.run(["today", "--data", book], environment: now)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("Today, 2026-11-22"), text.stdout)
    }

    func testRemindExitsZeroWhenATimedTaskIsDueSoonAndOneWhenNot() throws {
        let book = try demoBook()
        let task = try RapportBinary.run(["add", "activity", "--type", "call", "--summary", "Call the printer", "--due", "2026-11-22",
                                          "--time", "12:10", "--data", book], environment: now)
        XCTAssertEqual(task.status, 0, task.stderr)
        let soon = try RapportBinary.run(["remind", "--within", "15m", "--data", book], environment: now)
        XCTAssertEqual(soon.status, 0, soon.stderr)
        XCTAssertTrue(soon.stdout.contains("12:10 Call the printer"), soon.stdout)
        let asJSON = try XCTUnwrap(try json(RapportBinary.run(["remind", "--within", "15m", "--json", "--data", book], environment: now)) as? [[String: Any]])
        XCTAssertTrue(asJSON.contains { $0["summary"] as? String == "Call the printer" })
        let notYet = try RapportBinary.run(["remind", "--within", "5m", "--data", book], environment: now)
        XCTAssertFalse(notYet.stdout.contains("Call the printer"))
        let usage = try RapportBinary.run(["remind", "--within", "soon", "--data", book])
        XCTAssertEqual(usage.status, 2)
        // Nothing due: exit 1 and nothing on stdout, so `… && notify-send` stays quiet.
        let empty = try makeTemporaryDirectory(self) + "/empty"
        XCTAssertEqual(try RapportBinary.run(["add", "company", "--name", "Acme", "--data", empty], environment: now).status, 0)
        let nothing = try RapportBinary.run(["remind", "--within", "15m", "--data", empty], environment: now)
        XCTAssertEqual(nothing.status, 1, nothing.stderr)
        XCTAssertEqual(nothing.stdout, "")
    }

    func testTheDayStartsWithTheBannerAndATimedTaskReminds() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let book = try demoBook()
        let task = try RapportBinary.run(["add", "activity", "--type", "call", "--summary", "Call the printer", "--due", "2026-11-22",
                                          "--time", "12:00", "--data", book], environment: now)
        XCTAssertEqual(task.status, 0, task.stderr)
        let session = try TmuxSession(self, width: 100, height: 30, environment: now,
                                      command: shellQuoted(RapportBinary.path) + " --data " + shellQuoted(book))
        try session.waitForScreen("the day-start banner") { $0.contains("Today, 2026-11-22") && $0.contains("Overdue (") }
        try session.waitForScreen("the reminder") { $0.contains("Call the printer at 12:00 — now") }
        try session.waitForScreen("the overdue count") { $0.range(of: #"\d+ overdue"#, options: .regularExpression) != nil }
        try session.send("Escape")
        try session.waitForScreen("the board without the banner") { !$0.contains("Today, 2026-11-22") && $0.contains("Pipeline") }
        try session.send("q")
        XCTAssertTrue(try session.waitForExit())
    }
}
