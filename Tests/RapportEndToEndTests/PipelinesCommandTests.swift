import Foundation
import RapportCore
import XCTest

/// `rapport pipelines …` and `rapport report --pipeline` through the binary, on a small book
/// whose figures are worked out by hand.
final class PipelinesCommandTests: XCTestCase {
    private let now = ["RAPPORT_NOW": "2026-11-22T10:00:00Z"]

    /// Two open deals in the first pipeline: €1,000 in New (10%) and €2,000 in Proposal (60%).
    private func makeBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let at = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21
        let deals = [
            Opportunity(id: OpportunityID(number: 1), createdAt: at, title: "Fleet", stageID: "new",
                        amount: Money(minorUnits: 100_000, currency: .eur)),
            Opportunity(id: OpportunityID(number: 2), createdAt: at, title: "Licence", stageID: "proposal",
                        amount: Money(minorUnits: 200_000, currency: .eur)),
        ]
        try BookStore.write(Book(opportunities: deals), to: directory)
        return directory
    }

    private func run(_ arguments: [String], _ directory: String, status: Int32 = 0,
                     file: StaticString = #filePath, line: UInt = #line) throws -> RapportRun {
        let result = try RapportBinary.run(arguments + ["--data", directory], environment: now)
        XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)", file: file, line: line)
        return result
    }

    private func json(_ run: RapportRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    func testAPipelineItsStagesAndADealMovedIntoIt() throws {
        let directory = try makeBook()
        _ = try run(["pipelines", "add", "Renewals", "--stages", "Due,Quoted,Signed"], directory)
        _ = try run(["pipelines", "stages", "renewals", "add", "On hold", "--probability", "20", "--position", "2"], directory)
        _ = try run(["pipelines", "stages", "renewals", "rename", "quoted", "Quote sent"], directory)
        _ = try run(["pipelines", "stages", "renewals", "move", "signed", "1"], directory)
        let stages = try XCTUnwrap(try json(try run(["pipelines", "stages", "renewals", "list", "--json"], directory)) as? [[String: Any]])
        // Due, On hold (added 2nd), Quoted, Signed; then Signed moved to the front.
        XCTAssertEqual(stages.compactMap { $0["id"] as? String }, ["signed", "due", "on-hold", "quoted"])
        XCTAssertEqual(stages.compactMap { $0["name"] as? String }, ["Signed", "Due", "On hold", "Quote sent"])

        // Moving a deal: into the pipeline, its stage history keeps New.
        _ = try run(["pipelines", "move-deal", "opp-000002", "renewals", "--stage", "Quote sent"], directory)
        let book = try BookStore.load(directory: directory)
        let moved = try XCTUnwrap(book.opportunities[OpportunityID(number: 2)])
        XCTAssertEqual(moved.pipelineID, "renewals")
        XCTAssertEqual(moved.stageHistory.map(\.stageID), ["proposal", "quoted"])
        // `move` stays inside the deal's pipeline.
        let across = try run(["move", "opp-000002", "new"], directory, status: 1)
        XCTAssertTrue(across.stderr.contains("pipelines move-deal"), across.stderr)

        let list = try XCTUnwrap(try json(try run(["pipelines", "list", "--json"], directory)) as? [[String: Any]])
        XCTAssertEqual(list.compactMap { $0["id"] as? String }, ["default", "renewals"])
        XCTAssertEqual(list.compactMap { $0["openDeals"] as? Int }, [1, 1])

        // Removing the stage that holds it needs --move-to; then the deal is in Due.
        let refused = try run(["pipelines", "stages", "renewals", "remove", "quoted"], directory, status: 1)
        XCTAssertTrue(refused.stderr.contains("--move-to"), refused.stderr)
        _ = try run(["pipelines", "stages", "renewals", "remove", "quoted", "--move-to", "due"], directory)
        XCTAssertEqual(try BookStore.load(directory: directory).opportunities[OpportunityID(number: 2)]?.stageID, "due")
        let check = try run(["check"], directory)
        XCTAssertTrue(check.stdout.contains("no problems found"), check.stdout)
    }

    func testThePipelineReportHasASectionPerPipeline() throws {
        let directory = try makeBook()
        // Renewals' Due at 50%: the licence (€2,000) moves there.
        _ = try run(["pipelines", "add", "Renewals", "--stages", "Due"], directory)
        var book = try BookStore.load(directory: directory)
        book.settings.pipelines[1].stages[0].probability = 50
        try FileManager.default.removeItem(atPath: directory)
        try BookStore.write(book, to: directory)
        _ = try run(["pipelines", "move-deal", "opp-000002", "renewals"], directory)

        let all = try XCTUnwrap(try json(try run(["report", "pipeline", "--json", "--as-of", "2026-11-22"], directory)) as? [String: Any])
        let sections = try XCTUnwrap(all["pipelines"] as? [[String: Any]])
        XCTAssertEqual(sections.compactMap { $0["pipelineID"] as? String }, ["default", "renewals"])
        let reports = sections.compactMap { $0["report"] as? [String: Any] }
        // Default: the fleet alone, €1,000 x 10% = €100. Renewals: €2,000 x 50% = €1,000.
        XCTAssertEqual(reports.compactMap { $0["totalValue"] as? Double }, [1_000, 2_000])
        XCTAssertEqual(reports.compactMap { $0["totalWeightedValue"] as? Double }, [100, 1_000])

        let one = try XCTUnwrap(try json(try run(["report", "pipeline", "--json", "--pipeline", "Renewals", "--as-of", "2026-11-22"],
                                                  directory)) as? [String: Any])
        XCTAssertEqual(one["totalWeightedValue"] as? Double, 1_000)
        let text = try run(["report", "funnel", "--as-of", "2026-11-22", "--width", "80"], directory)
        XCTAssertTrue(text.stdout.contains(": Renewals"), text.stdout)
        _ = try run(["report", "nps", "--pipeline", "renewals"], directory, status: 2)
    }
}
