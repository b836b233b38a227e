import Foundation
import XCTest
@testable import RapportCore

final class ContactNormalizationTests: XCTestCase {
    func testEmailsAndPhonesCompareInTheirNormalForm() {
        XCTAssertEqual(ContactNormalization.email("  Giulia@Rossi.IT "), "giulia@rossi.it")
        XCTAssertEqual(ContactNormalization.phone("+39 333 123-4567"), "+393331234567")
        XCTAssertEqual(ContactNormalization.phone("0039 (333) 1234567"), "+393331234567")
        XCTAssertEqual(ContactNormalization.phone("12"), "")
    }

    func testShapes() {
        XCTAssertTrue(ContactNormalization.isPlausibleEmail("a.b@c.io"))
        for bad in ["a@b", "@b.io", "a b@c.io", "a@b.", "a@@b.io", "ab.io"] {
            XCTAssertFalse(ContactNormalization.isPlausibleEmail(bad), bad)
        }
        XCTAssertTrue(ContactNormalization.isPlausiblePhone("+39 (02) 1234-5678"))
        XCTAssertFalse(ContactNormalization.isPlausiblePhone("call me"))
        XCTAssertFalse(ContactNormalization.isPlausiblePhone("123"))
    }

    func testDuplicatesAreFoundByNormalizedEmailOrPhone() {
        let book = SampleBook.make()
        XCTAssertEqual(DuplicateDetection.matches(emails: ["GIULIA@rossi.it"], phones: [], in: book).map(\.contactID), [ContactID(number: 1)])
        XCTAssertEqual(DuplicateDetection.matches(emails: [], phones: ["0039 333 1234567"], in: book).first?.reason, "phone +39 333 123 4567")
        XCTAssertEqual(DuplicateDetection.matches(emails: ["giulia@rossi.it"], phones: [], in: book, excluding: ContactID(number: 1)), [])
        XCTAssertEqual(DuplicateDetection.matches(emails: ["other@rossi.it"], phones: ["555 0000"], in: book), [])
    }

    func testLookupByIdEmailOrNameRefusesAmbiguity() throws {
        var book = SampleBook.make()
        XCTAssertEqual(try ContactLookup.find("con-000001", in: book).id, ContactID(number: 1))
        XCTAssertEqual(try ContactLookup.find("Giulia@Rossi.it", in: book).id, ContactID(number: 1))
        XCTAssertEqual(try ContactLookup.find("giulia rossi", in: book).id, ContactID(number: 1))
        book.contacts.upsert(Contact(id: ContactID(number: 3), createdAt: SampleBook.noon, firstName: "Giulia", lastName: "Rossi"))
        XCTAssertThrowsError(try ContactLookup.find("Giulia Rossi", in: book))
        XCTAssertThrowsError(try ContactLookup.find("nobody", in: book))
    }
}

final class ContactMergeTests: XCTestCase {
    func testMergeKeepsEveryLinkedRecord() throws {
        var book = SampleBook.make()
        let kept = ContactID(number: 2)
        let absorbed = ContactID(number: 1)
        let linkedBefore = linkedRecordCount(absorbed, book) + linkedRecordCount(kept, book)
        // One campaign already holds both: the kept contact stays a member once.
        book.campaigns.update(CampaignID(number: 1)) { $0.members.append(CampaignMember(contactID: kept)) }
        let merged = try ContactMerge.merge(absorbed, into: kept, in: book, at: SampleBook.noon)
        XCTAssertNil(merged.contacts[absorbed])
        XCTAssertEqual(linkedRecordCount(absorbed, merged), 0, "nothing points at the absorbed contact")
        XCTAssertEqual(linkedRecordCount(kept, merged), linkedBefore)
        XCTAssertEqual(merged.activities.count, book.activities.count)
        XCTAssertEqual(merged.campaigns[CampaignID(number: 1)]?.members.map(\.contactID), [kept])
        let contact = try XCTUnwrap(merged.contacts[kept])
        XCTAssertEqual(contact.displayName, "Zoé Lefèvre 漢字 👍🏽")
        XCTAssertEqual(contact.emails.map(\.value), ["giulia@rossi.it"])
        XCTAssertEqual(contact.phones.count, 1)
        XCTAssertEqual(contact.companyID, CompanyID(number: 1))
        XCTAssertEqual(contact.lifecycle, .sql, "the further stage wins")
        XCTAssertEqual(contact.lifecycleHistory.last?.stage, .sql)
        XCTAssertEqual(contact.consent.privacy?.method, "web form")
        XCTAssertEqual(contact.tags, ["vip"])
        XCTAssertEqual(BookChecker.problems(in: merged), [])
    }

    func testMergingWithItselfFails() {
        XCTAssertThrowsError(try ContactMerge.merge(ContactID(number: 1), into: ContactID(number: 1), in: SampleBook.make(), at: SampleBook.noon))
    }

