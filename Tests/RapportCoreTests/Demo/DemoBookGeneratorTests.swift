import XCTest
@testable import RapportCore

final class DemoBookGeneratorTests: XCTestCase {
    let today = SampleBook.day

    func testSameSeedAndDateGiveTheSameBytes() throws {
        let first = try makeTemporaryDirectory(self)
        let second = try makeTemporaryDirectory(self)
        try BookStore.write(DemoBookGenerator(size: .small, seed: 7, today: today).generate(), to: first)
        try BookStore.write(DemoBookGenerator(size: .small, seed: 7, today: today).generate(), to: second)
        for collection in BookCollection.allCases {
            XCTAssertEqual(try readBytes(first + "/" + collection.fileName), try readBytes(second + "/" + collection.fileName), collection.fileName)
        }
        let other = DemoBookGenerator(size: .small, seed: 8, today: today).generate()
        XCTAssertNotEqual(other.contacts, try BookStore.load(directory: first).contacts)
    }

    func testTheLargeBooksCurrenciesConvert() {
        var size = DemoSize.small
        size.otherCurrencies = true
        let book = DemoBookGenerator(size: size, seed: 1, today: today).generate()
        let currencies = Set(book.opportunities.all.map(\.amount.currency))
        XCTAssertEqual(currencies, [.eur, .usd, .gbp], "three currencies")
        XCTAssertTrue(book.opportunities.all.allSatisfy { deal in deal.offers.allSatisfy { $0.amount.currency == deal.amount.currency } })
        XCTAssertEqual(Set(book.settings.rates.map(\.currency)), [.usd, .gbp])
        XCTAssertEqual(BookChecker.problems(in: book), [])
        let report = Reports.pipeline(book, asOf: today)
        XCTAssertEqual(report.convertedFrom, [.gbp, .usd])
        XCTAssertEqual(report.excludedFromValues, 0, "every deal has a rate")
        XCTAssertTrue(DemoSize.large.otherCurrencies)
        XCTAssertFalse(DemoSize.small.otherCurrencies, "the small book, behind the goldens, stays in euros")
    }

    func testTheSmallBookIsBelievable() {
        let book = DemoBookGenerator(size: .small, seed: 1, today: today).generate()
        XCTAssertEqual(book.contacts.count, 300)
        XCTAssertEqual(book.companies.count, 60)
        XCTAssertGreaterThan(book.opportunities.count, 140)
        XCTAssertEqual(book.activities.count, 1_500)
        XCTAssertEqual(book.purchases.count, 900)
        XCTAssertEqual(BookChecker.problems(in: book), [], "a demo book holds together")

        let opportunities = Array(book.opportunities.all)
        XCTAssertTrue(opportunities.contains { $0.status == .won })
        XCTAssertTrue(opportunities.contains { $0.status == .lost && $0.lostReason != nil })
        for stage in book.settings.pipeline {
            XCTAssertTrue(opportunities.contains { $0.status == .open && $0.stageID == stage.id }, "open deals in \(stage.name)")
        }
        XCTAssertTrue(opportunities.contains { $0.offers.count > 1 }, "some deals were renegotiated")
        XCTAssertTrue(opportunities.allSatisfy { deal in zip(deal.stageHistory, deal.stageHistory.dropFirst()).allSatisfy { $0.enteredAt <= $1.enteredAt } })

        let activities = Array(book.activities.all)
        let utc = TimeZone(identifier: "UTC") ?? .current
        let now = FixedClock(today).now
        XCTAssertTrue(activities.contains { $0.isOverdue(now: now, timeZone: utc) }, "some tasks are overdue")
        XCTAssertTrue(activities.contains { $0.isOpenTask && $0.dueDate == today }, "some are due today")
        XCTAssertEqual(Set(activities.compactMap(\.channel)), Set(Channel.allCases), "interactions on every channel")

        let purchaseDays = book.purchases.all.map(\.date)
        XCTAssertGreaterThanOrEqual(purchaseDays.min() ?? today, today.adding(months: -24))
        XCTAssertLessThanOrEqual(purchaseDays.max() ?? today, today)
        XCTAssertGreaterThan(Set(purchaseDays.map(\.monthKey)).count, 20, "purchases spread over two years")
        let stages = Set(book.contacts.all.map(\.lifecycle))
        XCTAssertTrue(stages.isSuperset(of: [.lead, .mql, .sql, .opportunity, .customer, .formerCustomer]), "\(stages)")
        XCTAssertFalse(book.campaigns.isEmpty)
        XCTAssertFalse(book.tickets.isEmpty)
        XCTAssertTrue(book.surveys.all.allSatisfy { (0...10).contains($0.score) })
    }

    /// Some demo campaigns pay off and some do not, and the purchases stay as many as the size says.
    func testDemoCampaignsAreSomeProfitableSomeNot() {
        for seed in [1, 7] as [UInt64] {
            let book = DemoBookGenerator(size: .small, seed: seed, today: today).generate()
            XCTAssertEqual(book.purchases.count, DemoSize.small.purchases)
            let rois = CampaignResults.all(in: book, asOf: today).compactMap(\.roi)
            XCTAssertTrue(rois.contains { $0 > 0 }, "seed \(seed): \(rois)")
            XCTAssertTrue(rois.contains { $0 < 0 }, "seed \(seed): \(rois)")
        }
    }
}
