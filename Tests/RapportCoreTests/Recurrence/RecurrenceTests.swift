import Foundation
import XCTest
@testable import RapportCore

private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

/// The series' dates, worked out by hand with a calendar (weekdays checked with python's datetime).
final class RecurrenceDatesTests: XCTestCase {
    func testDailyAndEveryThreeDays() {
        XCTAssertEqual(Recurrence(.daily).occurrence(after: day("2026-12-31")), day("2027-01-01"))
        XCTAssertEqual(Recurrence(.daily, interval: 3).occurrence(after: day("2026-12-30")), day("2027-01-02"))
    }

    func testEveryTwoWeeksOnMondayAndThursday() {
        let rule = Recurrence(.weekly, interval: 2, weekdays: [4, 1])
        // Tue 1 Dec 2026 → Thu 3 Dec (same week) → Mon 14 Dec (two weeks after Mon 30 Nov) → Thu 17 Dec.
        XCTAssertEqual(rule.occurrence(after: day("2026-12-01")), day("2026-12-03"))
        XCTAssertEqual(rule.occurrence(after: day("2026-12-03")), day("2026-12-14"))
        XCTAssertEqual(rule.occurrence(after: day("2026-12-14")), day("2026-12-17"))
        // Weekly without days keeps the due day's weekday: Tue 1 Dec → Tue 8 Dec.
        XCTAssertEqual(Recurrence(.weekly).occurrence(after: day("2026-12-01")), day("2026-12-08"))
    }

    func testMonthlyOnADaySkipsMonthsWithoutIt() {
        XCTAssertEqual(Recurrence(.monthly, monthly: .day(15)).occurrence(after: day("2026-12-01")), day("2026-12-15"))
        XCTAssertEqual(Recurrence(.monthly, monthly: .day(15)).occurrence(after: day("2026-12-15")), day("2027-01-15"))
        // The 31st: January, then March (February and its 28 days are skipped, as calendars do).
        XCTAssertEqual(Recurrence(.monthly).occurrence(after: day("2027-01-31")), day("2027-03-31"))
    }

    func testMonthlyOnTheLastAndTheSecondWeekday() {
        let lastFriday = Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5))
        // Fri 29 Jan 2027 is January's last Friday; February's is the 26th.
        XCTAssertEqual(lastFriday.occurrence(after: day("2027-01-15")), day("2027-01-29"))
        XCTAssertEqual(lastFriday.occurrence(after: day("2027-01-29")), day("2027-02-26"))
        // The second Tuesday of December 2026: Tue 1 Dec is the first, so the 8th.
        XCTAssertEqual(Recurrence(.monthly, monthly: .weekday(ordinal: 2, weekday: 2)).occurrence(after: day("2026-11-30")), day("2026-12-08"))
    }

    func testYearlyFromTheTwentyNinthOfFebruaryWaitsForALeapYear() {
        XCTAssertEqual(Recurrence(.yearly).occurrence(after: day("2028-02-29")), day("2032-02-29"))
        XCTAssertEqual(Recurrence(.yearly).occurrence(after: day("2026-12-01")), day("2027-12-01"))
    }

    func testTheEndStopsTheSeries() {
        let counted = Recurrence(.daily, end: .count(2))
        let step = counted.next(after: day("2026-12-01"))
        XCTAssertEqual(step?.day, day("2026-12-02"))
        XCTAssertEqual(step?.rule.end, .count(1))
        XCTAssertNil(step?.rule.next(after: day("2026-12-02")))
        XCTAssertNil(Recurrence(.weekly, end: .until(day("2026-12-07"))).next(after: day("2026-12-01")))
        XCTAssertEqual(Recurrence(.weekly, end: .until(day("2026-12-08"))).next(after: day("2026-12-01"))?.day, day("2026-12-08"))
        XCTAssertEqual(Recurrence(.weekly, weekdays: [1, 4], end: .count(3)).occurrences(from: day("2026-12-03"), through: day("2027-12-31")),
                       [day("2026-12-03"), day("2026-12-07"), day("2026-12-10")])
    }
}

final class RecurrenceTextTests: XCTestCase {
    private let today = day("2026-12-01")

    private func parse(_ text: String) -> Recurrence? { RecurrenceText.parse(text, today: today, order: .dayFirst) }

