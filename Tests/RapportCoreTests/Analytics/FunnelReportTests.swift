import XCTest
@testable import RapportCore

final class FunnelReportTests: XCTestCase {
    /// Pipeline: New, Qualified, Meeting, Proposal, Negotiation. Period 2026-01-01...2026-03-31.
    func makeBook() -> Book {
        Book(opportunities: [
            // 1: walked New -> Qualified -> Meeting, won from Meeting on 02-10 (skipped the last two).
            //    Cycle 01-05 -> 02-10 = 26 + 10 = 36 days.
            Fixture.deal(1, created: "2026-01-05", moves: [("qualified", "2026-01-10"), ("meeting", "2026-01-20")],
                         outcome: .won("2026-02-10"), amount: Fixture.eur(100_000)),
            // 2: jumped New -> Proposal, still open: reached New...Proposal.
            Fixture.deal(2, created: "2026-01-15", moves: [("proposal", "2026-01-20")], amount: Fixture.eur(200_000)),
            // 3: lost in the first stage: reached New only.
            Fixture.deal(3, created: "2026-02-01", outcome: .lost("2026-02-05", reason: "No budget"), amount: Fixture.eur(50_000)),
            // 4: New -> Meeting -> back to Qualified, lost there: its history reached Meeting.
            Fixture.deal(4, created: "2026-02-10", moves: [("meeting", "2026-02-15"), ("qualified", "2026-02-20")],
                         outcome: .lost("2026-03-01", reason: "Timing"), amount: Fixture.eur(300_000)),
            // 5: won straight from New: reached every stage. Cycle 03-01 -> 03-11 = 10 days.
            Fixture.deal(5, created: "2026-03-01", outcome: .won("2026-03-11"), amount: Fixture.eur(150_050)),
            // 6: created before the period: not in the funnel.
            Fixture.deal(6, created: "2025-12-31", outcome: .won("2026-01-10"), amount: Fixture.eur(999_900)),
            // 7: in dollars: counted, its value left out.
            Fixture.deal(7, created: "2026-03-20", amount: Fixture.usd(70_000)),
            // 8: moved to Proposal and won after as-of: on 03-31 it was open in New.
            Fixture.deal(8, created: "2026-03-10", moves: [("proposal", "2026-04-01")], outcome: .won("2026-04-05"),
                         amount: Fixture.eur(10_000)),
            // 9: created after the period.
            Fixture.deal(9, created: "2026-04-02", amount: Fixture.eur(10_000)),
        ])
    }

