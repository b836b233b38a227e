import Foundation
import XCTest
@testable import RapportCore

/// Parsing, time zones and series expansion, against instants worked out by hand: Rome is
/// UTC+2 (CEST) until Sun 25 Oct 2026 03:00 and UTC+1 (CET) after it, until Sun 28 Mar 2027.
final class ICalendarReadingTests: XCTestCase {
    private typealias F = CalendarFixtures

    private func read(_ name: String, to: Date = F.to) -> ICalReadout {
        ICalendarOccurrences.read(F.text(name), from: F.from, to: to, timeZone: F.rome)
    }

    private func starts(_ readout: ICalReadout, uid prefix: String) -> [Date] {
        readout.occurrences.filter { $0.uid.hasPrefix(prefix) }.compactMap {
            if case .timed(let start, _) = $0.when { return start }
            return nil
        }.sorted()
    }

    func testFoldedLinesQuotesAndEscapes() {
        let roots = ICalendarParser.parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Long\r\n  title\\, with\\nbreak\r\n"
                                          + "ATTENDEE;CN=\"Rossi; Mario: CEO\";ROLE=CHAIR:mailto:m@r.it\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        let event = roots.first?.children("VEVENT").first
        XCTAssertEqual(event.flatMap { $0.first("SUMMARY") }.map { ICalendarParser.text($0.value) }, "Long title, with\nbreak")
        XCTAssertEqual(event?.first("ATTENDEE")?.parameter("CN"), "Rossi; Mario: CEO")
        XCTAssertEqual(event?.first("ATTENDEE")?.value, "mailto:m@r.it")
    }

    func testVTimeZoneRulesGiveDaylightAndStandardTime() throws {
        let calendar = try XCTUnwrap(ICalendarParser.parse(F.text("outlook")).first)
        let rules = VTimeZoneRules(try XCTUnwrap(calendar.children("VTIMEZONE").first))
        let zone = ICalZone.rules(rules)
        let day = { (text: String) in LocalDate(text) ?? LocalDate(dayNumber: 0) }
        // 10:00 on Tue 20 Oct 2026 is CEST (UTC+2): 08:00Z; on Tue 27 Oct, CET: 09:00Z.
        XCTAssertEqual(zone.instant(day("2026-10-20"), seconds: 36_000), F.utc("2026-10-20T08:00:00Z"))
        XCTAssertEqual(zone.instant(day("2026-10-27"), seconds: 36_000), F.utc("2026-10-27T09:00:00Z"))
        // Summer again from Sun 28 Mar 2027: 12:00 on 1 Apr is 10:00Z.
        XCTAssertEqual(zone.instant(day("2027-04-01"), seconds: 43_200), F.utc("2027-04-01T10:00:00Z"))
        // Without a VTIMEZONE the Windows name still finds the zone.
        XCTAssertEqual(ICalZone.systemZone("W. Europe Standard Time")?.identifier, "Europe/Berlin")
        XCTAssertEqual(ICalZone.systemZone("/mozilla.org/20050126_1/Europe/Rome")?.identifier, "Europe/Rome")
        XCTAssertNil(ICalZone.systemZone("Somewhere Standard Time"))
    }

    func testGoogleWeeklySeriesWithExdateAndOverride() {
        let readout = read("google")
        // COUNT=6 from Tue 20 Oct: 20 Oct, 27 Oct, [3 Nov: EXDATE], 10 Nov (moved to Wed 11 Nov 15:00), 17 Nov, 24 Nov.
        XCTAssertEqual(starts(readout, uid: "7kq2"), [F.utc("2026-10-20T08:00:00Z"), F.utc("2026-10-27T09:00:00Z"),
                                                     F.utc("2026-11-11T14:00:00Z"), F.utc("2026-11-17T09:00:00Z"),
                                                     F.utc("2026-11-24T09:00:00Z")])
        let moved = readout.occurrences.first { $0.summary.hasSuffix("(moved to Wednesday)") }
        XCTAssertEqual(moved?.externalID, "ics:7kq2weeklysync0001@google.com#20261110T090000Z")
        XCTAssertEqual(readout.occurrences.first { $0.recurrenceKey == "20261020T080000Z" }?.emails,
                       ["mario.bianchi@example.com", "giulia@rossi.it"])
        let single = readout.occurrences.first { $0.uid == "0contractreview22@google.com" }
        XCTAssertEqual(single?.externalID, "ics:0contractreview22@google.com")
        XCTAssertEqual(single?.when, .timed(start: F.utc("2026-12-10T14:00:00Z"), seconds: 5_400))
        XCTAssertEqual(readout.occurrences.first { $0.uid.hasPrefix("0allday") }?.when,
                       .allDay(first: LocalDate(year: 2026, month: 12, day: 15) ?? LocalDate(dayNumber: 0), days: 1))
        XCTAssertEqual(readout.occurrences.count, 8)
        XCTAssertEqual(readout.eventCount, 5)
    }

    func testOutlookMonthlySeriesInAWindowsZone() {
        // First Thursdays at 09:30 CET (08:30Z): 3 Dec, [7 Jan: EXDATE], 4 Feb; 4 Mar is after the window.
        XCTAssertEqual(starts(read("outlook"), uid: "0400"), [F.utc("2026-12-03T08:30:00Z"), F.utc("2027-02-04T08:30:00Z")])
        // A wider window reaches 4 Mar, which UNTIL (08:30Z that day) still includes.
        let wide = read("outlook", to: F.utc("2027-07-01T00:00:00Z"))
        XCTAssertEqual(starts(wide, uid: "0400").last, F.utc("2027-03-04T08:30:00Z"))
        XCTAssertEqual(starts(wide, uid: "0400").count, 3)
        XCTAssertEqual(wide.occurrences.first?.emails, ["anna.verdi@verdi.it", "giulia@rossi.it"])
        XCTAssertTrue(wide.occurrences.first?.description.contains("solleciti e previsioni") ?? false)
    }

    func testAppleFloatingTimeDailyUntilAndYearlyAllDay() {
        let readout = read("apple")
        // Floating 11:30 is 11:30 where the user is: 10:30Z in Rome in December.
        XCTAssertEqual(readout.occurrences.first { $0.summary == "Coffee with Anna" }?.when,
                       .timed(start: F.utc("2026-12-04T10:30:00Z"), seconds: 1_800))
        // Daily at 09:00 Rome (08:00Z) until 07:59:59Z on 4 Dec: 30 Nov, 1 Dec, [2 Dec: EXDATE], 3 Dec moved to 10:00.
        XCTAssertEqual(starts(readout, uid: "B7C1"), [F.utc("2026-11-30T08:00:00Z"), F.utc("2026-12-01T08:00:00Z"),
                                                     F.utc("2026-12-03T09:00:00Z")])
        XCTAssertEqual(readout.occurrences.first { $0.summary.hasSuffix("(late start)") }?.recurrenceKey, "20261203T080000Z")
        XCTAssertEqual(readout.occurrences.first { $0.summary == "Coffee with Anna" }?.emails, ["anna@verdi.it", "giulia@rossi.it"])
        // Yearly all day from 8 Dec 2026: only this year's falls in the window.
        XCTAssertEqual(readout.occurrences.filter { $0.uid.hasPrefix("A1B2") }.map(\.recurrenceKey), ["20261208"])
    }
}
