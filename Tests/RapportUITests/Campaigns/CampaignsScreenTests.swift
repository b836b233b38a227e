import Foundation
import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

final class CampaignsScreenTests: XCTestCase {
    private static func noon(_ text: String) -> Date {
        Date(timeIntervalSince1970: Double((LocalDate(text)?.dayNumber ?? 0) * 86_400 + 12 * 3600))
    }

    /// Two campaigns: one sent in October with hand-countable results, one draft to send.
    static func book() -> Book {
        let consent = Consent(marketing: ConsentRecord(granted: true, date: noon("2026-01-01"), method: "web form"))
        let eur = { (minor: Int64) in Money(minorUnits: minor, currency: .eur) }
        var book = Book(contacts: [
            Contact(id: ContactID(number: 1), createdAt: noon("2026-01-01"), firstName: "Giulia", lastName: "Rossi",
                    emails: [LabeledValue("giulia@x.it")], lifecycle: .customer, consent: consent),
            Contact(id: ContactID(number: 2), createdAt: noon("2026-01-01"), firstName: "Zoé", lastName: "Lefèvre",
                    emails: [LabeledValue("zoe@x.fr")], lifecycle: .customer, consent: consent),
            Contact(id: ContactID(number: 3), createdAt: noon("2026-01-01"), firstName: "Anna", lastName: "Bruno",
                    emails: [LabeledValue("anna@x.it")], lifecycle: .customer),
        ])
        book.settings.campaigns = CampaignSettings(fromAddress: "marta@shop.example")
        book.purchases.upsert(Purchase(id: PurchaseID(number: 1), createdAt: noon("2026-09-01"), contactID: ContactID(number: 1),
                                       date: LocalDate(year: 2026, month: 9, day: 1) ?? LocalDate(dayNumber: 0), amount: eur(5_000), product: "Kit"))
        book.purchases.upsert(Purchase(id: PurchaseID(number: 2), createdAt: noon("2026-10-10"), contactID: ContactID(number: 1),
                                       date: LocalDate(year: 2026, month: 10, day: 10) ?? LocalDate(dayNumber: 0), amount: eur(30_000), product: "Kit"))
        book.templates.upsert(Template(id: TemplateID(number: 1), createdAt: noon("2026-01-01"), name: "Promo", kind: .email,
                                       subject: "{{first_name|Hello}}, prices are down", body: "Dear {{first_name|customer}},\n20% off."))
        book.campaigns.upsert(Campaign(id: CampaignID(number: 1), createdAt: noon("2026-09-20"), name: "Autumn 2026", channel: .email,
                                       period: "Autumn", budget: eur(25_000), cost: eur(20_000), target: "lifecycle:customer",
                                       status: .done, templateID: TemplateID(number: 1),
                                       members: [CampaignMember(contactID: ContactID(number: 1), sentAt: noon("2026-10-01")),
                                                 CampaignMember(contactID: ContactID(number: 2), sentAt: noon("2026-10-01"))]))
        book.campaigns.upsert(Campaign(id: CampaignID(number: 2), createdAt: noon("2026-11-01"), name: "Black Friday 2026",
                                       channel: .email, period: "Black Friday", budget: eur(40_000), cost: eur(0),
                                       target: "lifecycle:customer", templateID: TemplateID(number: 1)))
        return book
    }

    func testOverviewGolden() {
        var app = AppHarness(book: Self.book(), width: 120, height: 36)
        app.press("5")
        assertGolden(app.frame(), named: "campaigns-overview-120x36")
        XCTAssertTrue(app.screenText().contains("ROI         +50%"), app.screenText())
    }

