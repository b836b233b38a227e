import Foundation
import XCTest
@testable import RapportCore

/// Forecast categories, targets and sales velocity with hand-computed figures. The default
/// pipeline: New, Qualified, Meeting (pipeline), Proposal (best case), Negotiation (commit).
final class ForecastTests: XCTestCase {
    /// As of 2027-02-15. Targets: 2027-Q1 €50,000, 2027-02 €20,000.
    func makeBook(quarterTarget: Bool = true) -> Book {
        var settings = Settings()
        if quarterTarget { settings.setTarget(Fixture.eur(5_000_000), for: .quarter(year: 2027, quarter: 1)) }
        settings.setTarget(Fixture.eur(2_000_000), for: TargetPeriod(text: "2027-02") ?? .quarter(year: 0, quarter: 1))
        // Deal 5 sits in New (pipeline) but says commit: the deal's own category wins.
        var overridden = Fixture.deal(5, created: "2027-01-05", amount: Fixture.eur(400_000), expectedClose: "2027-03-20")
        overridden.forecastCategory = .commit
        // Deal 6 sits in Negotiation (commit) but is omitted.
        var omitted = Fixture.deal(6, created: "2027-01-05", stage: "negotiation", amount: Fixture.eur(700_000),
                                   expectedClose: "2027-03-01")
        omitted.forecastCategory = .omitted
        return Book(settings: settings, opportunities: [
            // Won €18,000 on 01-20 after 30 days (2026-12-21 -> 2027-01-20: 10 + 20).
            Fixture.deal(1, created: "2026-12-21", outcome: .won("2027-01-20"), amount: Fixture.eur(1_800_000)),
            // Won €12,000 on 02-10 after 40 days (2027-01-01 -> 02-10: 30 + 10).
            Fixture.deal(2, created: "2027-01-01", outcome: .won("2027-02-10"), amount: Fixture.eur(1_200_000)),
            // Commit by its stage: €10,000 at 80% = €8,000 weighted, expected in February.
            Fixture.deal(3, created: "2027-01-05", stage: "negotiation", amount: Fixture.eur(1_000_000),
                         expectedClose: "2027-02-28"),
            // Best case by its stage: €5,000 at 60% = €3,000, expected in March.
            Fixture.deal(4, created: "2027-01-05", stage: "proposal", amount: Fixture.eur(500_000), expectedClose: "2027-03-15"),
            overridden,  // €4,000 at New's 10% = €400
            omitted,
            // Pipeline by its stage: €2,000 at 25% = €500, expected in February.
            Fixture.deal(7, created: "2027-01-05", stage: "qualified", amount: Fixture.eur(200_000), expectedClose: "2027-02-20"),
            // Lost: in no category.
            Fixture.deal(8, created: "2027-01-05", stage: "negotiation", outcome: .lost("2027-02-01", reason: "Timing"),
                         amount: Fixture.eur(900_000), expectedClose: "2027-02-05"),
            // In dollars: left out of the euro totals.
            Fixture.deal(9, created: "2027-01-05", stage: "negotiation", amount: Fixture.usd(300_000), expectedClose: "2027-02-28"),
        ])
    }

    func testStagesDefaultByPositionAndADealsOwnCategoryWins() {
        let settings = Settings()
        XCTAssertEqual(settings.pipeline.indices.map { settings.forecastCategory(ofStageAt: $0) },
                       [.pipeline, .pipeline, .pipeline, .bestCase, .commit])
        var custom = settings
        custom.pipeline[0].forecastCategory = .omitted
        XCTAssertEqual(custom.forecastCategory(ofStageAt: 0), .omitted)
        var deal = Fixture.deal(1, created: "2027-01-05", amount: Fixture.eur(100))
        XCTAssertEqual(deal.forecastCategory(in: settings, stageIndex: 0), .pipeline)
        deal.forecastCategory = .commit
        XCTAssertEqual(deal.forecastCategory(in: settings, stageIndex: 0), .commit)
        // Marked closed but not won yet: commit.
        deal.forecastCategory = .closed
        XCTAssertEqual(deal.forecastCategory(in: settings, stageIndex: 0), .commit)
        deal.markWon(at: Fixture.noon("2027-01-06"))
        XCTAssertEqual(deal.forecastCategory(in: settings, stageIndex: 0), .closed)
        XCTAssertEqual(ForecastCategory(text: "Best case"), .bestCase)
        XCTAssertNil(ForecastCategory(text: "maybe"))
    }

