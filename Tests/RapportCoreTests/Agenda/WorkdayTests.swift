import Foundation
import XCTest
@testable import RapportCore

/// Keep in touch, the day's agenda and the reminders, on a fixed clock: Sunday 2026-11-22,
/// 14:28 UTC. Every expectation is counted by hand from the dates below.
final class WorkdayTests: XCTestCase {
    private let utc = TimeZone(identifier: "UTC") ?? .current
    private let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
    private var now: Date { today.startOfDay(in: utc).addingTimeInterval(14 * 3600 + 28 * 60) }
    private func day(_ offset: Int, hour: Int = 10) -> Date {
        today.adding(days: offset).startOfDay(in: utc).addingTimeInterval(TimeInterval(hour * 3600))
    }

    // MARK: cadence input

    func testCadenceReadsDaysWeeksMonthsAndOff() {
        XCTAssertEqual(CadenceInput.parse("30"), .days(30))
        XCTAssertEqual(CadenceInput.parse(" 30d "), .days(30))
        XCTAssertEqual(CadenceInput.parse("2w"), .days(14))
        XCTAssertEqual(CadenceInput.parse("3M"), .days(90))
        XCTAssertEqual(CadenceInput.parse(""), .off)
        XCTAssertEqual(CadenceInput.parse("off"), .off)
        XCTAssertNil(CadenceInput.parse("0"))
        XCTAssertNil(CadenceInput.parse("-3d"))
        XCTAssertNil(CadenceInput.parse("3x"))
        XCTAssertNil(CadenceInput.parse("20y"))
        XCTAssertEqual(CadenceInput.text(14), "2w")
        XCTAssertEqual(CadenceInput.text(30), "30d")
        XCTAssertEqual(CadenceInput.text(nil), "")
    }

    func testReminderSpanReadsMinutesAndHours() {
        XCTAssertEqual(TaskReminder.minutes("15m"), 15)
        XCTAssertEqual(TaskReminder.minutes("15min"), 15)
        XCTAssertEqual(TaskReminder.minutes("90"), 90)
        XCTAssertEqual(TaskReminder.minutes("1h"), 60)
        XCTAssertNil(TaskReminder.minutes("soon"))
        XCTAssertNil(TaskReminder.minutes(""))
    }

    // MARK: keep in touch

    private func contact(_ number: Int, tags: [String] = [], cadence: Int? = nil, added: Date? = nil) -> Contact {
        var contact = Contact(id: ContactID(number: number), createdAt: added ?? day(-100), firstName: "C\(number)", lastName: "X", tags: tags)
        contact.keepInTouchDays = cadence
        return contact
    }

    func testOwnCadenceWinsOverTagsAndTheShortestTagApplies() {
        var settings = Settings()
        settings.keepInTouch = ["VIP": 14, "partner": 30]
        XCTAssertEqual(KeepInTouch.cadence(of: contact(1, tags: ["vip", "partner"]), settings: settings), 14)
        XCTAssertEqual(KeepInTouch.cadence(of: contact(2, tags: ["vip"], cadence: 60), settings: settings), 60)
        XCTAssertEqual(KeepInTouch.cadence(of: contact(3, tags: ["partner"]), settings: settings), 30)
        XCTAssertNil(KeepInTouch.cadence(of: contact(4, tags: ["other"]), settings: settings))
    }

    func testDueWhenTheLastTouchIsOlderThanTheCadenceAndAnInteractionResetsIt() {
        // Cadence 30: touched 30 days ago is not yet due (not older), 31 days ago is (1 day over).
        let thirty = contact(1, cadence: 30), thirtyOne = contact(2, cadence: 30)
        // Never touched, added 10 days ago with a 7-day cadence: due, 3 days over.
        let fresh = contact(3, cadence: 7, added: day(-10))
        // A done task counts as a touch: 5 days ago with a 7-day cadence, not due.
        let tasked = contact(4, cadence: 7)
        let noCadence = contact(5)
        var task = Activity(id: ActivityID(number: 3), createdAt: day(-9), task: .call, summary: "Call", due: today.adding(days: -5),
                            contactID: tasked.id)
        task.doneAt = day(-5)
        var book = Book(contacts: [thirty, thirtyOne, fresh, tasked, noCadence], activities: [
            Activity(id: ActivityID(number: 1), createdAt: day(-30), channel: .phone, direction: .outbound, summary: "a", occurredAt: day(-30), contactID: thirty.id),
            Activity(id: ActivityID(number: 2), createdAt: day(-31), channel: .email, direction: .inbound, summary: "b", occurredAt: day(-31), contactID: thirtyOne.id),
            task,
        ])
        let due = KeepInTouch.dueContacts(in: book, now: now, timeZone: utc)
        XCTAssertEqual(due.map(\.contactID), [fresh.id, thirtyOne.id], "the longest overdue first")
        XCTAssertEqual(due.map(\.daysOver), [3, 1])
        XCTAssertNil(due[0].lastTouch)
        // Logging an interaction today takes the contact off the list: nothing is stored.
        book.activities.upsert(Activity(id: ActivityID(number: 4), createdAt: now, channel: .phone, direction: .outbound, summary: "c",
                                        occurredAt: now, contactID: thirtyOne.id))
        XCTAssertEqual(KeepInTouch.dueContacts(in: book, now: now, timeZone: utc).map(\.contactID), [fresh.id])
    }