    func testMembersAndCompareGoldens() {
        var app = AppHarness(book: Self.book(), width: 120, height: 36)
        app.press("5", "j", "m")
        assertGolden(app.frame(), named: "campaigns-members-120x36")
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("Anna Bruno") && screen.contains("no marketing consent recorded"), screen)
        app.press("c")
        assertGolden(app.frame(), named: "campaigns-compare-120x36")
    }

    func testSendAsksFirstWithADryRunThenAsksTheRunnerToSend() {
        var app = AppHarness(book: Self.book(), width: 120, height: 36)
        app.press("5", "j", "s")
        let confirmation = app.state.campaigns.confirmation
        XCTAssertEqual(confirmation?.campaignID, CampaignID(number: 2))
        XCTAssertTrue(confirmation?.message.hasPrefix("2 messages through the outbox") == true, confirmation?.message ?? "")
        XCTAssertTrue(confirmation?.message.contains("Left out: 1 without consent.") == true, confirmation?.message ?? "")
        XCTAssertTrue(app.screenText().contains("[ Send ]"))
        app.press("n")
        XCTAssertNil(app.state.campaigns.confirmation)
        XCTAssertTrue(app.effects.isEmpty, "cancel sends nothing")
        app.press("s", "y")
        XCTAssertEqual(app.effects, [.sendCampaign(CampaignID(number: 2))])
        XCTAssertEqual(app.state.book, Self.book(), "the dry run changed nothing")
    }

    func testAFinishedSendCannotBeUndone() throws {
        var app = AppHarness(book: Self.book(), width: 120, height: 36)
        app.press("5", "r", "space")
        XCTAssertTrue(app.state.history.canUndo)
        var sent = app.state.book
        var transport = OutboxTransport(directory: try makeTemporaryDirectory(self))
        let report = try CampaignSender.send(CampaignID(number: 2), in: &sent, transport: &transport, clock: app.environment.clock, dryRun: false)
        _ = App.perform(.finished(.campaignSent(report, book: sent)), state: &app.state, environment: app.environment)
        XCTAssertEqual(app.state.book, sent)
        XCTAssertFalse(app.state.history.canUndo, "undoing past a send would mail the members again")
        XCTAssertEqual(app.state.message?.text, "Sent 2 through \(transport.name); 1 left out (sending cannot be undone)")
    }

    func testRulesToggleAndRunAreUndoable() {
        var book = Self.book()
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 1), createdAt: Self.noon("2026-10-01"), title: "Idle deal",
                                              contactID: ContactID(number: 1), stageID: "proposal", amount: Money(major: 100, currency: .eur)))
        var app = AppHarness(book: book, width: 120, height: 36)
        app.press("5", "r", "space")
        XCTAssertEqual(app.state.book.settings.automation?["idle-deal"]?.enabled, true)
        XCTAssertEqual(app.state.book.settings.automation?["idle-deal"]?.since, AppHarness.today)
        app.press("+")
        XCTAssertEqual(app.state.book.settings.automation?["idle-deal"]?.days, 15)
        app.press("x")
        XCTAssertEqual(app.state.book.activities.count, 1)
        XCTAssertEqual(app.state.book.activities.all.first?.automation?.rule, "idle-deal")
        XCTAssertTrue(app.screenText().contains("Idle deal: Follow up: Idle deal (idle 52 days in Proposal)"), app.screenText())
        app.press("u")
        XCTAssertTrue(app.state.book.activities.isEmpty, "u undoes the whole run")
        XCTAssertEqual(app.state.book.settings.automation?["idle-deal"]?.days, 15, "and only the run")
    }

    func testRulesRunWhenTheBookOpens() {
        var book = Self.book()
        book.settings.automation = ["idle-deal": RuleSetting(enabled: true)]
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 1), createdAt: Self.noon("2026-10-01"), title: "Idle deal",
                                              stageID: "proposal", amount: Money(major: 100, currency: .eur)))
        var app = AppHarness(book: book, width: 120, height: 36)
        _ = App.perform(.campaigns(.runRulesOnOpening), state: &app.state, environment: app.environment)
        XCTAssertEqual(app.state.book.activities.count, 1)
        XCTAssertEqual(app.state.message?.text, "Rules on opening: 1 action (u undoes)")
        app.press("u")
        XCTAssertTrue(app.state.book.activities.isEmpty)
    }

    func testTemplatePreviewOnAChosenContact() {
        var app = AppHarness(book: Self.book(), width: 120, height: 36)
        app.press("5", "t")
        XCTAssertTrue(app.screenText().contains("Subject: Giulia, prices are down"), app.screenText())
        app.press("]")
        XCTAssertTrue(app.screenText().contains("Subject: Zoé, prices are down"), app.screenText())
        app.press("[", "[")
        XCTAssertTrue(app.screenText().contains("For Anna Bruno (con-000003)"), app.screenText())
    }
}

private func makeTemporaryDirectory(_ test: XCTestCase) throws -> String {
    let path = NSTemporaryDirectory() + "rapport-ui-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}
