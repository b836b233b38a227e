import XCTest
@testable import RapportCore

final class LifetimeValueReportTests: XCTestCase {
    func testHandComputedLifetimeValue() throws {
        var purchases: [Purchase] = []
        // A: 100 + 200 + 300 over two years (2024-07-01 -> 2026-07-01 = 730 days).
        purchases += Fixture.purchases(of: 1, [("2024-07-01", Fixture.eur(10_000)), ("2025-07-01", Fixture.eur(20_000)),
                                               ("2026-07-01", Fixture.eur(30_000))], firstNumber: 100)
        // B: one order a month ago: tenure under a year, so one purchase per year.
        purchases += Fixture.purchases(of: 2, [("2026-06-01", Fixture.eur(5_000))], firstNumber: 200)
        // C: 80 euros and a dollar order (left out).
        purchases += Fixture.purchases(of: 3, [("2026-01-01", Fixture.eur(8_000)), ("2026-02-01", Fixture.usd(100_000))], firstNumber: 300)
        // D: dollars only: in no figure.
        purchases += Fixture.purchases(of: 4, [("2026-01-01", Fixture.usd(100_000))], firstNumber: 400)
        // An erased buyer's order, and an order after as-of.
        purchases += Fixture.purchases(of: nil, [("2026-01-01", Fixture.eur(99_900))], firstNumber: 500)
        purchases += Fixture.purchases(of: 2, [("2026-07-02", Fixture.eur(99_900))], firstNumber: 600)
        let book = Book(contacts: [Fixture.contact(1), Fixture.contact(2), Fixture.contact(3)], purchases: purchases)
        let report = Reports.lifetimeValue(book, asOf: Fixture.day("2026-07-01"))
        XCTAssertEqual(report.customers, 3)
        let a = try XCTUnwrap(report.byContact[ContactID(number: 1)])
        XCTAssertEqual(a.historicalValue.minorUnits, 60_000)
        XCTAssertEqual(a.averageOrderValue.minorUnits, 20_000)
        XCTAssertEqual(a.tenureYears, 730 / 365.25, accuracy: 1e-12)
        // 200 x (3 / (730 / 365.25)) x 3 = 180000 x 365.25 / 730 cents = 90061.64 -> 90062 cents
        XCTAssertEqual(a.predictedValue.minorUnits, 90_062)
        // B: 50 x 1 x 3 = 150; C: 80 x 1 x 3 = 240.
        XCTAssertEqual(report.byContact[ContactID(number: 2)]?.predictedValue.minorUnits, 15_000)
        XCTAssertEqual(report.byContact[ContactID(number: 3)]?.predictedValue.minorUnits, 24_000)
        XCTAssertNil(report.byContact[ContactID(number: 4)])
        // 600 + 50 + 80 = 730; / 3 = 243.333 -> 243.33; predicted (900.62 + 150 + 240) / 3 = 430.2067 -> 430.21
        XCTAssertEqual(report.totalHistoricalValue.minorUnits, 73_000)
        XCTAssertEqual(report.averageHistoricalValue?.minorUnits, 24_333)
        XCTAssertEqual(report.averagePredictedValue?.minorUnits, 43_021)
        XCTAssertEqual(report.top.map(\.contactID.rawValue), ["con-000001", "con-000003", "con-000002"])
        XCTAssertEqual(report.excludedPurchases, 2)
        XCTAssertEqual(report.unattributedPurchases, 1)
        // Largest 900.62: widths 1, 2, 5, 10, 20, 50 are too narrow for ten buckets, 100 fits.
        XCTAssertEqual(report.histogram.count, 10)
        XCTAssertEqual(report.histogram[1].lower.minorUnits, 10_000)
        XCTAssertEqual(report.histogram.map(\.customers), [0, 1, 1, 0, 0, 0, 0, 0, 0, 1])
    }

    func testEmptyBook() throws {
        let report = Reports.lifetimeValue(Book(), asOf: Fixture.day("2026-07-01"))
        XCTAssertEqual(report.customers, 0)
        XCTAssertNil(report.averagePredictedValue)
        XCTAssertEqual(report.histogram.count, 0)
        XCTAssertEqual(try Fixture.json(report)["averagePredictedValue"], .null)
    }
}

