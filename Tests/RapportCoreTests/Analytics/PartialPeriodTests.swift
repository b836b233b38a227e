import XCTest
@testable import RapportCore

/// Issue 13, item 5: a month or period that is not over as of the report's day is partial, one
/// rule for every report (`PeriodCompleteness`), present in `--json` as `"partial"`.
final class PartialPeriodTests: XCTestCase {
    func testAMonthIsCompleteOnceItsLastDayIsReached() {
        let firstOfDecember = Fixture.day("2026-12-01")
        XCTAssertTrue(PeriodCompleteness.isComplete(lastDay: Fixture.day("2026-11-30"), asOf: firstOfDecember))
        XCTAssertFalse(PeriodCompleteness.isComplete(lastDay: Fixture.day("2026-12-31"), asOf: firstOfDecember))
        let december = Fixture.period("2026-12-01", "2026-12-31", asOf: "2026-12-01")
        XCTAssertTrue(december.isPartial)
        XCTAssertTrue(december.isPartial(Month(firstOfDecember)))
        XCTAssertFalse(december.isPartial(Month(Fixture.day("2026-11-30"))))
        XCTAssertEqual(december.daysSoFar, 1)  // 12-01 only, of 31
        let whole = Fixture.period("2026-12-01", "2026-12-31", asOf: "2026-12-31")
        XCTAssertFalse(whole.isPartial)
        XCTAssertFalse(whole.isPartial(Month(firstOfDecember)))
        XCTAssertEqual(whole.daysSoFar, 31)
        XCTAssertFalse(december.previous.isPartial)  // 2026-10-31...2026-11-30, seen from 11-30
    }

    /// A first bought 10-05 and 11-10; B 11-03; C 11-20 and 12-01. As of 2026-12-01 the newest
    /// cell of every cohort is December, 1 day old.
    func retentionBook() -> Book {
        let e = Fixture.eur(1_000)
        var purchases = Fixture.purchases(of: 1, [("2026-10-05", e), ("2026-11-10", e)], firstNumber: 10)
        purchases += Fixture.purchases(of: 2, [("2026-11-03", e)], firstNumber: 20)
        purchases += Fixture.purchases(of: 3, [("2026-11-20", e), ("2026-12-01", e)], firstNumber: 30)
        return Book(purchases: purchases)
    }

    func testRetentionMarksTheCellsOfTheRunningMonth() throws {
        let report = Reports.retention(retentionBook(), period: Fixture.period("2026-10-01", "2026-12-31", asOf: "2026-12-01"))
        // October {A}: M0 1/1, M1 (Nov) 1/1, M2 (Dec, partial) 0/1. November {B, C}: 2/2, Dec (partial) 1/2.
        XCTAssertEqual(report.cohorts.map(\.cohort.description), ["2026-10", "2026-11", "2026-12"])
        XCTAssertEqual(report.cohorts[0].active, [1, 1, 0])
        XCTAssertEqual(report.cohorts[1].active, [2, 1])
        XCTAssertEqual(report.cohorts.map(\.partial), [true, true, false])  // December's cohort is empty
        XCTAssertTrue(report.partial)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["partial"], true)
        XCTAssertEqual(json["cohorts"]?[0]?["partial"], true)
        XCTAssertEqual(json["cohorts"]?[2]?["partial"], false)

