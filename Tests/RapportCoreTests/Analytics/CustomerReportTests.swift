import XCTest
@testable import RapportCore

final class RetentionReportTests: XCTestCase {
    func makeBook() -> Book {
        let e = Fixture.eur(1_000)
        var purchases: [Purchase] = []
        purchases += Fixture.purchases(of: 1, [("2025-06-10", e), ("2026-02-03", e)], firstNumber: 10)          // A
        purchases += Fixture.purchases(of: 2, [("2026-01-05", e), ("2026-01-20", e), ("2026-03-31", e)], firstNumber: 20)  // B
        purchases += Fixture.purchases(of: 3, [("2026-01-31", e), ("2026-02-28", e)], firstNumber: 30)          // C
        purchases += Fixture.purchases(of: 4, [("2026-02-14", e), ("2026-04-02", e)], firstNumber: 40)          // D
        purchases += Fixture.purchases(of: 5, [("2024-12-31", e)], firstNumber: 50)                             // E
        purchases += Fixture.purchases(of: 6, [("2025-03-31", e)], firstNumber: 60)                             // F
        purchases += Fixture.purchases(of: 7, [("2025-01-01", e)], firstNumber: 70)                             // G
        purchases += Fixture.purchases(of: nil, [("2026-02-01", e)], firstNumber: 80)                           // erased buyer
        return Book(purchases: purchases)
    }

    func testHandComputedCohortsAndRate() throws {
        let report = Reports.retention(makeBook(), period: Fixture.period("2026-01-01", "2026-03-31"))
        XCTAssertEqual(report.cohorts.map(\.cohort.description), ["2026-01", "2026-02", "2026-03"])
        // January: B and C. February: C bought (02-28); March: B bought (03-31).
        XCTAssertEqual(report.cohorts[0].size, 2)
        XCTAssertEqual(report.cohorts[0].retention, [1.0, 0.5, 0.5])
        // February: D alone, a cohort of one; its April purchase is after as-of.
        XCTAssertEqual(report.cohorts[1].size, 1)
        XCTAssertEqual(report.cohorts[1].retention, [1.0, 0.0])
        // March: nobody started then.
        XCTAssertEqual(report.cohorts[2].size, 0)
        XCTAssertEqual(report.cohorts[2].retention, [])
        // S: active on 2025-12-31 = bought in 2025-01-01...2025-12-31: A, F, G (E's 2024-12-31 is the excluded day).
        XCTAssertEqual(report.activeAtStart, 3)
        // E: active on 2026-03-31 = bought in 2025-04-01...2026-03-31: A, B, C, D (F's 2025-03-31 is out).
        XCTAssertEqual(report.activeAtEnd, 4)
        // N: first purchase in the period: B, C, D.
        XCTAssertEqual(report.newCustomers, 3)
        // (4 - 3) / 3
        XCTAssertEqual(report.retentionRate ?? -1, 1.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(report.churnRate ?? -1, 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(report.unattributedPurchases, 1)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["cohorts"]?[0]?["cohort"], "2026-01")
        XCTAssertEqual(json["cohorts"]?[0]?["retention"], [1.0, 0.5, 0.5])
    }

    func testEmptyBookHasNullRates() throws {
        let report = Reports.retention(Book(), period: .trailingYear(asOf: Fixture.day("2026-03-31")))
        XCTAssertNil(report.retentionRate)
        XCTAssertNil(report.churnRate)
        XCTAssertEqual(report.cohorts.count, 12)  // 2025-04...2026-03 (the period starts 2025-04-01), all empty
        XCTAssertTrue(report.cohorts.allSatisfy { $0.size == 0 && $0.retention.isEmpty })
        let json = try Fixture.json(report)
        XCTAssertEqual(json["retentionRate"], .null)
        XCTAssertEqual(json["churnRate"], .null)
    }
}

final class NPSReportTests: XCTestCase {
    func testHandComputedScoreDistributionAndTrend() throws {
        let book = Book(surveys: [
            // January: 10, 9 promoters; 8 passive; 6, 0 detractors. (2 - 2) / 5 = 0.
            Fixture.answer(1, "2026-01-03", 10), Fixture.answer(2, "2026-01-04", 9), Fixture.answer(3, "2026-01-05", 8),
            Fixture.answer(4, "2026-01-06", 6), Fixture.answer(5, "2026-01-31", 0),
            // February: 9, 9 promoters, 7 passive. 2 / 3 = 66.67 -> 66.7.
            Fixture.answer(6, "2026-02-01", 9), Fixture.answer(7, "2026-02-14", 9), Fixture.answer(8, "2026-02-28", 7),
            // Outside the period, and an impossible score.
            Fixture.answer(9, "2025-12-31", 10), Fixture.answer(10, "2026-03-01", 0), Fixture.answer(11, "2026-01-10", 11),
        ])
        let report = Reports.nps(book, period: Fixture.period("2026-01-01", "2026-02-28"))
        XCTAssertEqual(report.responses, 8)
        XCTAssertEqual(report.promoters, 4)
        XCTAssertEqual(report.passives, 2)
        XCTAssertEqual(report.detractors, 2)
        // (4 - 2) / 8 = 25%
        XCTAssertEqual(report.score, 25.0)
        XCTAssertEqual(report.distribution, [1, 0, 0, 0, 0, 0, 1, 1, 1, 3, 1])
        XCTAssertEqual(report.monthly.map(\.month.description), ["2026-01", "2026-02"])
        XCTAssertEqual(report.monthly.map(\.score), [0.0, 66.7])
        XCTAssertEqual(report.invalidScores, 1)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["score"]?.doubleValue, 25.0)
        XCTAssertEqual(json["distribution"]?.arrayValue?.count, 11)
    }

