import Foundation
import XCTest
@testable import RapportCore

/// Several pipelines: the old one-pipeline settings open unchanged and are saved in the new
/// form; deals belong to one pipeline and move between them keeping their history; stages are
/// edited by id; the reports sum per pipeline.
final class SeveralPipelinesTests: XCTestCase {
    /// The default five stages, then Renewals: Due (50%), Signed (90%).
    private func twoPipelines() throws -> Book {
        var book = Book()
        try PipelineEditing.addPipeline(&book, name: "Renewals", stageNames: ["Due", "Signed"])
        book.settings.pipelines[1].stages[0].probability = 50
        book.settings.pipelines[1].stages[1].probability = 90
        return book
    }

    private func renewal(_ number: Int, stage: String, amount: Int64) -> Opportunity {
        var deal = Fixture.deal(number, created: "2026-10-01", stage: stage, amount: Fixture.eur(amount))
        deal.pipelineID = "renewals"
        return deal
    }

    // MARK: The file format

    /// What the previous version wrote: one stage list under "pipeline", deals without "pipelineID".
    func testABookInThePreviousFormatOpensUnchangedAndSavesInTheNewForm() throws {
        let directory = try makeTemporaryDirectory(self)
        try writeText("""
            {"schema": 1, "settings": {"userName": "Ada", "defaultCurrency": "EUR", 
              "numberFormat": {"decimalSeparator": ".", "groupingSeparator": ",", "symbolBeforeAmount": true},
              "pipeline": [{"id": "lead", "name": "Lead", "probability": 20, "rottingDays": 7},
                           {"id": "deal", "name": "Deal", "probability": 70}],
              "lostReasons": ["Price"], "expectedLifespanYears": 3}}
            """, to: directory + "/settings.json")
        try writeText("""
            {"schema": 1, "opportunities": [{"amount": {"currency": "EUR", "minor": 1000}, "competitors": [],
              "createdAt": "2026-01-01T10:00:00Z", "id": "opp-000001", "notes": "", "offers": [],
              "stageHistory": [{"enteredAt": "2026-01-01T10:00:00Z", "stage": "lead"}], "stageID": "lead",
              "status": "open", "tags": [], "title": "Old deal", "updatedAt": "2026-01-01T10:00:00Z"}]}
            """, to: directory + "/opportunities.json")
        let book = try BookStore.load(directory: directory)
        XCTAssertEqual(book.settings.pipelines.map(\.id), ["default"])
        XCTAssertEqual(book.settings.pipelines.first?.name, "Pipeline")
        XCTAssertEqual(book.settings.pipeline.map(\.id), ["lead", "deal"])
        XCTAssertEqual(book.settings.pipeline.first?.rottingDays, 7)
        let deal = try XCTUnwrap(book.opportunities[OpportunityID("opp-000001")])
        XCTAssertNil(deal.pipelineID)
        XCTAssertEqual(book.settings.pipelineID(of: deal), "default")

        let (store, opened) = try BookStore.open(directory: directory)
        var changed = opened
        changed.settings.userName = "Ada L."
        _ = try store.save(changed)
        store.close()
        let text = String(decoding: try readBytes(directory + "/settings.json"), as: UTF8.self)
        XCTAssertTrue(text.contains("\"pipelines\""), text)
        XCTAssertFalse(text.contains("\"pipeline\""), text)
        let reread = try BookStore.load(directory: directory)
        XCTAssertEqual(reread.settings.pipelines, book.settings.pipelines)
    }

    func testAPipelineIDIsWrittenOnlyWhenSetAndReadByBothPaths() throws {
        let table = RecordTable([renewal(1, stage: "due", amount: 100), Fixture.deal(2, created: "2026-10-01", amount: Fixture.eur(5))])
        let slow = try CollectionCoding.encodeWithCodable(table, as: .opportunities)
        let fast = try XCTUnwrap(FastCollectionCoding.encode(table, as: .opportunities))
        XCTAssertEqual(String(decoding: fast, as: UTF8.self), String(decoding: slow, as: UTF8.self))
        XCTAssertEqual(String(decoding: fast, as: UTF8.self).components(separatedBy: "\"pipelineID\"").count - 1, 1)
        let decoded = try XCTUnwrap(FastCollectionCoding.decode(Opportunity.self, from: fast, collection: .opportunities))
        XCTAssertEqual(decoded[OpportunityID(number: 1)]?.pipelineID, "renewals")
        XCTAssertNil(decoded[OpportunityID(number: 2)]?.pipelineID)
    }

    // MARK: Editing

    func testNewStageIDsAreUniqueAcrossPipelines() throws {
        var book = Book()
        let partners = try PipelineEditing.addPipeline(&book, name: "Partners", stageNames: ["New", "Signed"])
        // "new" is the first pipeline's: the partners' New is prefixed.
        XCTAssertEqual(partners.stages.map(\.id), ["partners-new", "signed"])
        XCTAssertEqual(book.settings.allStageIDs.count, 7)
        XCTAssertThrowsError(try PipelineEditing.addPipeline(&book, name: "Again", id: "partners"))
    }

