import XCTest
@testable import RapportCore

/// The one reader of typed dates. 2026-11-22 is a Sunday.
final class DateInputTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 11, day: 22)!

    private func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
    private func parse(_ text: String, _ order: DayOrder = .dayFirst) -> LocalDate? { DateInput.parse(text, today: today, order: order) }

    func testISODatesInEveryOrder() {
        XCTAssertEqual(parse("2026-12-31"), day(2026, 12, 31))
        XCTAssertEqual(parse("2026-12-31", .monthFirst), day(2026, 12, 31))
        XCTAssertEqual(parse(" 2026/12/31 "), day(2026, 12, 31))
        XCTAssertNil(parse("2026-02-30"))
    }

    func testNumericDatesFollowTheLocaleOrder() {
        XCTAssertEqual(parse("31/12/2026", .dayFirst), day(2026, 12, 31))
        XCTAssertNil(parse("31/12/2026", .monthFirst))
        XCTAssertEqual(parse("12/31/2026", .monthFirst), day(2026, 12, 31))
        XCTAssertEqual(parse("03/04/2026", .dayFirst), day(2026, 4, 3))
        XCTAssertEqual(parse("03/04/2026", .monthFirst), day(2026, 3, 4))
        XCTAssertEqual(parse("31.12.2026"), day(2026, 12, 31))
        // Without a year: this year.
        XCTAssertEqual(parse("24/12"), day(2026, 12, 24))
    }

    func testWordsInEnglishItalianAndFrench() {
        for word in ["today", "Today", "oggi", "aujourd'hui", "aujourd\u{2019}hui"] { XCTAssertEqual(parse(word), today, word) }
        for word in ["tomorrow", "domani", "demain", "DEMAIN"] { XCTAssertEqual(parse(word), day(2026, 11, 23), word) }
        for word in ["yesterday", "ieri", "hier"] { XCTAssertEqual(parse(word), day(2026, 11, 21), word) }
    }

    func testWeekdaysAreTheNextOccurrence() {
        for word in ["friday", "Fri", "venerdì", "venerdi", "vendredi"] { XCTAssertEqual(parse(word), day(2026, 11, 27), word) }
        for word in ["monday", "lunedì", "lundi"] { XCTAssertEqual(parse(word), day(2026, 11, 23), word) }
        // Today is a Sunday: "sunday" is next week's.
        for word in ["sunday", "domenica", "dimanche"] { XCTAssertEqual(parse(word), day(2026, 11, 29), word) }
    }

    func testOffsets() {
        XCTAssertEqual(parse("+3"), day(2026, 11, 25))
        XCTAssertEqual(parse("+3d"), day(2026, 11, 25))
        XCTAssertEqual(parse("+30"), day(2026, 12, 22))
        XCTAssertEqual(parse("+2w"), day(2026, 12, 6))
        XCTAssertEqual(parse("+1m"), day(2026, 12, 22))
        XCTAssertEqual(parse("-1w"), day(2026, 11, 15))
        XCTAssertEqual(parse("+1y"), day(2027, 11, 22))
        XCTAssertEqual(DateInput.parse("+1d", today: today, offsetsFrom: day(2026, 12, 1)), day(2026, 12, 2))
        for bad in ["+", "+x", "+3q", "+-3", "+99999", "soon", "", "31/13/2026", "2026-12"] { XCTAssertNil(parse(bad), bad) }
    }

    func testLocaleFromTheEnvironment() {
        XCTAssertEqual(DayOrder.locale(["LANG": "it_IT.UTF-8"]), .dayFirst)
        XCTAssertEqual(DayOrder.locale(["LANG": "fr_FR.UTF-8"]), .dayFirst)
        XCTAssertEqual(DayOrder.locale(["LANG": "en_US.UTF-8"]), .monthFirst)
        XCTAssertEqual(DayOrder.locale(["LANG": "en_GB.UTF-8"]), .dayFirst)
        XCTAssertEqual(DayOrder.locale(["LANG": "de_DE"]), .dayFirst)
        // POSIX precedence: LC_ALL, then LC_TIME, then LANG; empty values are unset.
        XCTAssertEqual(DayOrder.locale(["LC_ALL": "en_US.UTF-8", "LC_TIME": "it_IT", "LANG": "it_IT"]), .monthFirst)
        XCTAssertEqual(DayOrder.locale(["LC_ALL": "", "LC_TIME": "en_US", "LANG": "it_IT"]), .monthFirst)
        XCTAssertEqual(DayOrder.locale(["LC_TIME": "fr_FR@euro", "LANG": "en_US"]), .dayFirst)
        XCTAssertEqual(DayOrder.locale([:]), .dayFirst)
    }

    /// The reschedule prompt reads what the forms read.
    func testRescheduleReadsTheSameDates() {
        XCTAssertEqual(TaskActions.newDueDate("friday", current: nil, today: today), day(2026, 11, 27))
        XCTAssertEqual(TaskActions.newDueDate("tomorrow", current: day(2026, 12, 10), today: today), day(2026, 11, 23))
    }
}