    func testDeletingKeepsDealsAndSalesUnlinked() {
        let book = ContactDeletion.delete(ContactID(number: 1), from: SampleBook.make())
        XCTAssertNil(book.contacts[ContactID(number: 1)])
        XCTAssertEqual(book.opportunities.count, 1)
        XCTAssertEqual(book.purchases.count, 1)
        XCTAssertEqual(book.activities.count, 1, "the task tied to the deal stays, the showroom visit goes")
        XCTAssertEqual(book.tickets.count, 0)
        XCTAssertEqual(BookChecker.problems(in: book), [])
    }

    private func linkedRecordCount(_ id: ContactID, _ book: Book) -> Int {
        book.activities.all.filter { $0.contactID == id }.count
            + book.opportunities.all.filter { $0.contactID == id }.count
            + book.purchases.all.filter { $0.contactID == id }.count
            + book.surveys.all.filter { $0.contactID == id }.count
            + book.tickets.all.filter { $0.contactID == id }.count
            + book.campaigns.all.filter { $0.members.contains { $0.contactID == id } }.count
    }
}

final class TimelineAndAgendaTests: XCTestCase {
    let utc = TimeZone(identifier: "UTC") ?? .current

    func testTimelineMergesEverythingNewestFirst() {
        var book = SampleBook.make()
        book.opportunities.update(OpportunityID(number: 1)) { $0.markWon(at: SampleBook.noon.addingTimeInterval(7200)) }
        let entries = TimelineBuilder.contact(ContactID(number: 1), in: book, timeZone: utc)
        XCTAssertEqual(entries.map(\.date), entries.map(\.date).sorted(by: >))
        let labels = Set(entries.map(\.label))
        for expected in ["Stage", "Store visit in", "Call due", "Deal opened", "Deal won", "Purchase", "NPS", "Ticket"] {
            XCTAssertTrue(labels.contains(expected), "timeline has \(expected): \(labels)")
        }
        XCTAssertEqual(entries.first?.label, "Deal won")
    }

    func testCompanyTimelineHoldsItsOwnAndItsPeoplesRecordsOnce() {
        var book = SampleBook.make()
        let company = CompanyID(number: 1)
        // Linked both to the company and to its person: shown once.
        book.activities.upsert(Activity(id: ActivityID(number: 3), createdAt: SampleBook.noon, channel: .email, direction: .outbound,
                                        summary: "Sent the catalogue", occurredAt: SampleBook.noon,
                                        contactID: ContactID(number: 1), companyID: company))
        // The company's own, with no person.
        book.activities.upsert(Activity(id: ActivityID(number: 4), createdAt: SampleBook.noon, channel: .phone, direction: .inbound,
                                        summary: "Switchboard call", occurredAt: SampleBook.noon, companyID: company))
        // Someone else's: not shown.
        book.activities.upsert(Activity(id: ActivityID(number: 5), createdAt: SampleBook.noon, channel: .phone, direction: .inbound,
                                        summary: "Zoé called", occurredAt: SampleBook.noon, contactID: ContactID(number: 2)))
        let titles = TimelineBuilder.company(company, in: book, timeZone: utc).map(\.title)
        XCTAssertEqual(titles.filter { $0 == "Sent the catalogue" }.count, 1)
        XCTAssertTrue(titles.contains("Switchboard call"))
        XCTAssertTrue(titles.contains("Visited the showroom"), "a person's interaction")
        XCTAssertTrue(titles.contains("Starter kit"), "a person's purchase")
        XCTAssertFalse(titles.contains("Zoé called"))
    }

    func testLinksRebuildOnlyWhatChangedAndAgreeWithAFreshBuild() {
        var book = SampleBook.make()
        let links = BookLinks(book)
        XCTAssertTrue(links.isCurrent(for: book))
        book.activities.upsert(Activity(id: ActivityID(number: 9), createdAt: SampleBook.noon, channel: .sms, direction: .outbound,
                                        summary: "Reminder", occurredAt: SampleBook.noon, contactID: ContactID(number: 2)))
        XCTAssertFalse(links.isCurrent(for: book))
        let updated = links.updated(for: book)
        XCTAssertTrue(updated.isCurrent(for: book))
        XCTAssertEqual(updated.purchases.revision, links.purchases.revision, "an untouched table keeps its index")
        XCTAssertEqual(updated.activities.records(ofContact: ContactID(number: 2), in: book.activities).map(\.summary), ["Reminder"])
        XCTAssertEqual(TimelineBuilder.contact(ContactID(number: 1), in: book, links: updated, timeZone: utc),
                       TimelineBuilder.contact(ContactID(number: 1), in: book, links: BookLinks(book), timeZone: utc))
    }

