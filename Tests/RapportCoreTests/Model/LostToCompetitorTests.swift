import Foundation
import XCTest
@testable import RapportCore

/// `Opportunity.lostTo`: who won a deal lost to a competitor. Stored in JSON as `lostTo`, absent
/// when unknown, so books written before it load unchanged; counted by the lost-reasons report.
final class LostToCompetitorTests: XCTestCase {
    private func lostDeal(_ number: Int, lostTo: String?) -> Opportunity {
        var deal = Fixture.deal(number, created: "2026-01-05", outcome: .lost("2026-02-10", reason: "Chose a competitor"),
                                amount: Fixture.eur(100_000 * Int64(number)))
        deal.lostTo = lostTo
        return deal
    }

    func testTheFastAndTheFullCodingWriteAndReadIt() throws {
        let table = RecordTable([lostDeal(1, lostTo: "ShelfCo"), lostDeal(2, lostTo: nil)])
        let slow = try CollectionCoding.encodeWithCodable(table, as: .opportunities)
        let fast = try XCTUnwrap(FastCollectionCoding.encode(table, as: .opportunities))
        XCTAssertEqual(String(decoding: fast, as: UTF8.self), String(decoding: slow, as: UTF8.self))
        let text = String(decoding: fast, as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "\"lostTo\"").count - 1, 1, "written only when known: \(text)")
        let decoded = try XCTUnwrap(FastCollectionCoding.decode(Opportunity.self, from: fast, collection: .opportunities))
        XCTAssertEqual(decoded[OpportunityID(number: 1)]?.lostTo, "ShelfCo")
        XCTAssertNil(decoded[OpportunityID(number: 2)]?.lostTo)
        let full = try CollectionCoding.decode(Opportunity.self, from: fast, collection: .opportunities, path: "opportunities.json")
        XCTAssertEqual(full.first { $0.id == OpportunityID(number: 1) }?.lostTo, "ShelfCo")
    }

    /// A book saved before the field existed: the same bytes without the key.
    func testABookWithoutTheFieldLoads() throws {
        let table = RecordTable([lostDeal(1, lostTo: nil)])
        let old = try CollectionCoding.encodeWithCodable(table, as: .opportunities)
        XCTAssertFalse(String(decoding: old, as: UTF8.self).contains("lostTo"))
        let fast = try XCTUnwrap(FastCollectionCoding.decode(Opportunity.self, from: old, collection: .opportunities))
        XCTAssertEqual(fast[OpportunityID(number: 1)]?.lostReason, "Chose a competitor")
        XCTAssertNil(fast[OpportunityID(number: 1)]?.lostTo)
        let full = try CollectionCoding.decode(Opportunity.self, from: old, collection: .opportunities, path: "opportunities.json")
        XCTAssertNil(full.first?.lostTo)
    }

    func testReopeningOrWinningForgetsIt() {
        var deal = lostDeal(1, lostTo: "ShelfCo")
        deal.reopen(at: Fixture.noon("2026-03-01"))
        XCTAssertNil(deal.lostTo)
        deal.markLost(reason: "Chose a competitor", lostTo: "Rackmaster", at: Fixture.noon("2026-03-02"))
        XCTAssertEqual(deal.lostTo, "Rackmaster")
        deal.markWon(at: Fixture.noon("2026-03-03"))
        XCTAssertNil(deal.lostTo)
    }

    func testWhichReasonsNameACompetitor() {
        XCTAssertTrue(Opportunity.isCompetitorReason("Chose a competitor"))
        XCTAssertTrue(Opportunity.isCompetitorReason("Went to a COMPETITOR"))
        XCTAssertFalse(Opportunity.isCompetitorReason("Price too high"))
    }

    /// Deals 1 and 3 to ShelfCo (€1,000 + €3,000), deal 2 to Rackmaster (€2,000), deal 4 unnamed,
    /// deal 5 lost to ShelfCo outside the period.
    func testTheLostReasonsReportCountsTheCompetitors() throws {
        var outside = lostDeal(5, lostTo: "ShelfCo")
        outside.closedAt = Fixture.noon("2025-06-01")
        let book = Book(opportunities: [lostDeal(1, lostTo: "ShelfCo"), lostDeal(2, lostTo: "Rackmaster"),
                                        lostDeal(3, lostTo: " ShelfCo "), lostDeal(4, lostTo: nil), outside])
        let report = Reports.lostReasons(book, period: Fixture.period("2026-01-01", "2026-03-31"))
        XCTAssertEqual(report.lost, 4)
        XCTAssertEqual(report.competitors.map(\.name), ["ShelfCo", "Rackmaster"])
        XCTAssertEqual(report.competitors.map(\.count), [2, 1])
        XCTAssertEqual(report.competitors.map(\.value.minorUnits), [400_000, 200_000])
        guard case .object(let json) = try Fixture.json(report), case .array(let competitors)? = json["competitors"] else {
            return XCTFail("--json lists the competitors")
        }
        XCTAssertEqual(competitors.count, 2)
    }
}
