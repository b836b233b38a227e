import Foundation
import XCTest
@testable import RapportCore

final class WorkflowRulesTests: XCTestCase {
    private let today = "2026-11-22"

    private func book(rules: [BuiltInRule: RuleSetting]) -> Book {
        var book = Book(contacts: [
            CampaignFixture.contact(1, "Lead", lifecycle: .lead),
            CampaignFixture.contact(2, "Loyal", lifecycle: .customer),
            CampaignFixture.contact(3, "Lapsed", lifecycle: .customer, created: "2024-01-01"),
            CampaignFixture.contact(4, "Old lead", lifecycle: .lead, created: "2024-01-01"),
        ])
        book.settings.automation = Dictionary(uniqueKeysWithValues: rules.map { ($0.key.rawValue, $0.value) })
        book.purchases.upsert(CampaignFixture.purchase(1, 1, "2026-11-20", 1000))       // contact 1's first purchase
        book.purchases.upsert(CampaignFixture.purchase(2, 2, "2026-10-01", 1000))
        book.purchases.upsert(CampaignFixture.purchase(3, 3, "2025-09-01", 1000))       // 447 days ago
        book.purchases.upsert(CampaignFixture.purchase(4, 4, "2025-01-01", 1000))       // before the rule was enabled
        var idle = Opportunity(id: OpportunityID(number: 1), createdAt: Fixture.noon("2026-10-01"), title: "Idle deal",
                               contactID: ContactID(number: 2), stageID: "proposal", amount: Fixture.eur(1000))
        idle.move(toStage: "negotiation", at: Fixture.noon("2026-11-01"))
        book.opportunities.upsert(idle)
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 2), createdAt: Fixture.noon("2026-11-15"), title: "Fresh deal",
                                              contactID: ContactID(number: 2), stageID: "new", amount: Fixture.eur(1000)))
        var won = Opportunity(id: OpportunityID(number: 3), createdAt: Fixture.noon("2026-09-01"), title: "Won deal",
                              contactID: ContactID(number: 2), stageID: "negotiation", amount: Fixture.eur(1000))
        won.markWon(at: Fixture.noon("2026-11-10"))
        book.opportunities.upsert(won)
        return book
    }

    private func all(since: String = "2026-11-01") -> [BuiltInRule: RuleSetting] {
        Dictionary(uniqueKeysWithValues: BuiltInRule.allCases.map { ($0, RuleSetting(enabled: true, since: Fixture.day(since))) })
    }

    func testEachRuleFiresOnceAndLogs() throws {
        let run = WorkflowRules.run(book(rules: all()), clock: CampaignFixture.clock(today))
        XCTAssertEqual(run.actions.map(\.rule), [.idleDeal, .firstPurchase, .wonDealSurvey, .lapsedCustomer])
        XCTAssertEqual(run.actions.map(\.summary), [
            "Follow up: Idle deal (idle 21 days in Negotiation)",
            "Onboarding call: Lead Test (first purchase 2026-11-20)",
            "NPS request: Won deal",
            "Former customer: Lapsed Test (no purchase for 447 days), tagged reacquisition",
        ])
        let book = run.book
        // Every action is an activity that names its rule and carries its mark.
        for action in run.actions {
            let activity = try XCTUnwrap(book.activities[action.activityID])
            XCTAssertEqual(activity.automation?.rule, action.rule.rawValue)
            XCTAssertTrue(activity.notes.contains("rule “\(action.rule.title)”"), activity.notes)
        }
        let followUp = try XCTUnwrap(book.activities[run.actions[0].activityID])
        XCTAssertEqual(followUp.opportunityID, OpportunityID(number: 1))
        XCTAssertEqual(followUp.dueDate, Fixture.day(today))
        XCTAssertEqual(book.contacts[ContactID(number: 1)]?.lifecycle, .customer)
        XCTAssertEqual(book.activities[run.actions[1].activityID]?.dueDate, Fixture.day("2026-11-25"))
        XCTAssertEqual(book.activities[run.actions[2].activityID]?.dueDate, Fixture.day("2026-12-10"))
        XCTAssertEqual(book.contacts[ContactID(number: 3)]?.lifecycle, .formerCustomer)
        XCTAssertEqual(book.contacts[ContactID(number: 3)]?.tags, ["reacquisition"])
        XCTAssertEqual(book.contacts[ContactID(number: 4)]?.lifecycle, .lead, "a first purchase before `since` is history")

        let again = WorkflowRules.run(book, clock: CampaignFixture.clock(today))
        XCTAssertTrue(again.isEmpty, "a second run does nothing: \(again.actions.map(\.summary))")
        XCTAssertEqual(again.book, book)
        // Even once the follow-up is done, the same idle spell does not fire again.
        var done = book
        done.activities.update(run.actions[0].activityID) { $0.doneAt = Fixture.noon(self.today) }
        XCTAssertTrue(WorkflowRules.run(done, clock: CampaignFixture.clock("2026-11-23")).isEmpty)
    }

    func testDisabledRulesAndTunedNumbers() {
        XCTAssertTrue(WorkflowRules.run(book(rules: [:]), clock: CampaignFixture.clock(today)).isEmpty)
        var rules = [BuiltInRule.idleDeal: RuleSetting(enabled: true, days: 30)]
        XCTAssertTrue(WorkflowRules.run(book(rules: rules), clock: CampaignFixture.clock(today)).isEmpty, "21 days is not over 30")
        rules[.idleDeal] = RuleSetting(enabled: false, days: 1)
        XCTAssertTrue(WorkflowRules.run(book(rules: rules), clock: CampaignFixture.clock(today)).isEmpty)
        rules[.idleDeal] = RuleSetting(enabled: true, days: 5)
        XCTAssertEqual(WorkflowRules.run(book(rules: rules), clock: CampaignFixture.clock(today)).actions.count, 2,
                       "the fresh deal has been idle 7 days too")
        let lapsed = [BuiltInRule.lapsedCustomer: RuleSetting(enabled: true, days: 500, tag: "winback")]
        XCTAssertTrue(WorkflowRules.run(book(rules: lapsed), clock: CampaignFixture.clock(today)).isEmpty)
        let later = WorkflowRules.run(book(rules: lapsed), clock: CampaignFixture.clock("2027-01-20"))
        XCTAssertEqual(later.book.contacts[ContactID(number: 3)]?.tags, ["winback"])
    }

    func testAnOpenTaskOnTheDealMeansAFollowUpIsPlanned() {
        var book = book(rules: [.idleDeal: RuleSetting(enabled: true)])
        book.activities.upsert(Activity(id: ActivityID(number: 1), createdAt: Fixture.noon("2026-11-20"), task: .call,
                                        summary: "Call", due: Fixture.day("2026-11-30"), opportunityID: OpportunityID(number: 1)))
        XCTAssertTrue(WorkflowRules.run(book, clock: CampaignFixture.clock(today)).isEmpty)
    }

    func testSettingsWithoutCampaignsOrAutomationStillDecode() throws {
        let directory = try makeTemporaryDirectory(self)
        try writeText("{\"schema\": 1, \"settings\": {\"userName\": \"G\", \"defaultCurrency\": \"EUR\", \"numberFormat\": {\"decimalSeparator\": \".\", \"groupingSeparator\": \",\", \"symbolBeforeAmount\": true}, \"pipeline\": [], \"lostReasons\": [], \"expectedLifespanYears\": 3}}\n",
                      to: directory + "/settings.json")
        let book = try BookStore.load(directory: directory)
        XCTAssertNil(book.settings.campaigns)
        XCTAssertNil(book.settings.automation)
        XCTAssertEqual(book.settings.attributionDays, 30)
        var changed = book
        changed.settings.automation = ["idle-deal": RuleSetting(enabled: true, days: 10, since: Fixture.day("2026-11-22"))]
        changed.settings.campaigns = CampaignSettings(mailCommand: "msmtp -t", fromAddress: "g@x.it")
        try BookStore.write(changed, to: directory)
        let reread = try BookStore.load(directory: directory)
        XCTAssertEqual(reread.settings, changed.settings)
        let text = String(decoding: try readBytes(directory + "/settings.json"), as: UTF8.self)
        XCTAssertTrue(text.contains("\"since\": \"2026-11-22\""), text)
    }
}