final class LostReasonsReportTests: XCTestCase {
    func testHandComputedReasonsAndOffers() throws {
        let book = Book(opportunities: [
            Fixture.deal(1, created: "2025-12-01", outcome: .lost("2026-01-10", reason: "Price too high"),
                         amount: Fixture.eur(100_000), offers: [.rejected, .rejected]),
            Fixture.deal(2, created: "2025-12-01", outcome: .lost("2026-02-10", reason: "Price too high"),
                         amount: Fixture.eur(50_000), offers: [.superseded, .rejected]),
            Fixture.deal(3, created: "2025-12-01", outcome: .lost("2026-03-10", reason: "Timing"), amount: Fixture.eur(200_000)),
            Fixture.deal(4, created: "2025-12-01", outcome: .lost("2026-03-15", reason: ""), amount: Fixture.eur(10_000)),
            Fixture.deal(5, created: "2025-12-01", outcome: .won("2026-02-01"), amount: Fixture.eur(300_000),
                         offers: [.superseded, .accepted]),
            // Outside the period, or lost after as-of (open on as-of).
            Fixture.deal(6, created: "2025-12-01", outcome: .lost("2025-12-31", reason: "Timing"), amount: Fixture.eur(1)),
            Fixture.deal(7, created: "2025-12-01", outcome: .lost("2026-04-01", reason: "Timing"), amount: Fixture.eur(1)),
            // In dollars: counted, no value.
            Fixture.deal(8, created: "2025-12-01", outcome: .lost("2026-03-01", reason: "Timing"), amount: Fixture.usd(5_000)),
        ])
        let report = Reports.lostReasons(book, period: Fixture.period("2026-01-01", "2026-03-31"))
        XCTAssertEqual(report.lost, 5)  // 1, 2, 3, 4, 8
        XCTAssertEqual(report.lostValue.minorUnits, 360_000)  // 1000 + 500 + 2000 + 100
        // Timing and Price tie on 2 deals; Timing's 2000 beats Price's 1500.
        XCTAssertEqual(report.reasons.map(\.reason), ["Timing", "Price too high", Reports.noLostReason])
        XCTAssertEqual(report.reasons.map(\.count), [2, 2, 1])
        XCTAssertEqual(report.reasons.map(\.value.minorUnits), [200_000, 150_000, 10_000])
        XCTAssertEqual(report.reasons.map(\.share), [0.4, 0.4, 0.2])
        // Closed in the period: 1, 2, 3, 4, 5, 8 with 2 + 2 + 0 + 0 + 2 + 0 = 6 offers.
        XCTAssertEqual(report.closedOpportunities, 6)
        XCTAssertEqual(report.offers, 6)
        XCTAssertEqual(report.offersPerOpportunity, 1.0)
        // 1 accepted, 3 rejected: 1 / 4.
        XCTAssertEqual(report.offerAcceptanceRate, 0.25)
        XCTAssertEqual(report.excludedFromValues, 1)
    }

    func testEmptyBook() throws {
        let report = Reports.lostReasons(Book(), period: Fixture.period("2026-01-01", "2026-03-31"))
        XCTAssertEqual(report.lost, 0)
        XCTAssertNil(report.offerAcceptanceRate)
        XCTAssertNil(report.offersPerOpportunity)
        XCTAssertEqual(try Fixture.json(report)["offerAcceptanceRate"], .null)
    }
}

