import Foundation
import XCTest
@testable import RapportCore

/// Attribution and ROI on a fixture computed by hand.
///
/// Sent on 2026-10-01 (noon) to four members, cost €100.00, window 30 days (through 2026-10-31):
/// - A: buys €60.00 on 10-05 (in) and €500.00 on 11-01 (day 31: out). No earlier purchase.
/// - B: bought on 09-01 (before), buys €90.00 on 10-31 (day 30: in, the boundary). Returning.
/// - C: bought on 09-15 (before), nothing after; replied by email on 10-02.
/// - D: a deal of €2,000.00 opened 10-10, nothing bought.
/// - E: a member never sent to: counts in no figure but `members`.
/// Revenue €150.00; ROI (150 - 100) / 100 = +50%; earlier buyers B and C, B bought again: 50%.
final class CampaignResultsTests: XCTestCase {
    private func fixture(window: Int? = nil) -> (Book, Campaign) {
        var book = Book(contacts: (1...5).map { CampaignFixture.contact($0, "M\($0)", email: "m\($0)@x.it") })
        book.settings.campaigns = window.map { CampaignSettings(attributionDays: $0) }
        for purchase in [CampaignFixture.purchase(1, 1, "2026-10-05", 6_000), CampaignFixture.purchase(2, 1, "2026-11-01", 50_000),
                         CampaignFixture.purchase(3, 2, "2026-09-01", 1_000), CampaignFixture.purchase(4, 2, "2026-10-31", 9_000),
                         CampaignFixture.purchase(5, 3, "2026-09-15", 1_000)] {
            book.purchases.upsert(purchase)
        }
        book.activities.upsert(Activity(id: ActivityID(number: 1), createdAt: Fixture.noon("2026-10-02"), channel: .email,
                                        direction: .inbound, summary: "Re: autumn", occurredAt: Fixture.noon("2026-10-02"),
                                        contactID: ContactID(number: 3)))
        // An outbound email is not a response.
        book.activities.upsert(Activity(id: ActivityID(number: 2), createdAt: Fixture.noon("2026-10-02"), channel: .email,
                                        direction: .outbound, summary: "Reminder", occurredAt: Fixture.noon("2026-10-02"),
                                        contactID: ContactID(number: 1)))
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 1), createdAt: Fixture.noon("2026-10-10"), title: "Big order",
                                              contactID: ContactID(number: 4), stageID: "new", amount: Fixture.eur(200_000)))
        let sent = Fixture.noon("2026-10-01")
        let campaign = Campaign(id: CampaignID(number: 1), createdAt: sent, name: "Autumn", channel: .email,
                                budget: Fixture.eur(20_000), cost: Fixture.eur(10_000),
                                members: (1...4).map { CampaignMember(contactID: ContactID(number: $0), sentAt: sent) }
                                    + [CampaignMember(contactID: ContactID(number: 5))])
        book.campaigns.upsert(campaign)
        return (book, campaign)
    }

    func testAttributionWindowRevenueROIAndRetention() {
        let (book, campaign) = fixture()
        let results = CampaignResults.compute(campaign, in: book, asOf: Fixture.day("2026-11-22"))
        XCTAssertEqual(results.windowDays, 30)
        XCTAssertEqual(results.members, 5)
        XCTAssertEqual(results.sent, 4)
        XCTAssertEqual(results.revenue, Fixture.eur(15_000))
        XCTAssertEqual(results.purchasers, 2)
        XCTAssertEqual(results.roi ?? .nan, 0.5, accuracy: 1e-9)
        XCTAssertEqual(results.previousBuyers, 2)
        XCTAssertEqual(results.returningBuyers, 1)
        XCTAssertEqual(results.retentionRate ?? .nan, 0.5, accuracy: 1e-9)
        XCTAssertEqual(results.opportunities, 1)
        XCTAssertEqual(results.opportunityValue, Fixture.eur(200_000))
        // A bought, B bought, C replied, D opened a deal: all four responded.
        XCTAssertEqual(results.responses, 4)
        let byContact = Dictionary(uniqueKeysWithValues: results.outcomes.map { ($0.contactID.rawValue, $0) })
        XCTAssertEqual(byContact["con-000001"]?.revenueMinor, 6_000, "the purchase on day 31 is outside the window")
        XCTAssertEqual(byContact["con-000002"]?.revenueMinor, 9_000, "day 30 is inside")
        XCTAssertEqual(byContact["con-000003"]?.replied, true)
        XCTAssertEqual(byContact["con-000001"]?.replied, false)
        XCTAssertEqual(byContact["con-000004"]?.opportunities, [OpportunityID(number: 1)])
    }

    func testTheWindowComesFromSettings() {
        let (book, campaign) = fixture(window: 31)
        let results = CampaignResults.compute(campaign, in: book, asOf: Fixture.day("2026-11-22"))
        XCTAssertEqual(results.revenue, Fixture.eur(65_000))
        XCTAssertEqual(results.roi ?? .nan, 5.5, accuracy: 1e-9)
    }

    func testPurchasesAfterAsOfAreNotCountedYet() {
        let (book, campaign) = fixture()
        let results = CampaignResults.compute(campaign, in: book, asOf: Fixture.day("2026-10-10"))
        XCTAssertEqual(results.revenue, Fixture.eur(6_000))
    }

    func testNoCostMeansNoROI() {
        var (book, campaign) = fixture()
        campaign.cost = Fixture.eur(0)
        book.campaigns.upsert(campaign)
        XCTAssertNil(CampaignResults.compute(campaign, in: book, asOf: Fixture.day("2026-11-22")).roi)
        XCTAssertEqual(CampaignFigures.percent(nil), "–")
        XCTAssertEqual(CampaignFigures.percent(0.5, signed: true), "+50%")
        XCTAssertEqual(CampaignFigures.percent(-1, signed: true), "-100%")
    }
}
