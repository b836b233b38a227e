import Foundation
import XCTest
@testable import RapportCore

final class CampaignSenderTests: XCTestCase {
    private func book(channel: CampaignChannel = .email) -> Book {
        var book = Book(contacts: [
            CampaignFixture.contact(1, "Giulia", "Rossi", email: "giulia@x.it", phone: "+39 1", lifecycle: .customer),
            CampaignFixture.contact(2, "Zoé", "Lefèvre", email: "zoe@x.fr", phone: "+33 2", lifecycle: .customer),
            CampaignFixture.contact(3, "Anna", email: "anna@x.it", lifecycle: .customer, consent: CampaignFixture.withdrawn),
            CampaignFixture.contact(4, "Piet", email: "piet@x.nl", phone: "+31 4", lifecycle: .customer),
        ])
        book.settings.userName = "Marta Bianchi"
        book.settings.campaigns = CampaignSettings(fromAddress: "marta@shop.it")
        book.templates.upsert(Template(id: TemplateID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "Promo",
                                       kind: channel == .sms ? .sms : .email, subject: "{{first_name|Hello}}, prices are down",
                                       body: "Dear {{first_name|customer}},\n30% off until Monday.\n{{sender_name}}"))
        book.campaigns.upsert(Campaign(id: CampaignID(number: 1), createdAt: Fixture.noon("2026-11-01"), name: "Black Friday",
                                       channel: channel, budget: Fixture.eur(0), cost: Fixture.eur(0),
                                       target: "lifecycle:customer", templateID: TemplateID(number: 1)))
        return book
    }