final class KPIReportTests: XCTestCase {
    /// Period March 2026 (31 days); previous 2026-01-29...2026-02-28 (31 days).
    func makeBook() -> Book {
        var purchases = Fixture.purchases(of: 20, [("2025-05-01", Fixture.eur(100)), ("2026-03-10", Fixture.eur(100))], firstNumber: 1)
        purchases += Fixture.purchases(of: 21, [("2026-03-15", Fixture.eur(100))], firstNumber: 10)
        var doneTask = Activity(id: ActivityID(number: 2), createdAt: Fixture.noon("2026-01-01"), task: .call, summary: "T2",
                                due: Fixture.day("2026-02-20"))
        doneTask.doneAt = Fixture.noon("2026-03-02")
        return Book(
            contacts: [
                Fixture.contact(1, created: "2026-03-05", lifecycle: [(.mql, "2026-03-06"), (.sql, "2026-03-20")]),
                Fixture.contact(2, created: "2026-02-10", lifecycle: [(.mql, "2026-03-10")]),
                Fixture.contact(3, created: "2025-06-01", lifecycle: [(.mql, "2026-02-01"), (.customer, "2026-03-15")]),
            ],
            opportunities: [
                // Won 03-05; cycle 01-10 -> 03-05 = 21 + 28 + 5 = 54 days.
                Fixture.deal(1, created: "2026-01-10", outcome: .won("2026-03-05"), amount: Fixture.eur(100_000)),
                Fixture.deal(2, created: "2026-02-01", outcome: .lost("2026-03-20", reason: "Timing"), amount: Fixture.eur(50_000)),
                // Won 02-20; cycle 15 days.
                Fixture.deal(3, created: "2026-02-05", outcome: .won("2026-02-20"), amount: Fixture.eur(200_000)),
                // In New (10%) until 03-10, then Proposal (60%); expected to close 03-31.
                Fixture.deal(4, created: "2026-01-05", moves: [("proposal", "2026-03-10")], amount: Fixture.eur(100_000),
                             expectedClose: "2026-03-31"),
                Fixture.deal(5, created: "2026-02-10", stage: "qualified", amount: Fixture.eur(40_000), expectedClose: "2026-05-15"),
            ],
            activities: [
                Activity(id: ActivityID(number: 1), createdAt: Fixture.noon("2026-01-01"), task: .call, summary: "T1",
                         due: Fixture.day("2026-03-30")),
                doneTask,
                Activity(id: ActivityID(number: 3), createdAt: Fixture.noon("2026-01-01"), task: .call, summary: "T3",
                         due: Fixture.day("2026-03-31")),
                Activity(id: ActivityID(number: 4), createdAt: Fixture.noon("2026-03-01"), task: .todo, summary: "T4",
                         due: Fixture.day("2026-02-15")),
            ],
            purchases: purchases,
            surveys: [Fixture.answer(1, "2026-03-02", 10), Fixture.answer(2, "2026-03-03", 10), Fixture.answer(3, "2026-03-04", 5),
                      Fixture.answer(4, "2026-02-01", 6)])
    }

    func testHandComputedKPIs() throws {
        let report = Reports.kpis(makeBook(), period: Fixture.period("2026-03-01", "2026-03-31"))
        XCTAssertEqual(report.previousFrom, Fixture.day("2026-01-29"))
        XCTAssertEqual(report.previousTo, Fixture.day("2026-02-28"))
        func check(_ id: String, _ current: Double?, _ previous: Double?, line: UInt = #line) {
            guard let kpi = report.kpi(id) else { return XCTFail("no KPI \(id)", line: line) }
            XCTAssertEqual(kpi.current, current, "\(id) current", line: line)
            XCTAssertEqual(kpi.previous, previous, "\(id) previous", line: line)
        }
        // On 03-31 deals 4 (1000) and 5 (400) are open; on 02-28 also 1 and 2: 1000 + 500 + 1000 + 400.
        check("openPipeline", 1400, 2900)
        // Deal 4 closes 03-31: 60% of 1000 in March; on 02-28 it was in New (10%): 100, in Q1 but not February.
        check("forecastThisMonth", 600, 0)
        check("forecastThisQuarter", 600, 100)
        check("wonThisMonth", 1000, 2000)   // March: deal 1; February: deal 3
        check("wonLastMonth", 2000, 0)      // February: deal 3; January: none
        check("winRate", 0.5, 1.0)          // March: 1 won, 2 lost; previous: 3 won
        check("averageSalesCycle", 54, 15)
        check("newLeads", 1, 1)             // contact 1 in March, contact 2 on 02-10
        // March MQLs: 1 (reached SQL 03-20) and 2 (did not). Previous: 3 (became a customer only on 03-15).
        check("mqlToSql", 0.5, 0.0)
        // March: 2 promoters, 1 detractor of 3 = 33.3; previous: 1 detractor = -100.
        check("nps", 33.3, -100)
        // March: S (active 02-28) = {20}; E (03-31) = {20, 21}; N = {21}: (2 - 1) / 1. Previous: S = E = {20}, N = 0,
        // but nobody bought in it (20's last purchase was 2025-05-01): nothing to measure, so unknown.
        check("retention", 1.0, nil)
        check("churn", 0.0, nil)
        // 03-31: T1 (due 03-30) and T4 (due 02-15, created 03-01); T3 is due that day. 02-28: T2, done only on 03-02.
        check("overdueTasks", 2, 1)
        XCTAssertEqual(report.kpi("openPipeline")?.change, -1500)
        XCTAssertEqual(report.kpi("nps")?.change ?? 0, 133.3, accuracy: 1e-9)
    }

    func testEmptyBook() throws {
        let report = Reports.kpis(Book(), period: .trailingYear(asOf: Fixture.day("2026-03-31")))
        XCTAssertNil(report.kpi("winRate")?.current)
        XCTAssertNil(report.kpi("winRate")?.change)
        XCTAssertEqual(report.kpi("openPipeline")?.current, 0)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["kpis"]?[5]?["current"], .null)
    }
}