    func testMovingADealToAnotherPipelineKeepsItsHistory() throws {
        var book = try twoPipelines()
        book.opportunities.upsert(Fixture.deal(1, created: "2026-10-01", moves: [("qualified", "2026-10-05")], amount: Fixture.eur(1_000)))
        let at = Fixture.noon("2026-11-01")
        try PipelineEditing.moveDeal(&book, OpportunityID(number: 1), toPipeline: "renewals", stage: "signed", at: at)
        let deal = try XCTUnwrap(book.opportunities[OpportunityID(number: 1)])
        XCTAssertEqual(deal.pipelineID, "renewals")
        XCTAssertEqual(deal.stageID, "signed")
        XCTAssertEqual(deal.stageHistory.map(\.stageID), ["new", "qualified", "signed"])
        XCTAssertEqual(deal.stageHistory.last?.enteredAt, at)
        // Its probability is now the Renewals stage's: 90% of 1,000 = 900.
        XCTAssertEqual(deal.weightedAmount(in: book.settings).minorUnits, 900)
        // No stage given: the pipeline's first.
        try PipelineEditing.moveDeal(&book, OpportunityID(number: 1), toPipeline: "default", stage: nil, at: at)
        XCTAssertEqual(book.opportunities[OpportunityID(number: 1)]?.stageID, "new")
    }

    func testRemovingAStageThatHoldsDealsNeedsAPlaceForThem() throws {
        var book = try twoPipelines()
        book.opportunities.upsert(renewal(1, stage: "due", amount: 100))
        book.opportunities.upsert(renewal(2, stage: "due", amount: 200))
        book.opportunities.upsert(renewal(3, stage: "signed", amount: 300))
        let at = Fixture.noon("2026-11-01")
        XCTAssertThrowsError(try PipelineEditing.removeStage(&book, "due", moveTo: nil, at: at))
        // Only to a stage of the same pipeline.
        XCTAssertThrowsError(try PipelineEditing.removeStage(&book, "due", moveTo: "new", at: at))
        XCTAssertEqual(try PipelineEditing.removeStage(&book, "due", moveTo: "signed", at: at), 2)
        XCTAssertEqual(book.settings.pipeline(id: "renewals")?.stages.map(\.id), ["signed"])
        for number in 1...3 { XCTAssertEqual(book.opportunities[OpportunityID(number: number)]?.stageID, "signed") }
        // The history still names the removed stage.
        XCTAssertEqual(book.opportunities[OpportunityID(number: 1)]?.stageHistory.map(\.stageID), ["due", "signed"])
        XCTAssertThrowsError(try PipelineEditing.removeStage(&book, "signed", moveTo: nil, at: at), "the last stage stays")
    }

    func testRenamingAndReorderingKeepIDs() throws {
        var book = try twoPipelines()
        book.opportunities.upsert(renewal(1, stage: "due", amount: 100))
        try PipelineEditing.renameStage(&book, "due", to: "Up for renewal")
        try PipelineEditing.moveStage(&book, "due", to: 2)
        try PipelineEditing.addStage(&book, pipeline: "renewals", name: "Quoted", probability: 70, position: 2)
        XCTAssertEqual(book.settings.pipeline(id: "renewals")?.stages.map(\.id), ["signed", "quoted", "due"])
        XCTAssertEqual(book.settings.stage(id: "due")?.name, "Up for renewal")
        XCTAssertEqual(book.opportunities[OpportunityID(number: 1)]?.stageID, "due")
        XCTAssertThrowsError(try PipelineEditing.moveStage(&book, "due", to: 4))
        XCTAssertThrowsError(try PipelineEditing.addStage(&book, pipeline: "renewals", name: "X", probability: 101))
    }

    func testRemovingAPipelineMovesItsDealsToAnother() throws {
        var book = try twoPipelines()
        book.opportunities.upsert(renewal(1, stage: "signed", amount: 100))
        let at = Fixture.noon("2026-11-01")
        XCTAssertThrowsError(try PipelineEditing.removePipeline(&book, "renewals", moveTo: nil, at: at))
        XCTAssertEqual(try PipelineEditing.removePipeline(&book, "renewals", moveTo: "default", at: at), 1)
        XCTAssertEqual(book.settings.pipelines.map(\.id), ["default"])
        XCTAssertEqual(book.opportunities[OpportunityID(number: 1)]?.stageID, "new")
        XCTAssertThrowsError(try PipelineEditing.removePipeline(&book, "default", moveTo: nil, at: at), "the last pipeline stays")
    }

    // MARK: Reports