    func testASegmentsCadenceAppliesUnlessTheContactHasItsOwnAndTheShortestWins() {
        // As of 2026-11-22: a purchase 400 days ago and none since makes an ex-customer
        // (bought before, none in 12 months); no purchase at all, a prospect.
        let lapsed = contact(1), ownCadence = contact(2, cadence: 60), vip = contact(3, tags: ["vip"]), prospect = contact(4)
        func purchase(_ number: Int, _ who: Contact) -> Purchase {
            Purchase(id: PurchaseID(number: number), createdAt: day(-400), contactID: who.id, date: today.adding(days: -400),
                     amount: Money(minorUnits: 10_000, currency: .eur), product: "Frames", category: "Optics")
        }
        func touch(_ number: Int, _ who: Contact, daysAgo: Int) -> Activity {
            Activity(id: ActivityID(number: number), createdAt: day(-daysAgo), channel: .phone, direction: .outbound, summary: "t",
                     occurredAt: day(-daysAgo), contactID: who.id)
        }
        var book = Book(contacts: [lapsed, ownCadence, vip, prospect],
                        activities: [touch(1, lapsed, daysAgo: 40), touch(2, ownCadence, daysAgo: 40), touch(3, vip, daysAgo: 20),
                                     touch(4, prospect, daysAgo: 40)])
        book.purchases.upsert(purchase(1, lapsed))
        book.purchases.upsert(purchase(2, ownCadence))
        book.purchases.upsert(purchase(3, vip))
        XCTAssertEqual(Reports.segments(book, asOf: today, timeZone: utc).segment(for: lapsed.id), .exCustomer)
        XCTAssertEqual(Reports.segments(book, asOf: today, timeZone: utc).segment(for: prospect.id), .prospect)
        book.settings.keepInTouchSegments = ["ex-customer": 30]
        book.settings.keepInTouch = ["vip": 14]
        let due = KeepInTouch.dueContacts(in: book, now: now, timeZone: utc)
        // lapsed: 40 days since, segment's 30: 10 over. vip: 20 days since, min(tag 14, segment 30)
        // = 14: 6 over. ownCadence: its own 60 wins over the segment's 30: not due. prospect: no cadence.
        XCTAssertEqual(due.map(\.contactID), [lapsed.id, vip.id])
        XCTAssertEqual(due.map(\.daysOver), [10, 6])
        XCTAssertEqual(KeepInTouch.cadence(of: lapsed, settings: book.settings, segment: .exCustomer), 30)
        XCTAssertNil(KeepInTouch.cadence(of: prospect, settings: book.settings, segment: .prospect))
    }

    // MARK: the day's agenda

    func testDayAgendaListsOverdueTodayDealsAndTouches() {
        let giulia = contact(1, cadence: 14)
        let late = Activity(id: ActivityID(number: 1), createdAt: day(-3), task: .call, summary: "Late", due: today.adding(days: -2), contactID: giulia.id)
        let earlier = Activity(id: ActivityID(number: 2), createdAt: day(-3), task: .call, summary: "Morning", due: today,
                               dueTime: LocalTime(hour: 9, minute: 0))
        let later = Activity(id: ActivityID(number: 3), createdAt: day(-3), task: .meeting, summary: "Afternoon", due: today,
                             dueTime: LocalTime(hour: 14, minute: 30))
        let allDay = Activity(id: ActivityID(number: 4), createdAt: day(-3), task: .todo, summary: "Any time", due: today)
        let tomorrow = Activity(id: ActivityID(number: 5), createdAt: day(-3), task: .todo, summary: "Tomorrow", due: today.adding(days: 1))
        // Entered "new" (rots after 14 days) 20 days ago: rotting. Another, fresh, but its close date was yesterday.
        let rotting = Opportunity(id: OpportunityID(number: 1), createdAt: day(-20), title: "Old", stageID: "new",
                                  amount: Money(major: 1, currency: .eur))
        let pastClose = Opportunity(id: OpportunityID(number: 2), createdAt: day(-1), title: "Late close", stageID: "new",
                                    amount: Money(major: 1, currency: .eur), expectedClose: today.adding(days: -1))
        let fine = Opportunity(id: OpportunityID(number: 3), createdAt: day(-1), title: "Fine", stageID: "new",
                               amount: Money(major: 1, currency: .eur), expectedClose: today)
        let book = Book(contacts: [giulia], opportunities: [rotting, pastClose, fine],
                        activities: [late, earlier, later, allDay, tomorrow])
        let agenda = DayAgenda(book: book, now: now, timeZone: utc)
        // 09:00 is past at 14:28: overdue, after the task two days late.
        XCTAssertEqual(agenda.overdue.map(\.summary), ["Late", "Morning"])
        XCTAssertEqual(agenda.today.map(\.summary), ["Afternoon", "Any time"])
        XCTAssertEqual(agenda.deals.map(\.opportunityID), [rotting.id, pastClose.id])
        XCTAssertEqual(agenda.deals.map(\.isRotting), [true, false])
        XCTAssertEqual(agenda.deals.map(\.isPastClose), [false, true])
        XCTAssertEqual(agenda.deals.first?.idleDays, 20)
        // Added 100 days ago, never touched (an open task is not a touch), every 14 days.
        XCTAssertEqual(agenda.touches.map(\.daysSince), [100])
        XCTAssertEqual(agenda.itemCount, 7)
        XCTAssertTrue(DayAgenda(book: Book(), now: now, timeZone: utc).isEmpty)
    }