    func testRoundingHalfAwayFromZeroAndEmpty() {
        // 2 detractors of 3: -66.666... -> -66.7; 1 promoter of 8: 12.5 stays 12.5.
        XCTAssertEqual(NPSReport.score(promoters: 0, detractors: 2, responses: 3), -66.7)
        XCTAssertEqual(NPSReport.score(promoters: 1, detractors: 0, responses: 8), 12.5)
        XCTAssertNil(NPSReport.score(promoters: 0, detractors: 0, responses: 0))
        let report = Reports.nps(Book(), period: Fixture.period("2026-01-01", "2026-01-31"))
        XCTAssertNil(report.score)
        XCTAssertEqual(report.monthly.count, 1)
        XCTAssertNil(report.monthly[0].score)
    }
}

final class SegmentsReportTests: XCTestCase {
    func testTrailingMonthsClampAtMonthEnds() {
        // The brief's examples: the last month up to 2026-03-15 starts 2026-02-16; up to 2026-03-31
        // it starts after 2026-02-28 (31 March minus a month), on 2026-03-01.
        XCTAssertEqual(TrailingMonths(1, endingOn: Fixture.day("2026-03-15")).first, Fixture.day("2026-02-16"))
        XCTAssertEqual(TrailingMonths(1, endingOn: Fixture.day("2026-03-31")).first, Fixture.day("2026-03-01"))
        XCTAssertEqual(TrailingMonths(6, endingOn: Fixture.day("2026-03-31")).first, Fixture.day("2025-10-01"))
        XCTAssertEqual(TrailingMonths(12, endingOn: Fixture.day("2024-02-29")).first, Fixture.day("2023-03-01"))
    }

    /// As of 2026-03-31: last month 2026-03-01...; last 6 months 2025-10-01...; last 12 months 2025-04-01....
    func makeBook() -> Book {
        let hundred = Fixture.eur(10_000)
        let fifty = Fixture.eur(5_000)
        var purchases: [Purchase] = []
        // 1 loyal: five in the 6 months, the first on the window's first day.
        purchases += Fixture.purchases(of: 1, [("2025-10-01", hundred), ("2025-11-15", hundred), ("2025-12-15", hundred),
                                               ("2026-01-15", hundred), ("2026-03-31", hundred)], firstNumber: 100)
        // 2 regular: five purchases but the first is on 2025-09-30, the day before the window: 4 count.
        purchases += Fixture.purchases(of: 2, [("2025-09-30", fifty), ("2025-11-01", fifty), ("2025-12-01", fifty),
                                               ("2026-01-01", fifty), ("2026-02-01", fifty)], firstNumber: 200)
        // 3 occasional: bought on as-of itself; the purchase the next day is ignored.
        purchases += Fixture.purchases(of: 3, [("2026-03-31", Fixture.eur(100_000)), ("2026-04-01", hundred)], firstNumber: 300)
        // 4 at risk: nothing since 2025-09-30, bought on the first day of the 12 months.
        purchases += Fixture.purchases(of: 4, [("2025-04-01", hundred), ("2025-09-30", hundred)], firstNumber: 400)
        // 5 ex-customer: last bought on 2025-03-31, the day before the 12 months.
        purchases += Fixture.purchases(of: 5, [("2025-03-31", Fixture.eur(1_000))], firstNumber: 500)
        // 7 new with a purchase only after as-of: still never bought as of 2026-03-31.
        purchases += Fixture.purchases(of: 7, [("2026-04-10", hundred)], firstNumber: 700)
        return Book(contacts: [
            Fixture.contact(1), Fixture.contact(2), Fixture.contact(3), Fixture.contact(4), Fixture.contact(5),
            Fixture.contact(6, created: "2026-03-01"),  // new: first day of the last month
            Fixture.contact(7, created: "2026-03-15"),  // new
            Fixture.contact(8, created: "2026-02-28"),  // prospect: the day before the last month
            Fixture.contact(9, created: "2026-04-01"),  // after as-of: not counted
        ], purchases: purchases)
    }

