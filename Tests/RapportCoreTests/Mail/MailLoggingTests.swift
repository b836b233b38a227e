import Foundation
import XCTest
@testable import RapportCore

final class MailLoggingTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_796_000_000)

    /// Giulia has two addresses (the second in capitals), Jürgen one open deal, Anna two.
    private func book() -> Book {
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let giulia = Contact(id: ContactID("con-000001"), createdAt: at, firstName: "Giulia", lastName: "Rossi",
                             emails: [LabeledValue("g.rossi@home.example"), LabeledValue("Giulia.Rossi@ACME.example", label: "work")],
                             companyID: CompanyID("com-000001"))
        let juergen = Contact(id: ContactID("con-000002"), createdAt: at, firstName: "Jürgen", lastName: "Müller",
                              emails: [LabeledValue("juergen.mueller@gmail.com")])
        let anna = Contact(id: ContactID("con-000003"), createdAt: at, firstName: "Anna", lastName: "Schmidt",
                           emails: [LabeledValue("anna.schmidt@icloud.com")])
        let deal = Opportunity(id: OpportunityID("opp-000001"), createdAt: at, title: "Coffee", contactID: juergen.id, companyID: nil,
                               stageID: "new", amount: Money(minorUnits: 100, currency: .eur))
        var won = Opportunity(id: OpportunityID("opp-000002"), createdAt: at, title: "Old", contactID: juergen.id, companyID: nil,
                              stageID: "won", amount: Money(minorUnits: 100, currency: .eur))
        won.status = .won
        let annaDeals = (3...4).map { Opportunity(id: OpportunityID("opp-00000\($0)"), createdAt: at, title: "A\($0)", contactID: anna.id,
                                                  companyID: nil, stageID: "new", amount: Money(minorUnits: 1, currency: .eur)) }
        return Book(contacts: [giulia, juergen, anna], opportunities: [deal, won] + annaDeals)
    }

    private func parse(_ text: String) -> MailMessage { MIMEParser.parse(MailFixtures.bytes(text)) }

    func testOutboundMailIsLoggedOnEveryContactItWasSentTo() throws {
        var logger = MailLogger(book: book(), options: .init(ownAddresses: ["Sam@Rapport.example"], now: now))
        let outcome = logger.log(parse(MailFixtures.thunderbird))
        XCTAssertEqual(outcome.direction, .outbound)
        XCTAssertEqual(outcome.logged.map(\.contactID), [ContactID("con-000001")])
        // Marco (Cc) is no contact: listed, not created.
        XCTAssertEqual(outcome.unknown, [MailAddress(name: "Bianchi, Marco", address: "marco.bianchi@acme.example")])
        let activity = try XCTUnwrap(logger.book.activities[outcome.logged[0].activityID])
        XCTAssertEqual(activity.channel, .email)
        XCTAssertEqual(activity.direction, .outbound)
        XCTAssertEqual(activity.summary, "Proposal for the new warehouse")
        XCTAssertEqual(activity.occurredAt, JSONDateFormat.date(from: "2026-12-01T09:15:00Z"))
        XCTAssertEqual(activity.externalID, "mail:8f2c1a3e-4b5d-4e6f-9a7b-1c2d3e4f5a6b@rapport.example")
        XCTAssertEqual(activity.companyID, CompanyID("com-000001"))
        XCTAssertNil(activity.opportunityID)
        XCTAssertTrue(activity.notes.hasPrefix("Hi Giulia,\n\nhere is the proposal"))
        XCTAssertEqual(activity.createdAt, now)
    }

    func testInboundMailMatchesAnyAddressIgnoringCaseAndLinksTheOnlyOpenDeal() throws {
        var logger = MailLogger(book: book(), options: .init(now: now))
        let gmail = logger.log(parse(MailFixtures.gmail))
        XCTAssertEqual(gmail.direction, .inbound)
        XCTAssertEqual(gmail.logged.map(\.contactID), [ContactID("con-000002")])
        // One open deal (the won one does not count): the mail keeps that deal from rotting.
        XCTAssertEqual(logger.book.activities[gmail.logged[0].activityID]?.opportunityID, OpportunityID("opp-000001"))
        let apple = logger.log(parse(MailFixtures.appleMail))
        XCTAssertEqual(apple.logged.map(\.contactID), [ContactID("con-000003")])
        // Two open deals: which one is a guess, so none.
        XCTAssertNil(logger.book.activities[apple.logged[0].activityID]?.opportunityID)
    }

    func testTheSameMessageTwiceChangesNothing() {
        var logger = MailLogger(book: book(), options: .init(now: now))
        _ = logger.log(parse(MailFixtures.gmail))
        let once = logger.book
        // A new logger on the saved book, as a second `rapport log-email` run would be.
        var again = MailLogger(book: once, options: .init(now: now.addingTimeInterval(60)))
        let outcome = again.log(parse(MailFixtures.gmail))
        XCTAssertEqual(outcome.logged.count, 0)
        XCTAssertEqual(outcome.alreadyLogged, [ContactID("con-000002")])
        XCTAssertTrue(outcome.matchedAnyone)
        XCTAssertEqual(again.book, once)
    }

    func testUnknownSenderIsListedOrCreatedAsALead() throws {
        var listing = MailLogger(book: book(), options: .init(ownAddresses: ["sam@rapport.example"], now: now))
        let listed = listing.log(parse(MailFixtures.outlook))
        XCTAssertFalse(listed.matchedAnyone)
        XCTAssertEqual(listed.unknown.map(\.address), ["Francois.Dupont@Contoso.example"])
        XCTAssertEqual(listing.book, book())

        var creating = MailLogger(book: book(), options: .init(createLeads: true, ownAddresses: ["sam@rapport.example"], now: now))
        let created = creating.log(parse(MailFixtures.outlook))
        let lead = try XCTUnwrap(created.created.first.flatMap { creating.book.contacts[$0] })
        XCTAssertEqual([lead.firstName, lead.lastName], ["François", "Dupont"])
        XCTAssertEqual(lead.lifecycle, .lead)
        XCTAssertEqual(lead.emails.map(\.value), ["Francois.Dupont@Contoso.example"])
        XCTAssertEqual(created.logged.map(\.contactID), [lead.id])
        XCTAssertEqual(created.direction, .inbound)
        // The next message from the same person finds the new lead instead of making another.
        var reply = parse(MailFixtures.outlook)
        reply.messageID = "second@contoso.example"
        reply.from = [MailAddress(address: "francois.dupont@contoso.example")]
        let next = creating.log(reply)
        XCTAssertEqual(next.created, [])
        XCTAssertEqual(next.logged.map(\.contactID), [lead.id])
    }

    func testWithoutOwnAddressesMailToAContactCountsAsYours() {
        var logger = MailLogger(book: book(), options: .init(now: now))
        let outcome = logger.log(parse(MailFixtures.thunderbird))
        XCTAssertEqual(outcome.direction, .outbound)
        XCTAssertEqual(outcome.logged.map(\.contactID), [ContactID("con-000001")])
    }

    func testAMessageWithoutMessageIDGetsAStableID() {
        let message = MailMessage(date: now, subject: "Hi", from: [MailAddress(address: "juergen.mueller@gmail.com")], text: "x")
        XCTAssertEqual(MailLogger.externalID(of: message), MailLogger.externalID(of: message))
        var other = message
        other.subject = "Hello"
        XCTAssertNotEqual(MailLogger.externalID(of: message), MailLogger.externalID(of: other))
        XCTAssertTrue(MailLogger.externalID(of: message).hasPrefix("mail:"))
        var logger = MailLogger(book: book(), options: .init(now: now))
        XCTAssertEqual(logger.log(message).logged.count, 1)
        XCTAssertEqual(logger.log(message).alreadyLogged.count, 1)
        // No subject: the catalogue's placeholder; no Date: the fallback, else now.
        let undated = MailMessage(messageID: "u@x", from: [MailAddress(address: "juergen.mueller@gmail.com")])
        let logged = logger.log(undated, fallbackDate: nil).logged[0]
        XCTAssertEqual(logger.book.activities[logged.activityID]?.summary, Messages.mailNoSubject.text)
        XCTAssertEqual(logger.book.activities[logged.activityID]?.occurredAt, now)
    }

    func testExternalIDIsWrittenOnlyWhenSetAndReadByBothPaths() throws {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        var mail = Activity(id: ActivityID("act-000001"), createdAt: at, channel: .email, direction: .inbound, summary: "S", occurredAt: at)
        mail.externalID = "mail:a\"b@c"
        let plain = Activity(id: ActivityID("act-000002"), createdAt: at, channel: .phone, direction: .outbound, summary: "P", occurredAt: at)
        let table = RecordTable([mail, plain])
        let slow = try CollectionCoding.encodeWithCodable(table, as: .activities)
        let fast = try XCTUnwrap(FastCollectionCoding.encode(table, as: .activities))
        XCTAssertEqual(String(decoding: fast, as: UTF8.self), String(decoding: slow, as: UTF8.self))
        XCTAssertEqual(String(decoding: fast, as: UTF8.self).components(separatedBy: "\"externalID\"").count, 2)
        XCTAssertEqual(FastCollectionCoding.decode(Activity.self, from: fast, collection: .activities), table)
        XCTAssertEqual(RecordTable(try CollectionCoding.decode(Activity.self, from: slow, collection: .activities, path: "activities.json")), table)
    }
}