    // MARK: reminders

    func testReminderFiresAtItsTimeOnceAndNotAfterTheGrace() {
        let at1430 = Activity(id: ActivityID(number: 1), createdAt: day(-1), task: .call, summary: "Call Rossi", due: today,
                              dueTime: LocalTime(hour: 14, minute: 30))
        let at1420 = Activity(id: ActivityID(number: 2), createdAt: day(-1), task: .call, summary: "Past", due: today,
                              dueTime: LocalTime(hour: 14, minute: 20))
        var done = Activity(id: ActivityID(number: 3), createdAt: day(-1), task: .call, summary: "Done", due: today,
                            dueTime: LocalTime(hour: 14, minute: 30))
        done.doneAt = day(-1)
        let untimed = Activity(id: ActivityID(number: 4), createdAt: day(-1), task: .todo, summary: "Untimed", due: today)
        let book = Book(activities: [at1430, at1420, done, untimed])
        let candidates = TaskReminder.timedTasks(book.activities, on: today)
        XCTAssertEqual(candidates.map(\.id), [at1420.id, at1430.id])
        // 14:28: nothing yet (14:20 is 8 minutes late, past the 5 minutes of grace).
        XCTAssertEqual(TaskReminder.dueNow(candidates, now: now, timeZone: utc, fired: []), [])
        let at = now.addingTimeInterval(2 * 60)  // 14:30:00
        XCTAssertEqual(TaskReminder.dueNow(candidates, now: at, timeZone: utc, fired: []).map(\.id), [at1430.id])
        XCTAssertEqual(TaskReminder.dueNow(candidates, now: at.addingTimeInterval(60), timeZone: utc, fired: [at1430.id]), [])
        XCTAssertEqual(TaskReminder.dueNow(candidates, now: at.addingTimeInterval(5 * 60), timeZone: utc, fired: []), [])
        // rapport remind --within 15m at 14:28 sees 14:30; within 1m it does not.
        XCTAssertEqual(TaskReminder.upcoming(in: book.activities, now: now, timeZone: utc, minutes: 15).map(\.id), [at1430.id])
        XCTAssertEqual(TaskReminder.upcoming(in: book.activities, now: now, timeZone: utc, minutes: 1), [])
    }

    // MARK: storage

    func testCadenceIsWrittenOnlyWhenSetAndReadByBothPaths() throws {
        var settings = Settings()
        settings.keepInTouch = ["vip": 14]
        settings.reminderBell = false
        let json = String(decoding: try JSONWriter.write(try JSONValueEncoder().encode(settings)), as: UTF8.self)
        XCTAssertTrue(json.contains("\"keepInTouch\""), json)
        XCTAssertFalse(String(decoding: try JSONWriter.write(try JSONValueEncoder().encode(Settings())), as: UTF8.self).contains("keepInTouch"))
        let plain = contact(1)
        let withCadence = contact(2, cadence: 30)
        let bytes = try XCTUnwrap(FastCollectionCoding.encode(RecordTable([plain, withCadence]), as: .contacts))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "\"keepInTouchDays\"").count, 2, "written once, for the contact that has one")
        XCTAssertEqual(bytes, try CollectionCoding.encodeWithCodable(RecordTable([plain, withCadence]), as: .contacts))
        let fast = try XCTUnwrap(FastCollectionCoding.decode(Contact.self, from: bytes, collection: .contacts))
        XCTAssertEqual(fast[withCadence.id]?.keepInTouchDays, 30)
        XCTAssertNil(fast[plain.id]?.keepInTouchDays)
        let slow = try CollectionCoding.decode(Contact.self, from: bytes, collection: .contacts, path: "contacts.json")
        XCTAssertEqual(slow.first { $0.id == withCadence.id }?.keepInTouchDays, 30)
    }
}
