import XCTest
@testable import RapportCore

final class LocalDateTests: XCTestCase {
    func testParsesAndPrintsISODates() throws {
        let date = try XCTUnwrap(LocalDate("2026-11-22"))
        XCTAssertEqual(date.year, 2026)
        XCTAssertEqual(date.month, 11)
        XCTAssertEqual(date.day, 22)
        XCTAssertEqual(date.description, "2026-11-22")
        XCTAssertEqual(date.monthKey, "2026-11")
    }

    func testRejectsImpossibleAndMalformedDates() {
        for text in ["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "26-11-22", "2026/11/22", "", "2026-11-2x", "２０２６-11-22"] {
            XCTAssertNil(LocalDate(text), text)
        }
        XCTAssertNotNil(LocalDate("2024-02-29"))
        XCTAssertNil(LocalDate("1900-02-29"))
        XCTAssertNotNil(LocalDate("2000-02-29"))
    }

    func testDayNumbersMatchTheUnixEpoch() throws {
        XCTAssertEqual(try XCTUnwrap(LocalDate("1970-01-01")).dayNumber, 0)
        XCTAssertEqual(try XCTUnwrap(LocalDate("2000-03-01")).dayNumber, 11017)
        XCTAssertEqual(try XCTUnwrap(LocalDate("1969-12-31")).dayNumber, -1)
        for dayNumber in stride(from: -800_000, to: 2_900_000, by: 997) {
            XCTAssertEqual(LocalDate(dayNumber: dayNumber).dayNumber, dayNumber)
        }
    }

    func testMonthArithmeticClampsToTheMonthEnd() throws {
        let march31 = try XCTUnwrap(LocalDate("2026-03-31"))
        XCTAssertEqual(march31.adding(months: -1).description, "2026-02-28")
        XCTAssertEqual(try XCTUnwrap(LocalDate("2024-03-31")).adding(months: -1).description, "2024-02-29")
        XCTAssertEqual(march31.adding(months: 1).description, "2026-04-30")
        XCTAssertEqual(march31.adding(months: -15).description, "2024-12-31")
        XCTAssertEqual(try XCTUnwrap(LocalDate("2026-01-15")).adding(months: -13).description, "2024-12-15")
        XCTAssertEqual(try XCTUnwrap(LocalDate("2025-12-01")).months(until: try XCTUnwrap(LocalDate("2026-03-31"))), 3)
    }

    func testWeekdayIsISO() throws {
        XCTAssertEqual(try XCTUnwrap(LocalDate("2026-11-22")).weekday, 7) // a Sunday
        XCTAssertEqual(try XCTUnwrap(LocalDate("2026-11-23")).weekday, 1)
        XCTAssertEqual(try XCTUnwrap(LocalDate("1970-01-01")).weekday, 4)
    }

    func testConvertsInstantsInATimeZone() throws {
        // 23:30 UTC on 21 November is already 22 November in Rome.
        let instant = Date(timeIntervalSince1970: Double(try XCTUnwrap(LocalDate("2026-11-21")).dayNumber * 86_400 + 23 * 3600 + 1800))
        XCTAssertEqual(LocalDate(instant, in: try XCTUnwrap(TimeZone(identifier: "UTC"))).description, "2026-11-21")
        XCTAssertEqual(LocalDate(instant, in: try XCTUnwrap(TimeZone(identifier: "Europe/Rome"))).description, "2026-11-22")
        XCTAssertEqual(LocalDate(instant, in: try XCTUnwrap(TimeZone(identifier: "America/New_York"))).description, "2026-11-21")
    }

    func testLocalTime() {
        XCTAssertEqual(LocalTime("9:05")?.description, "09:05")
        XCTAssertNil(LocalTime("24:00"))
        XCTAssertNil(LocalTime("12:60"))
        XCTAssertNil(LocalTime("noon"))
    }
}