    func testHandComputedSegments() throws {
        let report = Reports.segments(makeBook(), asOf: Fixture.day("2026-03-31"))
        let expected: [CustomerSegment: Int] = [.loyal: 1, .regular: 1, .occasional: 1, .atRisk: 1, .exCustomer: 1, .new: 2, .prospect: 1]
        XCTAssertEqual(report.counts, expected)
        XCTAssertEqual(report.contacts, 8)
        XCTAssertEqual(report.segment(for: ContactID(number: 2)), .regular)
        XCTAssertNil(report.segment(for: ContactID(number: 9)))
        let json = try Fixture.json(report)
        XCTAssertEqual(json["asOf"], "2026-03-31")
        XCTAssertEqual(json["segments"], ["loyal": 1, "regular": 1, "occasional": 1, "at-risk": 1, "ex-customer": 1, "new": 2, "prospect": 1])
    }

    func testHandComputedRFM() throws {
        let report = Reports.segments(makeBook(), asOf: Fixture.day("2026-03-31"))
        // Customers 1-5 (7's purchase is after as-of). Score = 1 + (values strictly worse) x 5 / 5.
        // Recency days: 1: 0, 2: 58 (02-01 -> 03-31), 3: 0, 4: 182 (09-30 -> 03-31), 5: 365.
        //   Worse than: 5 -> none (1); 4 -> 5 (2); 2 -> 5, 4 (3); 1 and 3 -> 5, 4, 2 (4); nobody gets 5 (tie).
        // Frequency: 1: 5, 2: 5, 3: 1, 4: 2, 5: 1 -> 3, 5: 1; 4: 3; 1, 2: 4.
        // Monetary: 1: 500, 2: 250, 3: 1000, 4: 200, 5: 10 -> 5: 1, 4: 2, 2: 3, 1: 4, 3: 5.
        let expected: [Int: (Int, Int, Int)] = [1: (4, 4, 4), 2: (3, 4, 3), 3: (4, 1, 5), 4: (2, 3, 2), 5: (1, 1, 1)]
        for (number, scores) in expected {
            let rfm = try XCTUnwrap(report.rfm(for: ContactID(number: number)))
            XCTAssertEqual([rfm.recency, rfm.frequency, rfm.monetary], [scores.0, scores.1, scores.2], "contact \(number)")
        }
        XCTAssertEqual(report.rfm(for: ContactID(number: 4))?.daysSinceLastPurchase, 182)
        XCTAssertEqual(report.rfm(for: ContactID(number: 1))?.code, "444")
        XCTAssertNil(report.rfm(for: ContactID(number: 7)))
        XCTAssertEqual(report.rfmSummary.customers, 5)
        XCTAssertEqual(report.rfmSummary.recency, [1, 1, 1, 2, 0])
        XCTAssertEqual(report.rfmSummary.frequency, [2, 0, 1, 2, 0])
        XCTAssertEqual(report.rfmSummary.monetary, [1, 1, 1, 1, 1])
        XCTAssertEqual(report.rfmSummary.champions, 1)
    }

    func testQuintilesSpreadDistinctValuesEvenly() {
        XCTAssertEqual(RFMScores.quintiles(Array(1...10)), [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
        XCTAssertEqual(RFMScores.quintiles([7]), [1])
        XCTAssertEqual(RFMScores.quintiles([Int]()), [])
    }

    func testEmptyBook() throws {
        let report = Reports.segments(Book(), asOf: Fixture.day("2026-03-31"))
        XCTAssertEqual(report.contacts, 0)
        XCTAssertEqual(report.rfmSummary.customers, 0)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["segments"]?["loyal"], 0)
    }
}