    func testThePipelineReportSumsEachPipelineApart() throws {
        var book = try twoPipelines()
        // Default: 1,000 in New (10%) and 2,000 in Proposal (60%).
        book.opportunities.upsert(Fixture.deal(1, created: "2026-10-01", amount: Fixture.eur(1_000)))
        book.opportunities.upsert(Fixture.deal(2, created: "2026-10-01", stage: "proposal", amount: Fixture.eur(2_000)))
        // Renewals: 400 in Due (50%) and 600 in Signed (90%).
        book.opportunities.upsert(renewal(3, stage: "due", amount: 400))
        book.opportunities.upsert(renewal(4, stage: "signed", amount: 600))
        let asOf = Fixture.day("2026-11-01")
        let sections = Reports.perPipeline(book) { Reports.pipeline($0, asOf: asOf) }
        XCTAssertEqual(sections.map(\.pipelineID), ["default", "renewals"])
        // Default: 1,000 + 2,000 = 3,000; weighted 100 + 1,200 = 1,300.
        XCTAssertEqual(sections[0].report.openCount, 2)
        XCTAssertEqual(sections[0].report.totalValue.minorUnits, 3_000)
        XCTAssertEqual(sections[0].report.totalWeightedValue.minorUnits, 1_300)
        XCTAssertEqual(sections[0].report.stages.map(\.stageID), PipelineStage.defaults.map(\.id))
        // Renewals: 400 + 600 = 1,000; weighted 200 + 540 = 740.
        XCTAssertEqual(sections[1].report.totalValue.minorUnits, 1_000)
        XCTAssertEqual(sections[1].report.totalWeightedValue.minorUnits, 740)
        XCTAssertEqual(sections[1].report.stages.map(\.count), [1, 1])
        // All together: 4,000, weighted 1,300 + 740 = 2,040, every stage of both pipelines.
        let all = Reports.pipeline(book, asOf: asOf)
        XCTAssertEqual(all.totalValue.minorUnits, 4_000)
        XCTAssertEqual(all.totalWeightedValue.minorUnits, 2_040)
        XCTAssertEqual(all.stages.count, 7)
        XCTAssertEqual(all.unknownStage, 0)
        // One pipeline asked for.
        XCTAssertEqual(Reports.perPipeline(book, only: "renewals") { Reports.pipeline($0, asOf: asOf) }.map(\.pipelineID), ["renewals"])
    }

    func testTheFunnelOfOnePipelineUsesItsStages() throws {
        var book = try twoPipelines()
        // Renewals: one won (reached Due and Signed), one open in Due.
        var won = renewal(1, stage: "due", amount: 500)
        won.markWon(at: Fixture.noon("2026-10-20"))
        book.opportunities.upsert(won)
        book.opportunities.upsert(renewal(2, stage: "due", amount: 300))
        book.opportunities.upsert(Fixture.deal(3, created: "2026-10-01", amount: Fixture.eur(9_000)))
        let scoped = try XCTUnwrap(book.scoped(toPipeline: "renewals"))
        let funnel = Reports.funnel(scoped, period: Fixture.period("2026-01-01", "2026-11-01"))
        XCTAssertEqual(funnel.opportunities, 2)
        XCTAssertEqual(funnel.stages.map(\.reached), [2, 1])
        // Reached Due: 500 + 300 = 800; Signed: the won 500.
        XCTAssertEqual(funnel.stages.map(\.value.minorUnits), [800, 500])
        XCTAssertEqual(funnel.won, 1)
    }
}

/// `rapport check` with several pipelines, and the demo's.
final class SeveralPipelinesCheckTests: XCTestCase {
    func testADealMustBeInAStageOfItsOwnPipeline() throws {
        var book = Book()
        try PipelineEditing.addPipeline(&book, name: "Renewals", stageNames: ["Due"])
        var renewal = Fixture.deal(1, created: "2026-10-01", stage: "due", amount: Fixture.eur(100))
        renewal.pipelineID = "renewals"
        // In a stage of the first pipeline while it says Renewals: a problem.
        var mixed = Fixture.deal(2, created: "2026-10-01", stage: "new", amount: Fixture.eur(100))
        mixed.pipelineID = "renewals"
        book.opportunities.upsert(renewal)
        book.opportunities.upsert(mixed)
        let problems = BookChecker.problems(in: book).map(\.description)
        XCTAssertEqual(problems, ["opportunities.json: opp-000002: stage \"new\" is not in the pipeline"])
    }

    func testTheLargeDemoHasTwoPipelinesAndTheSmallOne() {
        XCTAssertEqual(DemoPipelines.pipelines(for: .large).map(\.id), ["default", "renewals"])
        XCTAssertEqual(DemoPipelines.pipelines(for: .small).map(\.id), ["default"])
        let stages = DemoPipelines.pipelines(for: .large).flatMap { $0.stages.map(\.id) }
        XCTAssertEqual(Set(stages).count, stages.count, "stage ids unique across pipelines")
        // Deals 3, 7, 11… are renewals: a quarter.
        let pipelines = DemoPipelines.pipelines(for: .large)
        XCTAssertEqual((0..<8).map { DemoPipelines.pipeline(forDeal: $0, in: pipelines)?.id ?? "" },
                       ["default", "default", "default", "renewals", "default", "default", "default", "renewals"])
    }
}
