import Foundation
import XCTest
@testable import RapportCore

/// The RRULEs of the ics export, read back by an independent reader: python's `icalendar`
/// package (CI installs it with pip; skipped where it is not installed).
final class RecurrenceExportCrossCheckTests: XCTestCase {
    func testPythonICalendarReadsTheRules() throws {
        guard (try? Self.run(["python3", "-c", "import icalendar"])) != nil else {
            throw XCTSkip("python3 with the icalendar package is not installed (pip install icalendar); skipping the cross-check")
        }
        let now = Date(timeIntervalSince1970: 1_796_126_400)
        var book = Book()
        var meeting = Activity(id: book.activities.nextID(), createdAt: now, task: .meeting, summary: "Sync",
                               due: LocalDate(year: 2026, month: 12, day: 1), dueTime: LocalTime(hour: 9, minute: 30))
        meeting.recurrence = Recurrence(.weekly, interval: 2, weekdays: [2, 4], end: .count(10))
        var todo = Activity(id: book.activities.nextID(), createdAt: now, task: .todo, summary: "Invoices",
                            due: LocalDate(year: 2026, month: 12, day: 31))
        todo.recurrence = Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 4), end: .until(LocalDate(year: 2027, month: 6, day: 30) ?? LocalDate(dayNumber: 0)))
        book.activities.upsert(meeting)
        book.activities.upsert(todo)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-rrule-\(UUID().uuidString).ics")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(ICalendarExporter.string(of: book, now: now, timeZone: TimeZone(identifier: "UTC") ?? .current).utf8).write(to: file)
        let script = """
        import json, sys, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        for c in calendar.walk():
            if c.name in ('VEVENT', 'VTODO'):
                rule = c.get('RRULE')
                out.append({k: [str(v) for v in vs] for k, vs in rule.items()})
        print(json.dumps(out))
        """
        let output = try Self.run(["python3", "-c", script, file.path])
        let rules = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: [String]]])
        XCTAssertEqual(rules.count, 2)
        XCTAssertEqual(rules[0]["FREQ"], ["WEEKLY"])
        XCTAssertEqual(rules[0]["INTERVAL"], ["2"])
        XCTAssertEqual(rules[0]["BYDAY"], ["TU", "TH"])
        XCTAssertEqual(rules[0]["COUNT"], ["10"])
        XCTAssertEqual(rules[1]["BYDAY"], ["-1TH"])
        XCTAssertEqual(rules[1]["UNTIL"]?.first?.hasPrefix("2027-06-30"), true)
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = Pipe()
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw NSError(domain: "RecurrenceExportCrossCheckTests", code: Int(process.terminationStatus)) }
        return String(decoding: data, as: UTF8.self)
    }
}
