import Foundation
import XCTest
@testable import RapportCore

final class ICalendarWriterTests: XCTestCase {
    /// 2024-03-01T09:30:00Z, computed by hand: 19783 days after 1970-01-01 is 2024-03-01.
    private let stamp = Date(timeIntervalSince1970: 1_709_285_400)

    private var sampleEvents: [ICalEvent] {
        [
            ICalEvent(uid: "event-1@rapport", start: .dateTime(Date(timeIntervalSince1970: 1_709_892_000)),
                      end: .duration(seconds: 5400), summary: "Lunch with Rossi, Mario",
                      description: "Bring the offer; discuss prices\nand dates", location: "Trattoria \"Da Enzo\", Roma",
                      status: .confirmed),
            ICalEvent(uid: "event-2@rapport", start: .date(ICalDate(year: 2024, month: 12, day: 24)),
                      end: .at(.date(ICalDate(year: 2024, month: 12, day: 25))), summary: "Office closed"),
        ]
    }

    private var sampleTodos: [ICalTodo] {
        [
            ICalTodo(uid: "todo-1@rapport", summary: "Call back Anna", description: "About the C:\\ drive",
                     due: .date(ICalDate(year: 2024, month: 3, day: 5)), priority: 1,
                     categories: ["Calls", "Clients, key"], relatedTo: "event-1@rapport"),
            ICalTodo(uid: "todo-2@rapport", summary: "Send contract", due: .dateTime(Date(timeIntervalSince1970: 1_709_301_599)),
                     status: .completed, completed: Date(timeIntervalSince1970: 1_709_290_000.75)),
        ]
    }

    func testExactOutput() {
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Rapport//Rapport CRM//EN",
            "CALSCALE:GREGORIAN",
            "BEGIN:VEVENT",
            "UID:event-1@rapport",
            "DTSTAMP:20240301T093000Z",
            "DTSTART:20240308T100000Z",
            "DURATION:PT1H30M",
            "SUMMARY:Lunch with Rossi\\, Mario",
            "DESCRIPTION:Bring the offer\\; discuss prices\\nand dates",
            "LOCATION:Trattoria \"Da Enzo\"\\, Roma",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:event-2@rapport",
            "DTSTAMP:20240301T093000Z",
            "DTSTART;VALUE=DATE:20241224",
            "DTEND;VALUE=DATE:20241225",
            "SUMMARY:Office closed",
            "END:VEVENT",
            "BEGIN:VTODO",
            "UID:todo-1@rapport",
            "DTSTAMP:20240301T093000Z",
            "SUMMARY:Call back Anna",
            "DESCRIPTION:About the C:\\\\ drive",
            "DUE;VALUE=DATE:20240305",
            "STATUS:NEEDS-ACTION",
            "PRIORITY:1",
            "CATEGORIES:Calls,Clients\\, key",
            "RELATED-TO:event-1@rapport",
            "END:VTODO",
            "BEGIN:VTODO",
            "UID:todo-2@rapport",
            "DTSTAMP:20240301T093000Z",
            "SUMMARY:Send contract",
            "DUE:20240301T135959Z",
            "STATUS:COMPLETED",
            "COMPLETED:20240301T104640Z",
            "END:VTODO",
            "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined()
        XCTAssertEqual(ICalendarWriter().string(events: sampleEvents, todos: sampleTodos, timestamp: stamp), expected)
    }

    func testEmptyCalendar() {
        XCTAssertEqual(ICalendarWriter().string(timestamp: stamp),
                       "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//Rapport CRM//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n")
    }

    func testTextEscaping() {
        XCTAssertEqual(ICalendarValueFormatting.text("a\\b;c,d\ne\r\nf\rg:h"), "a\\\\b\\;c\\,d\\ne\\nf\\ng:h")
    }