    func testTheDocumentedSpellings() {
        XCTAssertEqual(parse("daily"), Recurrence(.daily))
        XCTAssertEqual(parse("Weekly"), Recurrence(.weekly))
        XCTAssertEqual(parse("every 2 weeks on mon,thu"), Recurrence(.weekly, interval: 2, weekdays: [1, 4]))
        XCTAssertEqual(parse("every 3 days"), Recurrence(.daily, interval: 3))
        XCTAssertEqual(parse("every monday"), Recurrence(.weekly, weekdays: [1]))
        XCTAssertEqual(parse("monthly on 15"), Recurrence(.monthly, monthly: .day(15)))
        XCTAssertEqual(parse("monthly on the 15th"), Recurrence(.monthly, monthly: .day(15)))
        XCTAssertEqual(parse("monthly on last fri"), Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5)))
        XCTAssertEqual(parse("monthly on 2nd tue"), Recurrence(.monthly, monthly: .weekday(ordinal: 2, weekday: 2)))
        XCTAssertEqual(parse("yearly"), Recurrence(.yearly))
        XCTAssertEqual(parse("weekly on fri until 2027-06-30"), Recurrence(.weekly, weekdays: [5], end: .until(day("2027-06-30"))))
        XCTAssertEqual(parse("monthly 10 times"), Recurrence(.monthly, end: .count(10)))
        // The until date is any date `DateInput` reads: here day-first, and a relative one (today + 4 weeks).
        XCTAssertEqual(parse("daily until 30/06/2027"), Recurrence(.daily, end: .until(day("2027-06-30"))))
        XCTAssertEqual(parse("daily until +4w"), Recurrence(.daily, end: .until(day("2026-12-29"))))
    }

    func testItalianAndFrench() {
        XCTAssertEqual(parse("ogni 2 settimane il lun,gio fino al 30/06/2027"),
                       Recurrence(.weekly, interval: 2, weekdays: [1, 4], end: .until(day("2027-06-30"))))
        XCTAssertEqual(parse("mensile il ultimo venerdì, 5 volte"), Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5), end: .count(5)))
        XCTAssertEqual(parse("mensuel le dernier ven, 5 fois"), Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5), end: .count(5)))
        XCTAssertEqual(parse("toutes les 2 semaines le lundi jusqu'au 30/06/2027"),
                       Recurrence(.weekly, interval: 2, weekdays: [1], end: .until(day("2027-06-30"))))
    }

    func testNonsenseIsRefused() {
        for text in ["", "sometimes", "weekly on 15", "monthly on mon", "daily on mon", "every 0 days", "weekly until never",
                     "daily 3 times until 2027-01-01", "monthly on 32"] {
            XCTAssertNil(parse(text), text)
        }
    }

    func testWhatIsDescribedReadsBackTheSame() {
        let rules = [Recurrence(.daily), Recurrence(.weekly, interval: 2, weekdays: [1, 4], end: .count(10)),
                     Recurrence(.monthly, monthly: .day(15), end: .until(day("2027-06-30"))),
                     Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5)),
                     Recurrence(.monthly, interval: 3, monthly: .weekday(ordinal: 2, weekday: 2)), Recurrence(.yearly, interval: 2)]
        for rule in rules {
            let text = RecurrenceText.describe(rule)
            XCTAssertEqual(parse(text), rule, text)
        }
        XCTAssertEqual(RecurrenceText.describe(rules[1]), "every 2 weeks on mon,thu, 10 times")
        XCTAssertEqual(RecurrenceText.describe(rules[3]), "monthly on last fri")
    }
}

final class RecurrenceRRULETests: XCTestCase {
    func testWrittenAsCalendarsReadIt() {
        XCTAssertEqual(Recurrence(.weekly, interval: 2, weekdays: [1, 4], end: .count(10)).rrule(untilInstant: nil),
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10")
        XCTAssertEqual(Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5), end: .until(day("2027-06-30"))).rrule(untilInstant: nil),
                       "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630")
        XCTAssertEqual(Recurrence(.monthly, monthly: .day(15), end: .until(day("2027-06-30")))
            .rrule(untilInstant: Date(timeIntervalSince1970: 1_814_392_799)), "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270630T215959Z")
    }

    func testReadBack() {
        let until = { (text: String) in LocalDate(String(text.prefix(4)) + "-" + String(text.dropFirst(4).prefix(2)) + "-" + String(text.dropFirst(6).prefix(2))) }
        XCTAssertEqual(Recurrence(rrule: "FREQ=WEEKLY;WKST=MO;COUNT=6;BYDAY=TU,TH", until: until), Recurrence(.weekly, weekdays: [2, 4], end: .count(6)))
        XCTAssertEqual(Recurrence(rrule: "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630T215959Z", until: until),
                       Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5), end: .until(day("2027-06-30"))))
        XCTAssertEqual(Recurrence(rrule: "FREQ=YEARLY;BYMONTH=3", until: until), Recurrence(.yearly))
        XCTAssertNil(Recurrence(rrule: "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR", until: until))
        XCTAssertNil(Recurrence(rrule: "FREQ=HOURLY", until: until))
    }
}
