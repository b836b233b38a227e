import Foundation
import XCTest
@testable import RapportCore

final class ICalendarImporterTests: XCTestCase {
    private typealias F = CalendarFixtures

    private func run(_ text: String, into book: Book) -> ICalendarImportResult {
        ICalendarImporter.run(text, into: book, from: F.from, to: F.to, now: F.now, timeZone: F.rome)
    }

    private func meeting(_ book: Book, _ externalID: String) -> Activity? { book.activities.all.first { $0.externalID == externalID } }

    func testMeetingsLandOnTheContactsTimelines() throws {
        let result = run(F.text("google"), into: F.book())
        XCTAssertEqual(result.created.count, 7)
        XCTAssertEqual(result.unmatched, ["Dentist"])
        let book = result.book
        // Past: done at its end, on Mario's timeline, with the company of the contact.
        let first = try XCTUnwrap(meeting(book, "ics:7kq2weeklysync0001@google.com#20261020T080000Z"))
        XCTAssertEqual(first.taskType, .meeting)
        XCTAssertEqual(first.contactID, ContactID("con-000001"))
        XCTAssertEqual(first.companyID, CompanyID("com-000001"))
        XCTAssertEqual(first.dueDate, LocalDate(year: 2026, month: 10, day: 20))
        XCTAssertEqual(first.dueTime, LocalTime(hour: 10, minute: 0))
        XCTAssertEqual(first.durationMinutes, 60)
        XCTAssertEqual(first.doneAt, F.utc("2026-10-20T09:00:00Z"))
        XCTAssertEqual(first.notes, "Where: Via Roma 1, Milano\nWeekly sync on the rollout, agenda in the shared doc.\nBring the numbers.")
        // Future: planned, in the user's time (14:00Z is 15:00 in Rome), 90 minutes.
        let review = try XCTUnwrap(meeting(book, "ics:0contractreview22@google.com"))
        XCTAssertNil(review.doneAt)
        XCTAssertEqual(review.dueDate, LocalDate(year: 2026, month: 12, day: 10))
        XCTAssertEqual(review.dueTime, LocalTime(hour: 15, minute: 0))
        XCTAssertEqual(review.durationMinutes, 90)
        let visit = try XCTUnwrap(meeting(book, "ics:0allday0visit33@google.com"))
        XCTAssertNil(visit.dueTime)
        XCTAssertNil(visit.doneAt)
    }

    func testAnyEmailOfTheContactMatches() throws {
        let outlook = run(F.text("outlook"), into: F.book())
        XCTAssertEqual(outlook.created.count, 2)
        XCTAssertTrue(outlook.book.activities.all.allSatisfy { $0.contactID == ContactID("con-000002") })
        let apple = run(F.text("apple"), into: F.book())
        XCTAssertEqual(apple.created.count, 5)
        let coffee = try XCTUnwrap(apple.book.activities.all.first { $0.summary == "Coffee with Anna" })
        XCTAssertEqual(coffee.contactID, ContactID("con-000002"))
        XCTAssertEqual(coffee.dueTime, LocalTime(hour: 11, minute: 30))
        // The standup on 1 Dec ended at 09:15 Rome, before noon: done; the one on 3 Dec is planned at 10:00.
        XCTAssertNotNil(meeting(apple.book, "ics:B7C1D2E3-0000-4000-8000-STANDUP00001#20261201T080000Z")?.doneAt)
        let late = try XCTUnwrap(meeting(apple.book, "ics:B7C1D2E3-0000-4000-8000-STANDUP00001#20261203T080000Z"))
        XCTAssertNil(late.doneAt)
        XCTAssertEqual(late.dueTime, LocalTime(hour: 10, minute: 0))
        XCTAssertEqual(late.durationMinutes, 15)
    }

    func testImportingAgainChangesNothingAndAChangedEventUpdatesItsMeeting() throws {
        let first = run(F.text("google"), into: F.book())
        let again = run(F.text("google"), into: first.book)
        XCTAssertFalse(again.changesBook)
        XCTAssertEqual(again.unchanged.count, 7)
        XCTAssertEqual(again.book.activities.count, first.book.activities.count)
        // The organizer renamed and moved the review (SEQUENCE 1): the same meeting changes.
        let changed = F.text("google")
            .replacingOccurrences(of: "DTSTART:20261210T140000Z\r\nDTEND:20261210T153000Z", with: "DTSTART:20261211T090000Z\r\nDTEND:20261211T100000Z")
            .replacingOccurrences(of: "SUMMARY:Contract review", with: "SUMMARY:Contract review (final)")
        // The user's own notes on it stay.
        var book = first.book
        let id = try XCTUnwrap(meeting(book, "ics:0contractreview22@google.com")?.id)
        book.activities.update(id) { $0.notes = "bring the signed copy" }
        let updated = run(changed, into: book)
        XCTAssertEqual(updated.updated.map(\.activityID), [id])
        XCTAssertEqual(updated.created.count, 0)
        let review = try XCTUnwrap(updated.book.activities[id])
        XCTAssertEqual(review.summary, "Contract review (final)")
        XCTAssertEqual(review.dueDate, LocalDate(year: 2026, month: 12, day: 11))
        XCTAssertEqual(review.dueTime, LocalTime(hour: 10, minute: 0))
        XCTAssertEqual(review.durationMinutes, 60)
        XCTAssertEqual(review.notes, "bring the signed copy")
        XCTAssertEqual(review.updatedAt, F.now)
    }
}
