import Foundation
import RapportCore
import XCTest

/// `rapport targets` and `rapport forecast-category` on the demo book, read back through
/// `report pipeline --json` and `report kpi --json`.
final class ForecastCommandTests: XCTestCase {
    static let asOf = "2026-11-22"

    func testTargetsAndCategoriesReachTheReports() throws {
        let directory = try makeTemporaryDirectory(self) + "/book"
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", Self.asOf]).status, 0)
        let set = try RapportBinary.run(["targets", "set", "2026-Q4", "250000", "--data", directory])
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertEqual(set.stdout, "Target for 2026-Q4: €250,000.00.\n")
        XCTAssertEqual(try RapportBinary.run(["targets", "set", "2026-12", "50,000.50", "--data", directory]).status, 0)
        let bad = try RapportBinary.run(["targets", "set", "2026-Q5", "1", "--data", directory])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("2027-Q1"), bad.stderr)

        let list = try RapportBinary.run(["targets", "list", "--json", "--data", directory])
        XCTAssertEqual(list.status, 0, list.stderr)
        let targets = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(targets.map { $0["period"] as? String }, ["2026-Q4", "2026-12"])
        XCTAssertEqual((targets[1]["amount"] as? [String: Any])?["minor"] as? Int, 5_000_050)

        // Negotiation's deals out of the forecast, one deal in again as commit.
        XCTAssertEqual(try RapportBinary.run(["forecast-category", "--stage", "Negotiation", "omitted", "--data", directory]).status, 0)
        let book = try BookStore.load(directory: directory)
        let deal = try XCTUnwrap(book.opportunities.all.first { $0.status == .open && $0.stageID == "negotiation" })
        let one = try RapportBinary.run(["forecast-category", deal.id.description, "commit", "--data", directory])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, "\(deal.id): commit\n")

        let reloaded = try BookStore.load(directory: directory)
        XCTAssertEqual(reloaded.settings.pipeline.last?.forecastCategory, .omitted)
        XCTAssertEqual(reloaded.opportunities[deal.id]?.forecastCategory, .commit)
        let asOf = try XCTUnwrap(LocalDate(Self.asOf))
        let expected = Reports.pipeline(reloaded, asOf: asOf, timeZone: .current)
        let run = try RapportBinary.run(["report", "pipeline", "--json", "--as-of", Self.asOf, "--data", directory])
        XCTAssertEqual(run.status, 0, run.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let quarters = try XCTUnwrap(json["forecastQuarters"] as? [[String: Any]])
        let quarter = try XCTUnwrap(quarters.first)
        let want = try XCTUnwrap(expected.forecastQuarters.first)
        XCTAssertEqual(quarter["period"] as? String, "2026-Q4")
        XCTAssertEqual(quarter["target"] as? Double, 250_000)
        XCTAssertEqual(try XCTUnwrap(quarter["commit"] as? Double), want.commit.major, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(quarter["wonAttainment"] as? Double),
                       want.closed.major / 250_000, accuracy: 1e-9)
        XCTAssertGreaterThan(try XCTUnwrap(quarter["omitted"] as? Double), 0, "Negotiation's other deals are omitted")

        let kpi = try RapportBinary.run(["report", "kpi", "--json", "--as-of", Self.asOf, "--data", directory])
        let kpis = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(kpi.stdout.utf8)) as? [String: Any])
        let attainment = try XCTUnwrap(kpis["attainment"] as? [[String: Any]])
        XCTAssertEqual(attainment.map { $0["period"] as? String }, ["2026-11", "2026-Q4"])
        XCTAssertEqual(attainment[1]["target"] as? Double, 250_000)
        let rows = try XCTUnwrap(kpis["kpis"] as? [[String: Any]])
        XCTAssertNotNil(rows.first { $0["id"] as? String == "salesVelocity" }?["current"] as? Double)

        XCTAssertEqual(try RapportBinary.run(["targets", "remove", "2026-12", "--data", directory]).status, 0)
        XCTAssertEqual(try RapportBinary.run(["targets", "remove", "2026-12", "--data", directory]).status, 1)
    }
}