    func testCompletingACallLogsItOnceInTheTimeline() throws {
        var book = SampleBook.make()
        let done = SampleBook.noon.addingTimeInterval(600)
        let logged = try XCTUnwrap(TaskActions.complete(ActivityID(number: 1), in: &book, at: done))
        XCTAssertEqual(book.activities[logged]?.channel, .phone)
        XCTAssertEqual(book.activities[logged]?.opportunityID, OpportunityID(number: 1))
        XCTAssertNotNil(book.activities[ActivityID(number: 1)]?.doneAt)
        let atDone = TimelineBuilder.contact(ContactID(number: 1), in: book, timeZone: utc).filter { $0.date == done }
        XCTAssertEqual(atDone.map(\.label), ["Phone out"])
        XCTAssertEqual(ContactActivitySummary(activities: book.activities)[ContactID(number: 1)].lastInteraction, done)
    }

    func testAgendaBucketsAndReschedule() {
        var book = SampleBook.make()
        let today = SampleBook.day
        func task(_ number: Int, _ due: LocalDate?) {
            book.activities.upsert(Activity(id: ActivityID(number: number), createdAt: SampleBook.noon, task: .todo,
                                            summary: "T\(number)", due: due))
        }
        task(10, today)
        task(11, today.adding(days: 3))
        task(12, today.adding(days: 30))
        task(13, nil)
        let agenda = Agenda(activities: book.activities, now: SampleBook.noon, timeZone: utc)
        XCTAssertEqual(agenda.groups.map(\.bucket), [.overdue, .today, .thisWeek, .later, .undated])
        XCTAssertEqual(agenda.groups.map { $0.tasks.map(\.summary) }, [["Follow-up call"], ["T10"], ["T11"], ["T12"], ["T13"]])
        // The position lookup the view uses per key press walks the groups as `tasks` flattens them.
        XCTAssertEqual(agenda.taskCount, 5)
        XCTAssertEqual((0..<agenda.taskCount).compactMap { agenda.task(at: $0)?.summary }, agenda.groups.flatMap(\.tasks).map(\.summary))
        XCTAssertNil(agenda.task(at: 5))
        XCTAssertNil(agenda.task(at: -1))
        XCTAssertEqual(TaskActions.newDueDate("+1d", current: today.adding(days: -5), today: today), today.adding(days: 1))
        XCTAssertEqual(TaskActions.newDueDate("+1w", current: today.adding(days: 2), today: today), today.adding(days: 9))
        XCTAssertEqual(TaskActions.newDueDate("2027-01-04", current: nil, today: today), LocalDate(year: 2027, month: 1, day: 4))
        XCTAssertNil(TaskActions.newDueDate("soon", current: nil, today: today))
    }
}

final class PersonalDataTests: XCTestCase {
    func testExportHoldsEverythingLinked() throws {
        let document = try PersonalDataExport.document(for: ContactID(number: 1), in: SampleBook.make(), exportedAt: SampleBook.noon)
        XCTAssertEqual(document["contact"]?["firstName"]?.stringValue, "Giulia")
        XCTAssertEqual(document["company"]?["name"]?.stringValue, "Tessitura Rossi S.r.l.")
        XCTAssertEqual(document["activities"]?.arrayValue?.count, 2)
        XCTAssertEqual(document["opportunities"]?.arrayValue?.count, 1)
        XCTAssertEqual(document["purchases"]?.arrayValue?.count, 1)
        XCTAssertEqual(document["surveyResponses"]?.arrayValue?.count, 1)
        XCTAssertEqual(document["tickets"]?.arrayValue?.count, 1)
        XCTAssertEqual(document["campaigns"]?[0]?["name"]?.stringValue, "Black Friday 2026")
    }

    func testEraseRemovesThePersonAndKeepsAnonymousAggregates() throws {
        var book = SampleBook.make()
        book.opportunities.update(OpportunityID(number: 1)) { $0.notes = "Giulia Rossi asked for giulia@rossi.it invoices" }
        book.contacts.update(ContactID(number: 2)) { $0.notes = "Met at Giulia Rossi's, call +39 333 123 4567" }
        let (erased, report) = try XCTUnwrap(PersonalDataErasure.erase(ContactID(number: 1), from: book))
        XCTAssertNil(erased.contacts[ContactID(number: 1)])
        XCTAssertEqual(erased.purchases.all.map(\.amount), [Money(minorUnits: 4_990, currency: .eur)])
        XCTAssertEqual(erased.purchases.all.map(\.contactID), [nil])
        XCTAssertEqual(erased.surveys.all.map(\.score), [9])
        XCTAssertEqual(erased.tickets.count, 0)
        XCTAssertEqual(erased.activities.count, 0)
        XCTAssertEqual(erased.campaigns[CampaignID(number: 1)]?.members, [])
        XCTAssertEqual(erased.opportunities[OpportunityID(number: 1)]?.notes, "[erased] asked for [erased] invoices")
        XCTAssertEqual(erased.contacts[ContactID(number: 2)]?.notes, "Met at [erased]'s, call [erased]")
        XCTAssertEqual(report.redactedFields, 2)
        XCTAssertEqual(BookChecker.problems(in: erased), [])
    }
}