    func testDatesAndDurations() {
        XCTAssertEqual(ICalendarValueFormatting.utcDateTime(Date(timeIntervalSince1970: 0)), "19700101T000000Z")
        XCTAssertEqual(ICalendarValueFormatting.utcDateTime(Date(timeIntervalSince1970: -1)), "19691231T235959Z")
        // 2000-02-29 (leap day of a year divisible by 400) at 23:59:59.
        XCTAssertEqual(ICalendarValueFormatting.utcDateTime(Date(timeIntervalSince1970: 951_868_799)), "20000229T235959Z")
        XCTAssertEqual(ICalendarValueFormatting.utcDateTime(Date(timeIntervalSince1970: 4_102_444_800)), "21000101T000000Z")
        XCTAssertEqual(ICalendarValueFormatting.date8(ICalDate(year: 987, month: 1, day: 2)), "09870102")
        XCTAssertEqual(ICalendarValueFormatting.duration(seconds: 0), "PT0S")
        XCTAssertEqual(ICalendarValueFormatting.duration(seconds: 45 * 60), "PT45M")
        XCTAssertEqual(ICalendarValueFormatting.duration(seconds: 86_400), "P1D")
        XCTAssertEqual(ICalendarValueFormatting.duration(seconds: 2 * 86_400 + 3 * 3600 + 4 * 60 + 5), "P2DT3H4M5S")
        XCTAssertEqual(ICalendarValueFormatting.duration(seconds: -1800), "-PT30M")
        XCTAssertEqual(ICalendarValueFormatting.duration(seconds: 3600), "PT1H")
    }

    func testPriorityIsClamped() {
        let output = ICalendarWriter().string(todos: [ICalTodo(uid: "u", summary: "s", priority: 42)], timestamp: stamp)
        XCTAssertTrue(output.contains("\r\nPRIORITY:9\r\n"))
    }

    func testFoldsLongLinesAt75OctetsOnCharacterBoundaries() throws {
        let summary = String(repeating: "Überprüfung 日本 🙂 ", count: 12)
        let output = ICalendarWriter().string(todos: [ICalTodo(uid: "u", summary: summary)], timestamp: stamp)
        let lines = output.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 75 })
        XCTAssertGreaterThan(lines.filter { $0.hasPrefix(" ") }.count, 3)
        XCTAssertFalse(output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Unfolding (remove CRLF + one space) restores the escaped value exactly.
        let unfolded = output.replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(unfolded.contains("\r\nSUMMARY:" + ICalendarValueFormatting.text(summary) + "\r\n"))
        for line in Data(output.utf8).split(separator: 0x0A) {
            XCTAssertNotNil(String(validating: line, as: UTF8.self))
        }
    }

    /// An independent reader: python's `icalendar` package (CI installs it with pip).
    func testPythonICalendarReadsTheOutput() throws {
        guard Self.pythonHasICalendar() else {
            throw XCTSkip("python3 with the icalendar package is not installed (pip install icalendar); skipping the cross-check")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("export.ics")
        var events = sampleEvents
        events[0].description = String(repeating: "Lungo testo con accenti àèìòù e emoji 🙂, ", count: 6)
        try ICalendarWriter().data(events: events, todos: sampleTodos, timestamp: stamp).write(to: file)

        let script = """
        import json, sys, icalendar
        with open(sys.argv[1], 'rb') as f:
            calendar = icalendar.Calendar.from_ical(f.read())
        out = []
        for component in calendar.walk():
            if component.name in ('VEVENT', 'VTODO'):
                out.append([component.name, str(component.get('SUMMARY')), str(component.get('DESCRIPTION', '')),
                            [str(c) for c in (component.get('CATEGORIES').cats if component.get('CATEGORIES') else [])]])
        print(json.dumps({'prodid': str(calendar.get('PRODID')), 'components': out}))
        """
        let output = try ExternalCommand.run(["python3", "-c", script, file.path])
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["prodid"] as? String, "-//Rapport//Rapport CRM//EN")
        let components = try XCTUnwrap(parsed["components"] as? [[Any]])
        XCTAssertEqual(components.compactMap { $0.first as? String }, ["VEVENT", "VEVENT", "VTODO", "VTODO"])
        XCTAssertEqual(components.compactMap { $0[1] as? String },
                       ["Lunch with Rossi, Mario", "Office closed", "Call back Anna", "Send contract"])
        XCTAssertEqual(components[0][2] as? String, events[0].description)
        XCTAssertEqual(components[2][2] as? String, "About the C:\\ drive")
        XCTAssertEqual(components[2][3] as? [String], ["Calls", "Clients, key"])
    }

    private static func pythonHasICalendar() -> Bool {
        (try? ExternalCommand.run(["python3", "-c", "import icalendar"])) != nil
    }
}
