import Foundation
import XCTest
@testable import RapportCore

final class AudienceFilterTests: XCTestCase {
    private func book() -> Book {
        var book = Book(contacts: [
            CampaignFixture.contact(1, "Giulia", email: "g@x.it", city: "Milano", tags: ["vip"], lifecycle: .customer),
            CampaignFixture.contact(2, "Luca", email: "l@x.it", city: "Zürich", tags: ["newsletter"], lifecycle: .customer),
            CampaignFixture.contact(3, "Anna", email: "a@x.it", city: "San Marino", lifecycle: .lead, consent: CampaignFixture.withdrawn),
            CampaignFixture.contact(4, "Marco", email: "m@x.it", lifecycle: .evangelist, consent: Consent()),
            // Created after the as-of day: never in an audience yet.
            CampaignFixture.contact(5, "Late", email: "late@x.it", lifecycle: .customer, created: "2026-12-01"),
        ])
        for purchase in [CampaignFixture.purchase(1, 1, "2026-10-01", 1000, category: "Shoes"),
                         CampaignFixture.purchase(2, 1, "2026-10-20", 1000),
                         CampaignFixture.purchase(3, 2, "2025-06-01", 1000, category: "Bags")] {
            book.purchases.upsert(purchase)
        }
        return book
    }

    private func names(_ expression: String, savedFilters: [SavedFilter] = [], file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let filter = try AudienceFilter(expression, savedFilters: savedFilters)
        let context = AudienceContext(book: book(), asOf: Fixture.day("2026-11-22"), for: filter)
        return filter.contacts(in: context).map(\.firstName)
    }

    func testFieldsValuesAndNegation() throws {
        XCTAssertEqual(try names("lifecycle:customer"), ["Giulia", "Luca"])
        XCTAssertEqual(try names("lifecycle:customer,evangelist -tag:vip"), ["Luca", "Marco"])
        XCTAssertEqual(try names("city:milano"), ["Giulia"])
        XCTAssertEqual(try names("city:zurich"), ["Luca"], "accents are folded")
        XCTAssertEqual(try names("city:\"San Marino\""), ["Anna"], "quoted values keep their spaces")
        XCTAssertEqual(try names("consent:withdrawn,none"), ["Anna", "Marco"])
        XCTAssertEqual(try names("purchases>=2"), ["Giulia"])
        XCTAssertEqual(try names("purchases=0"), ["Anna", "Marco"])
        XCTAssertEqual(try names("category:bags"), ["Luca"])
    }

    func testBuiltInSegmentsByNameOrField() throws {
        // Giulia bought twice in the last 6 months (occasional); Luca last bought 17 months ago (ex-customer).
        XCTAssertEqual(try names("occasional"), ["Giulia"])
        XCTAssertEqual(try names("segment:ex-customer,loyal"), ["Luca"])
    }

    func testSavedFiltersExpand() throws {
        let saved = [SavedFilter(name: "vip-milan", expression: "tag:vip city:Milano"),
                     SavedFilter(name: "zurich", expression: "city:Zürich")]
        XCTAssertEqual(try names("filter:vip-milan", savedFilters: saved), ["Giulia"])
        XCTAssertEqual(try names("filter:vip-milan,zurich", savedFilters: saved), ["Giulia", "Luca"], "several saved filters are alternatives")
        let loop = [SavedFilter(name: "a", expression: "filter:b"), SavedFilter(name: "b", expression: "filter:a")]
        XCTAssertThrowsError(try AudienceFilter("filter:a", savedFilters: loop))
    }

    func testErrorsNameTheProblem() {
        func message(_ text: String) -> String {
            do {
                _ = try AudienceFilter(text)
                return ""
            } catch {
                return error.message
            }
        }
        XCTAssertTrue(message("colour:red").contains("unknown field \"colour\""))
        XCTAssertTrue(message("segment:vip").contains("unknown segment \"vip\""))
        XCTAssertTrue(message("lifecycle:client,alien").contains("unknown lifecycle stage \"alien\""))
        XCTAssertTrue(message("purchases>=many").contains("whole number"))
        XCTAssertTrue(message("city:\"Milano").contains("quote"))
        XCTAssertTrue(message("champions").contains("neither a segment"))
        XCTAssertTrue(message("filter:nope").contains("no saved filter"))
        XCTAssertEqual(message(""), "", "an empty target is valid (members added by hand)")
    }
}

final class ConsentExclusionTests: XCTestCase {
    func testOnlyConsentingReachableContactsAreSentAndTheOthersSayWhy() throws {
        let book = Book(contacts: [
            CampaignFixture.contact(1, "Giulia", email: "g@x.it", lifecycle: .customer),
            CampaignFixture.contact(2, "Nomail", lifecycle: .customer),
            CampaignFixture.contact(3, "Anna", email: "a@x.it", lifecycle: .customer, consent: CampaignFixture.withdrawn),
            CampaignFixture.contact(4, "Marco", email: "m@x.it", lifecycle: .customer, consent: Consent()),
            CampaignFixture.contact(5, "Lead", email: "lead@x.it", lifecycle: .lead),
        ])
        var campaign = Campaign(id: CampaignID(number: 1), createdAt: Fixture.noon("2026-11-01"), name: "Autumn", channel: .email,
                                budget: Fixture.eur(0), cost: Fixture.eur(0), target: "lifecycle:customer")
        // A hand-added member who withdrew is left out too; one already sent stays sent.
        campaign.members = [CampaignMember(contactID: ContactID(number: 5)),
                            CampaignMember(contactID: ContactID(number: 3), sentAt: nil)]
        let audience = try CampaignAudience.resolve(campaign, in: book, asOf: Fixture.day("2026-11-22"))
        XCTAssertEqual(audience.toSend, [ContactID(number: 1), ContactID(number: 5)])
        XCTAssertEqual(audience.leftOut.map(\.contactID), [ContactID(number: 2), ContactID(number: 3), ContactID(number: 4)])
        XCTAssertEqual(audience.leftOut.map(\.reason.description),
                       ["no email address", "marketing consent withdrawn on 2026-03-02", "no marketing consent recorded"])
    }

    func testChannelDecidesWhichAddressIsNeeded() {
        let phoneOnly = CampaignFixture.contact(1, "Sam", phone: "+39 333 000")
        XCTAssertNil(CampaignAudience.exclusion(of: phoneOnly, channel: .sms))
        XCTAssertEqual(CampaignAudience.exclusion(of: phoneOnly, channel: .email), .noEmail)
        XCTAssertEqual(CampaignAudience.exclusion(of: phoneOnly, channel: .directMail), .noPostalAddress)
        XCTAssertNil(CampaignAudience.exclusion(of: phoneOnly, channel: .event))
        var refused = phoneOnly
        refused.consent = CampaignFixture.withdrawn
        XCTAssertEqual(CampaignAudience.exclusion(of: refused, channel: .event), .consentWithdrawn(Fixture.noon("2026-03-02")),
                       "consent comes first, on every channel")
    }
}
