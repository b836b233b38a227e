import Foundation
import XCTest
@testable import RapportCore

private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

final class RecurringTasksTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_796_126_400)  // 2026-12-01 12:00 UTC

    private func bookWithSeries(_ rule: Recurrence, type: TaskType = .call) -> (Book, ActivityID) {
        var book = Book()
        var task = Activity(id: book.activities.nextID(), createdAt: now, task: type, summary: "Weekly check-in", due: day("2026-12-01"),
                            dueTime: LocalTime(hour: 9, minute: 30), contactID: ContactID("con-000001"),
                            opportunityID: OpportunityID("opp-000002"), notes: "agenda in the doc")
        task.durationMinutes = 30
        task.recurrence = rule
        book.activities.upsert(task)
        return (book, task.id)
    }

    func testDoneRecordsThisOccurrenceAndPlansTheNext() throws {
        var (book, id) = bookWithSeries(Recurrence(.weekly, weekdays: [2, 4], end: .count(3)))
        let logged = TaskActions.complete(id, in: &book, at: now)
        let done = try XCTUnwrap(book.activities[id])
        XCTAssertEqual(done.doneAt, now)
        XCTAssertNil(done.recurrence, "the series lives on its open occurrence")
        let next = try XCTUnwrap(book.activities.all.first { $0.isOpenTask })
        // Tue 1 Dec → Thu 3 Dec, same time, links, notes; two left.
        XCTAssertEqual(next.dueDate, day("2026-12-03"))
        XCTAssertEqual(next.dueTime, LocalTime(hour: 9, minute: 30))
        XCTAssertEqual(next.durationMinutes, 30)
        XCTAssertEqual(next.contactID, ContactID("con-000001"))
        XCTAssertEqual(next.opportunityID, OpportunityID("opp-000002"))
        XCTAssertEqual(next.notes, "agenda in the doc")
        XCTAssertEqual(next.recurrence?.end, .count(2))
        // The call was logged as an interaction too, as for any call.
        XCTAssertEqual(logged.flatMap { book.activities[$0]?.channel }, .phone)
        XCTAssertEqual(book.activities.count, 3)
    }

    func testTheLastOccurrenceEndsTheSeries() {
        var (book, id) = bookWithSeries(Recurrence(.daily, end: .count(1)), type: .todo)
        TaskActions.complete(id, in: &book, at: now)
        XCTAssertEqual(book.activities.count, 1)
        XCTAssertFalse(book.activities.all.contains { $0.isOpenTask })
    }

    func testSkipMovesWithoutRecordingDone() {
        var (book, id) = bookWithSeries(Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5), end: .until(day("2027-01-31"))))
        // The last Friday after Tue 1 Dec 2026: Fri 25 Dec; then Fri 29 Jan 2027; then the series is over.
        XCTAssertEqual(RecurringTasks.skip(id, in: &book, at: now), .moved(day("2026-12-25")))
        XCTAssertNil(book.activities[id]?.doneAt)
        XCTAssertEqual(book.activities.count, 1)
        XCTAssertEqual(RecurringTasks.skip(id, in: &book, at: now), .moved(day("2027-01-29")))
        XCTAssertEqual(RecurringTasks.skip(id, in: &book, at: now), .lastOccurrence)
        XCTAssertEqual(book.activities[id]?.dueDate, day("2027-01-29"))
    }

    func testSkippingATaskThatDoesNotRepeatIsRefused() {
        var book = Book()
        let task = Activity(id: book.activities.nextID(), createdAt: now, task: .todo, summary: "Once", due: day("2026-12-01"))
        book.activities.upsert(task)
        XCTAssertEqual(RecurringTasks.skip(task.id, in: &book, at: now), .notRecurring)
    }

    /// Both readers and writers agree on `recurrence` and `externalID`; a book without them loads unchanged.
    func testStoredByBothPaths() throws {
        var (book, id) = bookWithSeries(Recurrence(.weekly, interval: 2, weekdays: [1, 4], end: .until(day("2027-06-30"))))
        book.activities.update(id) { $0.externalID = "ics:abc@example.com#20261201T083000Z" }
        var other = Activity(id: book.activities.nextID(), createdAt: now, task: .todo, summary: "Monthly", due: day("2026-12-15"))
        other.recurrence = Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 5), end: .count(4))
        book.activities.upsert(other)
        let slow = try CollectionCoding.encodeWithCodable(book.activities, as: .activities)
        let fast = try XCTUnwrap(FastCollectionCoding.encode(book.activities, as: .activities))
        XCTAssertEqual(String(decoding: fast, as: UTF8.self), String(decoding: slow, as: UTF8.self))
        let text = String(decoding: fast, as: UTF8.self)
        XCTAssertTrue(text.contains(#""recurrence":{"frequency":"weekly","interval":2,"until":"2027-06-30","weekdays":[1,4]}"#)
                      || text.contains(#""until": "2027-06-30""#), text)
        let decoded = try XCTUnwrap(FastCollectionCoding.decode(Activity.self, from: slow, collection: .activities))
        XCTAssertEqual(decoded[id], book.activities[id])
        XCTAssertEqual(decoded[other.id]?.recurrence, other.recurrence)
        let full = try CollectionCoding.decode(Activity.self, from: fast, collection: .activities, path: "activities.json")
        XCTAssertEqual(full.first { $0.id == id }?.externalID, "ics:abc@example.com#20261201T083000Z")
        // A task without either writes neither key.
        let plain = Activity(id: ActivityID("act-000009"), createdAt: now, task: .todo, summary: "Plain", due: nil)
        let plainText = String(decoding: try XCTUnwrap(FastCollectionCoding.encode(RecordTable([plain]), as: .activities)), as: UTF8.self)
        XCTAssertFalse(plainText.contains("recurrence"))
        XCTAssertFalse(plainText.contains("externalID"))
    }

    func testExportWritesTheRule() throws {
        var (book, id) = bookWithSeries(Recurrence(.weekly, interval: 2, weekdays: [2, 4], end: .count(10)), type: .meeting)
        var todo = Activity(id: book.activities.nextID(), createdAt: now, task: .todo, summary: "Invoices", due: day("2026-12-31"))
        todo.recurrence = Recurrence(.monthly, monthly: .weekday(ordinal: -1, weekday: 4), end: .until(day("2027-06-30")))
        book.activities.upsert(todo)
        var timed = Activity(id: book.activities.nextID(), createdAt: now, task: .meeting, summary: "Standup", due: day("2026-12-01"),
                             dueTime: LocalTime(hour: 9, minute: 0))
        timed.recurrence = Recurrence(.daily, end: .until(day("2026-12-04")))
        book.activities.upsert(timed)
        let text = ICalendarExporter.string(of: book, now: now, timeZone: TimeZone(identifier: "Europe/Rome") ?? .current)
        XCTAssertNotNil(book.activities[id])
        XCTAssertTrue(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10\r\n"), text)
        XCTAssertTrue(text.contains("DTSTART;VALUE=DATE:20261231\r\nRRULE:FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20270630\r\n"), text)
        // Until Fri 4 Dec, the end of that day in Rome (UTC+1): 22:59:59Z.
        XCTAssertTrue(text.contains("RRULE:FREQ=DAILY;UNTIL=20261204T225959Z\r\n"), text)
    }
}
