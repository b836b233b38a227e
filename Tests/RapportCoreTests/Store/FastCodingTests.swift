import Foundation
import XCTest
@testable import RapportCore

/// The fast record paths must read and write exactly what the `Codable` paths do: same records
/// from the same bytes, same bytes from the same records, and the full path for anything unusual.
final class FastCodingTests: XCTestCase {
    private static let demo = DemoBookGenerator(size: .small, today: LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)).generate()

    private func assertSameBytes<R: Record & FastRecordCoding>(_ table: RecordTable<R>, _ collection: BookCollection,
                                                              line: UInt = #line) throws {
        let slow = try CollectionCoding.encodeWithCodable(table, as: collection)
        let fast = try XCTUnwrap(FastCollectionCoding.encode(table, as: collection), line: line)
        XCTAssertEqual(String(decoding: fast, as: UTF8.self), String(decoding: slow, as: UTF8.self), line: line)
        let decoded = try XCTUnwrap(FastCollectionCoding.decode(R.self, from: slow, collection: collection), "fast path declined", line: line)
        // Against what the full decoder reads from the same bytes (the generator's instants have
        // sub-second parts that the file rounds to milliseconds).
        let expected = RecordTable(try CollectionCoding.decode(R.self, from: slow, collection: collection, path: collection.fileName))
        XCTAssertEqual(decoded.count, expected.count, line: line)
        for record in expected.all where decoded[record.id] != record {
            return XCTFail("\(record.id) differs:\n\(String(describing: decoded[record.id]))\n\(record)", line: line)
        }
        XCTAssertEqual(decoded.lastNumber, expected.lastNumber, line: line)
        XCTAssertEqual(try XCTUnwrap(FastCollectionCoding.encode(decoded, as: collection), line: line), slow, line: line)
    }

    func testEveryLargeCollectionIsWrittenAndReadAsByCodable() throws {
        let book = Self.demo
        try assertSameBytes(book.contacts, .contacts)
        try assertSameBytes(book.companies, .companies)
        try assertSameBytes(book.opportunities, .opportunities)
        try assertSameBytes(book.activities, .activities)
        try assertSameBytes(book.purchases, .purchases)
        try assertSameBytes(book.surveys, .surveys)
    }

    func testEveryOptionalAndEscapeRoundTrips() throws {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        var contact = Contact(id: ContactID("con-000007"), createdAt: at, firstName: "Zoë \"Z\"\n", lastName: "李\\小龙 🎉",
                              emails: [LabeledValue("z@example.com", label: "work")], phones: [],
                              companyID: CompanyID("com-000001"), jobTitle: "Tab\there",
                              address: PostalAddress(street: "Via Roma 1", city: "Milano", region: "", postalCode: "20121", country: "Italy"),
                              birthday: LocalDate(year: 1990, month: 2, day: 28), source: "web", tags: ["a", "b\u{1}"],
                              notes: "line\r\nnext", customFields: ["Zeta": "1", "alpha": "2", "Äpfel": "3", "": "empty"],
                              lifecycle: .customer,
                              consent: Consent(privacy: ConsentRecord(granted: true, date: at, method: "form"), marketing: nil))
        contact.updatedAt = Date(timeIntervalSince1970: 1_700_000_000.25)  // a fraction: the general date form
        var deal = Opportunity(id: OpportunityID("weird id"), createdAt: at, title: "Deal", contactID: nil, companyID: nil,
                               stageID: "won", amount: Money(minorUnits: -12, currency: .eur), probabilityOverride: 0,
                               expectedClose: LocalDate(year: 2027, month: 1, day: 1))
        deal.offers = [Offer(amount: Money(minorUnits: 5, currency: .usd), date: LocalDate(year: 2026, month: 1, day: 2) ?? LocalDate(dayNumber: 1), status: .accepted, note: "ok")]
        deal.lostReason = ""
        deal.forecastCategory = .bestCase
        deal.closedAt = Date(timeIntervalSince1970: -86_400 * 365)
        var task = Activity(id: ActivityID("act-1"), createdAt: at, task: .meeting, summary: "Meet", due: LocalDate(year: 2026, month: 5, day: 5),
                            dueTime: LocalTime(hour: 9, minute: 5), contactID: ContactID("con-000007"), opportunityID: OpportunityID("weird id"))
        task.durationMinutes = 45
        task.doneAt = at
        // What a workflow rule made: the mark is how the rule knows it fired (lost, it fires again).
        task.automation = AutomationMark(rule: "follow-up-after-won", key: "opp-000012@2026-10-01T09:00:00Z")
        let call = Activity(id: ActivityID("act-2"), createdAt: at, channel: .storeVisit, direction: .inbound, summary: "", occurredAt: at)
        let company = Company(id: CompanyID("com-000001"), createdAt: at, name: "Acme", size: .enterprise)
        try assertSameBytes(RecordTable([contact]), .contacts)
        try assertSameBytes(RecordTable([deal]), .opportunities)
        try assertSameBytes(RecordTable([task, call]), .activities)
        try assertSameBytes(RecordTable([company]), .companies)
        try assertSameBytes(RecordTable<Purchase>([]), .purchases)
    }

    func testCustomFieldsOfEveryKindAreWrittenAndReadAsByCodable() throws {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        let values = ["Budget": "15000.00 EUR", "Renewal": "2027-01-01", "Notes \"quoted\"": "a\nb", "Ünïcode": "✓"]
        var company = Company(id: CompanyID("com-000001"), createdAt: at, name: "Acme")
        company.customFields = values
        var deal = Opportunity(id: OpportunityID("opp-000001"), createdAt: at, title: "Deal", stageID: "new",
                               amount: Money(minorUnits: 100, currency: .eur))
        deal.customFields = values
        var task = Activity(id: ActivityID("act-000001"), createdAt: at, task: .call, summary: "Call", due: nil)
        task.customFields = values
        // Without values nothing is written, as the Codable path omits a nil.
        let plain = Activity(id: ActivityID("act-000002"), createdAt: at, task: .call, summary: "Call", due: nil)
        try assertSameBytes(RecordTable([company]), .companies)
        try assertSameBytes(RecordTable([deal]), .opportunities)
        try assertSameBytes(RecordTable([task, plain]), .activities)
        let written = try XCTUnwrap(FastCollectionCoding.encode(RecordTable([plain]), as: .activities))
        XCTAssertFalse(String(decoding: written, as: UTF8.self).contains("customFields"))
    }

    func testFieldsAreListedInTheWritersSortedOrder() {
        func check<F: RecordField>(_ type: F.Type, line: UInt = #line) {
            let names = F.names.names
            XCTAssertEqual(names, names.sorted { $0.lexicographicallyPrecedes($1) }, "\(F.self)", line: line)
        }
        check(Contact.Field.self); check(Company.Field.self); check(Opportunity.Field.self); check(Activity.Field.self)
        check(Purchase.Field.self); check(SurveyResponse.Field.self); check(Money.Field.self); check(LabeledValue.Field.self)
        check(PostalAddress.Field.self); check(LifecycleEntry.Field.self); check(ConsentRecord.Field.self)
        check(Consent.Field.self); check(StageEntry.Field.self); check(Offer.Field.self)
    }

    /// Files another tool wrote: keys in any order, unknown keys, `null` optionals, escapes in
    /// dates. Whichever path reads them, the result is what `Codable` reads.
    func testUnusualButValidFilesReadAsByCodable() throws {
        let text = """
            \u{FEFF}{"schema": 1, "extra": {"a": [1, 2.5, null]}, "purchases": [
              {"product": "P", "id": "pur-000009", "date": "2026-01-0\\u0032", "createdAt": "2026-01-02T10:00:00+01:00",
               "category": "", "contactID": null, "amount": {"minor": 100, "currency": "EUR"}, "future": true},
              {"product": "Q", "id": "pur-000010", "date": "2026-01-03", "createdAt": "2026-01-03T10:00:00.5Z",
               "category": "c", "amount": {"minor": 7, "currency": "EUR"}}
            ]}
            """
        let bytes = Array(text.utf8)
        let slow = try CollectionCoding.decode(Purchase.self, from: bytes, collection: .purchases, path: "purchases.json")
        let table = try CollectionCoding.decodeTable(Purchase.self, from: bytes, collection: .purchases, path: "purchases.json")
        XCTAssertEqual(table, RecordTable(slow))
        XCTAssertEqual(table.lastNumber, 10)
    }

    /// Where the fast path gives up, the full decoder gives the same answer it always gave.
    func testFastPathDeclinesWhatItDoesNotHandle() throws {
        let declined = [
            #"{"schema": 1, "surveys": [{"comment": "", "createdAt": "2026-01-01T00:00:00Z", "date": "2026-01-01", "id": "nps-1", "score": 9.0}]}"#,
            #"{"schema": 1, "surveys": [{"comment": "", "comment": "x", "createdAt": "2026-01-01T00:00:00Z", "date": "2026-01-01", "id": "nps-1", "score": 9}]}"#,
            #"{"schema": 2, "surveys": []}"#,
            #"{"schema": 1, "surveys": [{"comment": "", "createdAt": "2026-01-01T00:00:00Z", "date": "2026-02-30", "id": "nps-1", "score": 9}]}"#,
            #"{"schema": 1, "surveys": []} x"#,
        ]
        for text in declined {
            XCTAssertNil(FastCollectionCoding.decode(SurveyResponse.self, from: Array(text.utf8), collection: .surveys), text)
        }
    }
}