    func testSendsPersonalisedMessagesToConsentingMembersAndLogsThem() throws {
        var book = book()
        var transport = RecordingTransport()
        var checkpoints = 0
        let report = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                             clock: CampaignFixture.clock("2026-11-22"), dryRun: false) { _ in checkpoints += 1 }
        XCTAssertEqual(transport.emails.map(\.to.address), ["giulia@x.it", "zoe@x.fr", "piet@x.nl"])
        XCTAssertEqual(transport.emails.first?.subject, "Giulia, prices are down")
        XCTAssertEqual(transport.emails.first?.body, "Dear Giulia,\n30% off until Monday.\nMarta Bianchi")
        XCTAssertEqual(transport.emails.first?.from, Mailbox(name: "Marta Bianchi", address: "marta@shop.it"))
        XCTAssertEqual(report.leftOut.map(\.contactID), [ContactID(number: 3)])
        XCTAssertEqual(checkpoints, 3, "each delivery is checkpointed")
        XCTAssertEqual(transport.finished, 1)
        let campaign = try XCTUnwrap(book.campaigns[CampaignID(number: 1)])
        XCTAssertEqual(campaign.status, .running)
        XCTAssertEqual(campaign.members.filter { $0.sentAt != nil }.map(\.contactID.rawValue), ["con-000001", "con-000002", "con-000004"])
        let logged = book.activities.sortedByID
        XCTAssertEqual(logged.count, 3)
        XCTAssertEqual(logged.first?.channel, .email)
        XCTAssertEqual(logged.first?.direction, .outbound)
        XCTAssertEqual(logged.first?.summary, "Campaign “Black Friday”: Giulia, prices are down")
        XCTAssertEqual(logged.first?.contactID, ContactID(number: 1))
    }

    func testASecondSendNeverMailsTheSameMemberTwice() throws {
        var book = book()
        var first = RecordingTransport()
        _ = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &first, clock: CampaignFixture.clock("2026-11-22"), dryRun: false)
        // A new customer joins the target in between: only they get it the second time.
        book.contacts.upsert(CampaignFixture.contact(5, "Nuovo", email: "nuovo@x.it", lifecycle: .customer))
        var second = RecordingTransport()
        let report = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &second,
                                             clock: CampaignFixture.clock("2026-11-23"), dryRun: false)
        XCTAssertEqual(second.emails.map(\.to.address), ["nuovo@x.it"])
        XCTAssertEqual(report.alreadySent, 3)
        var third = RecordingTransport()
        _ = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &third, clock: CampaignFixture.clock("2026-11-24"), dryRun: false)
        XCTAssertTrue(third.messages.isEmpty)
        XCTAssertEqual(book.activities.count, 4)
    }

    func testAFailedDeliveryStopsAndLeavesTheRestForNextTime() throws {
        var book = book()
        var failing = RecordingTransport(failAt: 1)
        let report = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &failing,
                                             clock: CampaignFixture.clock("2026-11-22"), dryRun: false)
        XCTAssertEqual(report.delivered.count, 1)
        XCTAssertEqual(report.failure?.contactID, ContactID(number: 2))
        XCTAssertEqual(report.failure?.message, "relay refused")
        XCTAssertEqual(report.notTried, 1)
        var retry = RecordingTransport()
        _ = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &retry, clock: CampaignFixture.clock("2026-11-22"), dryRun: false)
        XCTAssertEqual(retry.emails.map(\.to.address), ["zoe@x.fr", "piet@x.nl"])
    }

    func testDryRunChangesNothing() throws {
        let original = book()
        var book = original
        var transport = RecordingTransport()
        let report = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                             clock: CampaignFixture.clock("2026-11-22"), dryRun: true)
        XCTAssertEqual(report.delivered.map(\.subject), ["Giulia, prices are down", "Zoé, prices are down", "Piet, prices are down"])
        XCTAssertTrue(transport.messages.isEmpty)
        XCTAssertEqual(book, original)
    }

    func testRefusalsAreClear() {
        var book = book()
        book.settings.campaigns = nil
        var transport = RecordingTransport()
        XCTAssertThrowsError(try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                                     clock: CampaignFixture.clock("2026-11-22"), dryRun: true)) { error in
            XCTAssertTrue(String(describing: error).contains("no From address"))
        }
        book = self.book()
        book.templates.update(TemplateID(number: 1)) { $0.body = "Hi {{nickname}}" }
        XCTAssertThrowsError(try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                                     clock: CampaignFixture.clock("2026-11-22"), dryRun: false)) { error in
            XCTAssertTrue(String(describing: error).contains("unknown merge field \"nickname\""))
        }
        XCTAssertTrue(transport.messages.isEmpty, "a bad template stops the send before the first message")
    }

    func testSMSGoesToTheOutboxCSV() throws {
        var book = book(channel: .sms)
        let directory = try makeTemporaryDirectory(self)
        var transport = OutboxTransport(directory: directory + "/outbox")
        _ = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                    clock: CampaignFixture.clock("2026-11-22"), dryRun: false)
        let csv = String(decoding: try readBytes(directory + "/outbox/cmp-000001/sms.csv"), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, "phone,name,message,contact,campaign")
        XCTAssertEqual(lines.count, 5, csv)  // header, three members, and the final line end
        XCTAssertTrue(lines[2].hasPrefix("+33 2,Zoé Lefèvre,\"Dear Zoé,\n30% off"))
        XCTAssertEqual(book.activities.sortedByID.first?.channel, .sms)
    }

    func testEachSMSRowIsOnDiskBeforeItsMemberIsMarkedSentAndNeverTwice() throws {
        var book = book(channel: .sms)
        let directory = try makeTemporaryDirectory(self)
        let file = directory + "/outbox/cmp-000001/sms.csv"
        var transport = OutboxTransport(directory: directory + "/outbox")
        var rowsAtEachCheckpoint: [Int] = []
        // The sender saves at each checkpoint; by then the member's row must already be in the file.
        _ = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                    clock: CampaignFixture.clock("2026-11-22"), dryRun: false) { _ in
            let rows = (try? readBytes(file)).map { String(decoding: $0, as: UTF8.self) }.map { CSVReader().read(Data($0.utf8)).records.count } ?? 0
            rowsAtEachCheckpoint.append(rows - 1)
        }
        XCTAssertEqual(rowsAtEachCheckpoint, [1, 2, 3])
        // A crash between the row and the mark: the next send (a new transport over the same
        // outbox, the member unmarked) must not write the row again.
        book.campaigns.update(CampaignID(number: 1)) { campaign in
            campaign.members[campaign.members.count - 1].sentAt = nil
        }
        var resumed = OutboxTransport(directory: directory + "/outbox")
        let report = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &resumed,
                                             clock: CampaignFixture.clock("2026-11-23"), dryRun: false)
        XCTAssertEqual(report.delivered.count, 1)
        let records = CSVReader().read(Data(try readBytes(file))).records
        XCTAssertEqual(records.count, 4, "the header and one row per member, none twice")
        XCTAssertEqual(Set(records.dropFirst().map { $0.fields[3] }).count, 3)
    }
}