    func testHandComputedFunnel() throws {
        let report = Reports.funnel(makeBook(), period: Fixture.period("2026-01-01", "2026-03-31"))
        XCTAssertEqual(report.opportunities, 7)  // deals 1, 2, 3, 4, 5, 7, 8
        // New: all 7; Qualified and Meeting: 1, 2, 4, 5; Proposal: 1, 2, 5; Negotiation: 1, 5.
        XCTAssertEqual(report.stages.map(\.reached), [7, 4, 4, 3, 2])
        // New: 1000 + 2000 + 500 + 3000 + 1500.50 + 100 = 8100.50 (deal 7 is in dollars)
        // Qualified, Meeting: 1000 + 2000 + 3000 + 1500.50 = 7500.50; Proposal: 1000 + 2000 + 1500.50;
        // Negotiation: 1000 + 1500.50.
        XCTAssertEqual(report.stages.map(\.value.minorUnits), [810_050, 750_050, 750_050, 450_050, 250_050])
        XCTAssertEqual(report.stages[0].conversionToNext ?? -1, 4.0 / 7.0, accuracy: 1e-12)
        XCTAssertEqual(report.stages[1].conversionToNext, 1.0)
        XCTAssertEqual(report.stages[2].conversionToNext, 0.75)
        XCTAssertEqual(report.stages[3].conversionToNext ?? -1, 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertNil(report.stages[4].conversionToNext)
        XCTAssertEqual(report.won, 2)   // 1, 5
        XCTAssertEqual(report.lost, 2)  // 3, 4
        XCTAssertEqual(report.open, 3)  // 2, 7, 8
        XCTAssertEqual(report.winRate, 0.5)
        // (1000 + 1500.50) / 2 = 1250.25
        XCTAssertEqual(report.averageDealSize?.minorUnits, 125_025)
        // (36 + 10) / 2 = 23
        XCTAssertEqual(report.averageSalesCycleDays, 23)
        XCTAssertEqual(report.excludedFromValues, 1)
    }

    func testJSONShape() throws {
        let json = try Fixture.json(Reports.funnel(makeBook(), period: Fixture.period("2026-01-01", "2026-03-31")))
        XCTAssertEqual(json["stages"]?[0]?["stage"], "New")
        XCTAssertEqual(json["stages"]?[0]?["reached"], 7)
        XCTAssertEqual(json["stages"]?[0]?["value"]?.doubleValue, 8100.5)
        XCTAssertEqual(json["stages"]?[4]?["conversionToNext"], .null)
        XCTAssertEqual(json["won"], 2)
        XCTAssertEqual(json["lost"], 2)
        XCTAssertEqual(json["winRate"]?.doubleValue, 0.5)
    }

    func testEmptyBookHasNullsNotNaN() throws {
        let report = Reports.funnel(Book(), period: .trailingYear(asOf: Fixture.day("2026-03-31")))
        XCTAssertEqual(report.stages.map(\.reached), [0, 0, 0, 0, 0])
        XCTAssertTrue(report.stages.allSatisfy { $0.conversionToNext == nil })
        XCTAssertNil(report.winRate)
        XCTAssertNil(report.averageDealSize)
        XCTAssertNil(report.averageSalesCycleDays)
        let json = try Fixture.json(report)
        XCTAssertEqual(json["winRate"], .null)
        XCTAssertEqual(json["stages"]?[0]?["conversionToNext"], .null)
    }

    func testDefaultPeriodIsTheTwelveMonthsUpToAsOf() {
        let period = ReportPeriod.trailingYear(asOf: Fixture.day("2026-11-22"))
        XCTAssertEqual(period.from, Fixture.day("2025-11-23"))
        XCTAssertEqual(period.to, Fixture.day("2026-11-22"))
        // 29 February minus 12 months clamps to 28 February, plus a day.
        XCTAssertEqual(ReportPeriod.trailingYear(asOf: Fixture.day("2028-02-29")).from, Fixture.day("2027-03-01"))
        // The previous period has the same length and ends the day before.
        let previous = Fixture.period("2026-03-01", "2026-03-31").previous
        XCTAssertEqual(previous.from, Fixture.day("2026-01-29"))
        XCTAssertEqual(previous.to, Fixture.day("2026-02-28"))
    }
}

final class PipelineReportTests: XCTestCase {
    func testHandComputedPipelineAndForecast() throws {
        let book = Book(opportunities: [
            // New, 10%: 1000.05 x 10% = 100.005 -> 100.01 (half away from zero). Closes in March.
            Fixture.deal(1, created: "2026-01-01", amount: Fixture.eur(100_005), expectedClose: "2026-03-20"),
            // Proposal, 60%: 2500 -> 1500. Closes in May.
            Fixture.deal(2, created: "2026-01-01", moves: [("proposal", "2026-02-01")], amount: Fixture.eur(250_000),
                         expectedClose: "2026-05-31"),
            // Proposal with a 90% override: 1000 -> 900. Expected close passed: overdue.
            Fixture.deal(3, created: "2026-01-01", moves: [("proposal", "2026-02-01")], amount: Fixture.eur(100_000),
                         probability: 90, expectedClose: "2026-03-14"),
            // Negotiation, 80%: 333.33 x 80% = 266.664 -> 266.66. No expected close: unspecified.
            Fixture.deal(4, created: "2026-01-01", stage: "negotiation", amount: Fixture.eur(33_333)),
            // Closed deals are not in the pipeline.
            Fixture.deal(5, created: "2026-01-01", outcome: .won("2026-02-01"), amount: Fixture.eur(1_000_000)),
            Fixture.deal(6, created: "2026-01-01", outcome: .lost("2026-02-01", reason: "Timing"), amount: Fixture.eur(1_000_000)),
            // In dollars: counted in New and April, adds no value.
            Fixture.deal(7, created: "2026-01-01", amount: Fixture.usd(50_000), expectedClose: "2026-04-10"),
            // Created after as-of.
            Fixture.deal(8, created: "2026-03-16", amount: Fixture.eur(1_000_000)),
        ])
        let report = Reports.pipeline(book, asOf: Fixture.day("2026-03-15"))
        XCTAssertEqual(report.openCount, 5)
        XCTAssertEqual(report.stages.map(\.count), [2, 0, 0, 2, 1])
        XCTAssertEqual(report.stages.map(\.value.minorUnits), [100_005, 0, 0, 350_000, 33_333])
        XCTAssertEqual(report.stages.map(\.weightedValue.minorUnits), [10_001, 0, 0, 240_000, 26_666])
        // 1000.05 + 2500 + 1000 + 333.33 = 4833.38; 100.01 + 1500 + 900 + 266.66 = 2766.67
        XCTAssertEqual(report.totalValue.minorUnits, 483_338)
        XCTAssertEqual(report.totalWeightedValue.minorUnits, 276_667)
        XCTAssertEqual(report.forecast.map(\.key), ["2026-03", "2026-04", "2026-05"])
        XCTAssertEqual(report.forecast.map(\.count), [1, 1, 1])
        XCTAssertEqual(report.forecast.map(\.weightedValue.minorUnits), [10_001, 0, 150_000])
        XCTAssertEqual(report.overdue.count, 1)
        XCTAssertEqual(report.overdue.weightedValue.minorUnits, 90_000)
        XCTAssertEqual(report.unspecified.count, 1)
        XCTAssertEqual(report.unspecified.weightedValue.minorUnits, 26_666)
        XCTAssertEqual(report.excludedFromValues, 1)
    }

    func testEmptyBookShowsTheCurrentMonthAtZero() {
        let report = Reports.pipeline(Book(), asOf: Fixture.day("2026-03-15"))
        XCTAssertEqual(report.openCount, 0)
        XCTAssertEqual(report.forecast.map(\.key), ["2026-03"])
        XCTAssertEqual(report.totalWeightedValue.minorUnits, 0)
    }
}