    func testCumulativeCategoriesPerMonthAndQuarter() throws {
        let report = Reports.pipeline(makeBook(), asOf: Fixture.day("2027-02-15"))
        XCTAssertEqual(report.forecastMonths.map(\.period), ["2027-01", "2027-02", "2027-03"])
        XCTAssertEqual(report.forecastQuarters.map(\.period), ["2027-Q1"])
        let january = report.forecastMonths[0]
        XCTAssertEqual(january.closed.minorUnits, 1_800_000)
        XCTAssertEqual(january.commit.minorUnits, 1_800_000)  // commit includes closed
        XCTAssertNil(january.target)
        let february = report.forecastMonths[1]
        XCTAssertEqual(february.closed.minorUnits, 1_200_000)   // deal 2
        XCTAssertEqual(february.commit.minorUnits, 2_200_000)   // 12,000 + deal 3's 10,000
        XCTAssertEqual(february.bestCase.minorUnits, 2_200_000) // no best-case deal in February
        XCTAssertEqual(february.pipeline.minorUnits, 1_200_000) // open: 10,000 + deal 7's 2,000
        XCTAssertEqual(february.weighted.minorUnits, 850_000)   // 8,000 + 500
        XCTAssertEqual(february.target?.minorUnits, 2_000_000)
        XCTAssertEqual(try XCTUnwrap(february.wonAttainment), 0.6, accuracy: 1e-9)    // 12,000 / 20,000
        XCTAssertEqual(try XCTUnwrap(february.commitAttainment), 1.1, accuracy: 1e-9) // 22,000 / 20,000
        let march = report.forecastMonths[2]
        XCTAssertEqual(march.commit.minorUnits, 400_000)    // deal 5, commit by its own say
        XCTAssertEqual(march.bestCase.minorUnits, 900_000)  // + deal 4's 5,000
        XCTAssertEqual(march.pipeline.minorUnits, 900_000)
        XCTAssertEqual(march.weighted.minorUnits, 340_000)  // 400 + 3,000
        XCTAssertEqual(march.omitted.minorUnits, 700_000)   // deal 6
        let quarter = report.forecastQuarters[0]
        XCTAssertEqual(quarter.closed.minorUnits, 3_000_000)    // 18,000 + 12,000
        XCTAssertEqual(quarter.commit.minorUnits, 4_400_000)    // 30,000 + 10,000 + 4,000
        XCTAssertEqual(quarter.bestCase.minorUnits, 4_900_000)  // + 5,000
        XCTAssertEqual(quarter.pipeline.minorUnits, 2_100_000)  // 10,000 + 2,000 + 5,000 + 4,000
        XCTAssertEqual(quarter.weighted.minorUnits, 1_190_000)  // 8,000 + 500 + 3,000 + 400
        // Won 30,000 against 50,000 = 60%; commit 44,000 / 50,000 = 88%.
        XCTAssertEqual(try XCTUnwrap(quarter.wonAttainment), 0.6, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(quarter.commitAttainment), 0.88, accuracy: 1e-9)

        let json = try Fixture.json(report)
        let row = json["forecastQuarters"]?[0]
        XCTAssertEqual(row?["bestCase"]?.doubleValue, 49_000)
        XCTAssertEqual(row?["target"]?.doubleValue, 50_000)
        XCTAssertEqual(row?["wonAttainment"]?.doubleValue ?? 0, 0.6, accuracy: 1e-9)
        XCTAssertEqual(json["forecastMonths"]?[0]?["target"], .null)
    }

