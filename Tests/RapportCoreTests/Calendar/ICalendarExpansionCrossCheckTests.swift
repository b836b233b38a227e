import Foundation
import XCTest
@testable import RapportCore

/// The three fixtures' meetings in the default window, as python's `icalendar` with
/// `recurring_ical_events` expands them (skipped where they are not installed): the same
/// summaries at the same instants (floating times read in Rome on both sides).
final class ICalendarExpansionCrossCheckTests: XCTestCase {
    private typealias F = CalendarFixtures

    func testPythonExpandsTheFixturesAlike() throws {
        guard (try? Self.run(["python3", "-c", "import icalendar, recurring_ical_events"])) != nil else {
            throw XCTSkip("python3 with icalendar and recurring_ical_events is not installed; skipping the cross-check")
        }
        let script = """
        import sys, icalendar, recurring_ical_events, datetime as d, zoneinfo
        rome = zoneinfo.ZoneInfo('Europe/Rome')
        c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for e in recurring_ical_events.of(c).between(d.date(2026, 9, 2), d.date(2027, 3, 2)):
            s = e.decoded('DTSTART')
            if isinstance(s, d.datetime):
                s = (s if s.tzinfo else s.replace(tzinfo=rome)).astimezone(d.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
            else:
                s = s.strftime('%Y%m%d')
            print(str(e.get('SUMMARY')) + '|' + s)
        """
        for name in ["google", "outlook", "apple"] {
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/Calendar/\(name).ics").path
            let python = Set(try Self.run(["python3", "-c", script, path]).split(separator: "\n").map(String.init))
            let ours = Set(ICalendarOccurrences.read(F.text(name), from: F.from, to: F.to, timeZone: F.rome).occurrences.map { occurrence in
                switch occurrence.when {
                case .timed(let start, _): return occurrence.summary + "|" + ICalLocalValue.utcBasic(start)
                case .allDay(let first, _): return occurrence.summary + "|" + ICalLocalValue.dateBasic(first)
                }
            })
            XCTAssertEqual(ours, python, name)
        }
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
        guard process.terminationStatus == 0 else { throw NSError(domain: "ICalendarExpansionCrossCheckTests", code: Int(process.terminationStatus)) }
        return String(decoding: data, as: UTF8.self)
    }
}