        // As of November's last day, November is complete: nothing is partial.
        let november = Reports.retention(retentionBook(), period: Fixture.period("2026-10-01", "2026-11-30"))
        XCTAssertEqual(november.cohorts.map(\.partial), [false, false])
        XCTAssertFalse(november.partial)
    }

    func testNPSMarksTheRunningMonth() throws {
        let book = Book(surveys: [Fixture.answer(1, "2026-11-10", 9), Fixture.answer(2, "2026-12-01", 0)])
        let report = Reports.nps(book, period: Fixture.period("2026-11-01", "2026-12-31", asOf: "2026-12-01"))
        XCTAssertEqual(report.monthly.map(\.partial), [false, true])
        XCTAssertTrue(report.partial)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["partial"], true)
        XCTAssertEqual(json["monthly"]?[1]?["partial"], true)
        XCTAssertEqual(json["monthly"]?[0]?["partial"], false)
    }

    func testKPIsFunnelAndLostSayTheirPeriodIsPartial() throws {
        let running = Fixture.period("2026-12-01", "2026-12-31", asOf: "2026-12-01")
        let kpis = Reports.kpis(Book(), period: running)
        XCTAssertTrue(kpis.partial)
        XCTAssertEqual(kpis.daysSoFar, 1)
        XCTAssertEqual(kpis.days, 31)
        let json = try Fixture.json(kpis)
        XCTAssertEqual(json["partial"], true)
        XCTAssertEqual(json["daysSoFar"], 1)
        XCTAssertTrue(Reports.funnel(Book(), period: running).partial)
        XCTAssertTrue(Reports.lostReasons(Book(), period: running).partial)
        XCTAssertEqual(try Fixture.json(Reports.funnel(Book(), period: running))["partial"], true)
        let over = Fixture.period("2026-11-01", "2026-11-30", asOf: "2026-12-01")
        XCTAssertFalse(Reports.kpis(Book(), period: over).partial)
        XCTAssertFalse(Reports.funnel(Book(), period: over).partial)
        XCTAssertFalse(Reports.lostReasons(Book(), period: over).partial)
    }
}

/// Issue 13, item 7: a KPI whose earlier period had nothing to measure has no "before" and no
/// change (`null` in JSON), instead of a made-up 100% or 0.0.
final class NothingToCompareTests: XCTestCase {
    /// Customer 20 bought on 2025-05-01 only, customer 21 on 2026-03-15: nobody bought in
    /// February. February: S (active 01-31) = {20}, E (02-28) = {20}, N = 0, so the textbook
    /// (E - N) / S = (1 - 0) / 1 = 100%, with not one purchase behind it.
    func book() -> Book {
        var purchases = Fixture.purchases(of: 20, [("2025-05-01", Fixture.eur(100))], firstNumber: 1)
        purchases += Fixture.purchases(of: 21, [("2026-03-15", Fixture.eur(100))], firstNumber: 10)
        return Book(purchases: purchases, surveys: [Fixture.answer(1, "2026-03-02", 10)])
    }

    func testRetentionOfAPeriodWithoutPurchasesIsUnknown() throws {
        let february = Reports.retention(book(), period: Fixture.period("2026-02-01", "2026-02-28"))
        XCTAssertEqual(february.activeAtStart, 1)
        XCTAssertEqual(february.activeAtEnd, 1)
        XCTAssertEqual(february.newCustomers, 0)
        XCTAssertNil(february.retentionRate)
        XCTAssertNil(february.churnRate)
        XCTAssertEqual(try Fixture.json(february)["retentionRate"], .null)
    }

    func testKPIsWithAnEmptyEarlierPeriodHaveNoBeforeAndNoChange() throws {
        // March 2026 against 2026-01-29...2026-02-28: no answer, no purchase before.
        let report = Reports.kpis(book(), period: Fixture.period("2026-03-01", "2026-03-31"))
        // March: S = {20} (bought 2025-05-01, within the year before 02-28), E = {20, 21}, N = {21}:
        // (2 - 1) / 1 = 100%, and 21 bought in March, so it stands.
        XCTAssertEqual(report.kpi("retention")?.current, 1.0)
        XCTAssertEqual(report.kpi("nps")?.current, 100)  // one promoter of one
        for id in ["nps", "retention", "churn"] {
            XCTAssertNil(report.kpi(id)?.previous, id)
            XCTAssertNil(report.kpi(id)?.change, id)
        }
        let json = try Fixture.json(report)
        let kpis = try XCTUnwrap(json["kpis"]?.arrayValue)
        for kpi in kpis where ["nps", "retention", "churn"].contains(kpi["id"]?.stringValue ?? "") {
            XCTAssertEqual(kpi["previous"], .null)
            XCTAssertEqual(kpi["change"], .null)
        }
    }
}