    func testAQuarterWithoutItsOwnTargetSumsItsMonths() {
        let settings = makeBook(quarterTarget: false).settings
        XCTAssertEqual(settings.target(for: .quarter(year: 2027, quarter: 1))?.minorUnits, 2_000_000)
        XCTAssertNil(settings.target(for: .quarter(year: 2027, quarter: 2)))
        var edited = settings
        XCTAssertTrue(edited.removeTarget(for: TargetPeriod(text: "2027-02") ?? .quarter(year: 0, quarter: 1)))
        XCTAssertNil(edited.targets)
        XCTAssertFalse(edited.removeTarget(for: .quarter(year: 2027, quarter: 1)))
    }

    func testPeriodsReadAndWriteAsTyped() {
        XCTAssertEqual(TargetPeriod(text: "2027-q1")?.description, "2027-Q1")
        XCTAssertEqual(TargetPeriod(text: "2027-01")?.description, "2027-01")
        XCTAssertEqual(TargetPeriod(text: "2027-Q4")?.months.map(\.description), ["2027-10", "2027-11", "2027-12"])
        for bad in ["2027-Q5", "2027-13", "27-01", "2027", "2027-1", "Q1-2027"] { XCTAssertNil(TargetPeriod(text: bad), bad) }
    }

    /// Velocity over 2027-01-01...2027-02-15: 6 open deals (3, 4, 5, 6, 7 and the dollar deal 9)
    /// x €15,000 average won ((18,000 + 12,000) / 2) x 2/3 win rate (2 won, deal 8 lost)
    /// / 35 days average cycle ((30 + 40) / 2) = 60,000 / 35 = €1,714.285… = €1,714.29 a day.
    func testSalesVelocityAndAttainmentOnTheKPIs() throws {
        let report = Reports.kpis(makeBook(), period: Fixture.period("2027-01-01", "2027-02-15"))
        XCTAssertEqual(try XCTUnwrap(report.kpi("salesVelocity")?.current), 1_714.29, accuracy: 1e-9)
        XCTAssertEqual(report.attainment.map(\.period), ["2027-02", "2027-Q1"])
        XCTAssertEqual(try XCTUnwrap(report.attainment[1].wonAttainment), 0.6, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(report.attainment[1].commitAttainment), 0.88, accuracy: 1e-9)
        // Nothing won in the period before: no velocity.
        XCTAssertNil(report.kpi("salesVelocity")?.previous)
        XCTAssertNil(SalesVelocity(openDeals: 3, wonValue: 100, wonCount: 1, winRate: 1, cycleDays: 0).perDay)
    }

    /// A book written before forecasting: no categories, no targets. It opens unchanged (the
    /// defaults apply) and a save writes the new fields once they are set.
    func testABookOfThePreviousVersionOpensAndIsUpgradedOnSave() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-old-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let settings = """
        {"schema": 1, "settings": {"defaultCurrency": "EUR", "expectedLifespanYears": 3, "lostReasons": ["Timing"],
         "numberFormat": {"decimalSeparator": ".", "groupingSeparator": ",", "symbolBeforeAmount": true},
         "pipeline": [{"id": "new", "name": "New", "probability": 10},
                      {"id": "won-soon", "name": "Closing", "probability": 90, "rottingDays": 7}],
         "userName": "Ada"}}
        """
        let opportunities = """
        {"schema": 1, "opportunities": [{"amount": {"currency": "EUR", "minor": 100000}, "competitors": [],
          "createdAt": "2027-01-05T12:00:00Z", "expectedClose": "2027-02-01", "id": "opp-000001", "notes": "", "offers": [],
          "stageHistory": [{"enteredAt": "2027-01-05T12:00:00Z", "stage": "won-soon"}], "stageID": "won-soon",
          "status": "open", "tags": [], "title": "Old deal", "updatedAt": "2027-01-05T12:00:00Z"}]}
        """
        try settings.write(toFile: directory + "/settings.json", atomically: true, encoding: .utf8)
        try opportunities.write(toFile: directory + "/opportunities.json", atomically: true, encoding: .utf8)

        let old = try BookStore.load(directory: directory)
        XCTAssertNil(old.settings.targets)
        XCTAssertEqual(old.settings.pipeline.map(\.forecastCategory), [nil, nil])
        XCTAssertEqual(old.settings.forecastCategory(ofStageAt: 1), .commit)  // the last stage
        let deal = try XCTUnwrap(old.opportunities.all.first)
        XCTAssertNil(deal.forecastCategory)
        XCTAssertEqual(Reports.pipeline(old, asOf: Fixture.day("2027-01-10")).forecastMonths[1].commit.minorUnits, 100_000)

        var upgraded = old
        upgraded.settings.setTarget(Fixture.eur(5_000_000), for: .quarter(year: 2027, quarter: 1))
        upgraded.settings.pipeline[0].forecastCategory = .bestCase
        var changedDeal = deal
        changedDeal.forecastCategory = .omitted
        upgraded.opportunities.upsert(changedDeal)
        let (store, _) = try BookStore.open(directory: directory)
        _ = try store.save(upgraded, force: true)
        store.close()
        let settingsText = try String(contentsOfFile: directory + "/settings.json", encoding: .utf8)
        XCTAssertTrue(settingsText.contains("\"targets\""))
        XCTAssertTrue(settingsText.contains("\"period\": \"2027-Q1\"") || settingsText.contains("\"period\":\"2027-Q1\""))
        let reread = try BookStore.load(directory: directory)
        XCTAssertEqual(reread.settings.target(for: .quarter(year: 2027, quarter: 1))?.minorUnits, 5_000_000)
        XCTAssertEqual(reread.settings.pipeline[0].forecastCategory, .bestCase)
        XCTAssertEqual(reread.opportunities.all.first?.forecastCategory, .omitted)
        XCTAssertEqual(reread.settings.userName, "Ada")
    }
}

final class DemoTargetsTests: XCTestCase {
    /// The large book's targets come from what it won in the last year; the small book has none.
    func testTheLargeBookGetsTargetsAndTheSmallNone() {
        let today = Fixture.day("2026-11-22")
        var large = GenerationState(size: .large, seed: 1, today: today)
        // €400,000 won in the last year: a quarter is €100,000, the target a tenth above it.
        large.book.opportunities.upsert(Fixture.deal(1, created: "2026-01-05", outcome: .won("2026-03-01"),
                                                     amount: Fixture.eur(40_000_000)))
        large.makeTargets()
        let settings = large.book.settings
        XCTAssertEqual(settings.target(for: .quarter(year: 2026, quarter: 4))?.minorUnits, 11_000_000)
        // 2025-Q4 (a year back) through 2027-Q2 (two ahead): seven quarters, and Q4's three months.
        XCTAssertEqual(settings.salesTargets.count, 10)
        XCTAssertEqual(settings.target(for: TargetPeriod(text: "2026-11") ?? .quarter(year: 0, quarter: 1))?.minorUnits,
                       3_600_000)  // €110,000 / 3 = €36,666.67, down to the thousand: €36,000
        XCTAssertNil(DemoBookGenerator(size: .small, today: today).generate().settings.targets)
    }
}

final class SalesTargetRuleTests: XCTestCase {
    func testCheckFindsTargetsOutOfRuleAndTwice() {
        var settings = Settings()
        settings.targets = [SalesTarget(period: .quarter(year: 2027, quarter: 1), amount: Fixture.eur(0)),
                            SalesTarget(period: .quarter(year: 2027, quarter: 1), amount: Fixture.eur(100)),
                            SalesTarget(period: .quarter(year: 2027, quarter: 2), amount: Fixture.usd(100))]
        let problems = BookChecker.problems(in: Book(settings: settings)).map(\.description)
        XCTAssertEqual(problems, [
            "settings.json: target 2027-Q1: a target is more than zero",
            "settings.json: target 2027-Q1: more than one target for the period",
            "settings.json: target 2027-Q2: a target is in the base currency EUR, not USD",
        ])
        XCTAssertNil(FieldRules.salesTarget(Fixture.eur(1), base: .eur))
    }
}
