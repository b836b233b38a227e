import Foundation
import RapportCore
import RapportCanvas
import RapportUI
import XCTest

final class ReportCommandTests: XCTestCase {
    static let asOf = "2026-11-22"

    func makeDemoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", Self.asOf])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        return directory
    }

    func testFunnelJSONAgreesWithTheLibraryAndTheText() throws {
        let directory = try makeDemoBook()
        let run = try RapportBinary.run(["report", "funnel", "--json", "--as-of", Self.asOf, "--data", directory])
        XCTAssertEqual(run.status, 0, run.stderr)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let json = try XCTUnwrap(parsed as? [String: Any])

        // The same report computed in this process from the same files, in the same time zone.
        let book = try BookStore.load(directory: directory)
        let asOf = try XCTUnwrap(LocalDate(Self.asOf))
        let expected = Reports.funnel(book, period: .trailingYear(asOf: asOf, timeZone: .current))
        XCTAssertGreaterThan(expected.opportunities, 0, "the demo book should have deals in the period")

        let stages = try XCTUnwrap(json["stages"] as? [[String: Any]])
        XCTAssertEqual(stages.count, expected.stages.count)
        for (stage, want) in zip(stages, expected.stages) {
            XCTAssertEqual(stage["stage"] as? String, want.name)
            XCTAssertEqual(stage["reached"] as? Int, want.reached, want.name)
            XCTAssertEqual(try XCTUnwrap(stage["value"] as? Double), want.value.major, accuracy: 1e-9, want.name)
            if let conversion = want.conversionToNext {
                XCTAssertEqual(try XCTUnwrap(stage["conversionToNext"] as? Double), conversion, accuracy: 1e-12)
            } else {
                XCTAssertTrue(stage["conversionToNext"] is NSNull, "\(want.name): conversionToNext should be null")
            }
        }
        XCTAssertEqual(json["won"] as? Int, expected.won)
        XCTAssertEqual(json["lost"] as? Int, expected.lost)
        XCTAssertEqual(try XCTUnwrap(json["winRate"] as? Double), try XCTUnwrap(expected.winRate), accuracy: 1e-12)

        // The chart shows the same numbers: per stage a row "Name  ████  reached  value  → conversion".
        let text = try RapportBinary.run(["report", "funnel", "--as-of", Self.asOf, "--data", directory, "--width", "100"],
                                         environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(text.status, 0, text.stderr)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let numbers = ChartNumbers(format: book.settings.numberFormat)
        for (stage, want) in zip(stages, expected.stages) {
            let row = try XCTUnwrap(lines.first { $0.hasPrefix(want.name + " ") }, "no row for \(want.name)")
            let figures = row.split(separator: " ").map(String.init).filter { $0.contains { $0.isNumber } }
            XCTAssertEqual(figures.first, numbers.count(try XCTUnwrap(stage["reached"] as? Int)), row)
            XCTAssertEqual(figures.dropFirst().first, want.value.money.formatted(book.settings.numberFormat), row)
            XCTAssertTrue(row.contains("█") || row.contains("▌") || row.contains("▐"), "a bar in \(row)")
        }
        let winRate = try XCTUnwrap(json["winRate"] as? Double)
        let percent = String(format: "%.1f%%", (winRate * 1000).rounded() / 10)
        XCTAssertTrue(text.stdout.contains("won \(expected.won) · lost \(expected.lost) ·"), text.stdout)
        XCTAssertTrue(text.stdout.contains("win rate \(percent)"), "expected \(percent) in\n\(text.stdout)")

        // ASCII: asked for, or implied by a locale that is not UTF-8.
        for (arguments, environment) in [(["--ascii"], ["LANG": "C.UTF-8"]), ([], ["LANG": "C", "LC_ALL": ""])] {
            let ascii = try RapportBinary.run(["report", "funnel", "--as-of", Self.asOf, "--data", directory] + arguments,
                                              environment: environment)
            XCTAssertEqual(ascii.status, 0, ascii.stderr)
            XCTAssertTrue(ascii.stdout.unicodeScalars.allSatisfy(\.isASCII), ascii.stdout)
            XCTAssertTrue(ascii.stdout.contains("###"), ascii.stdout)
        }
    }

    func testEveryReportRunsAsTextAndJSON() throws {
        let directory = try makeDemoBook()
        for name in ["funnel", "pipeline", "retention", "nps", "segments", "clv", "kpi", "lost"] {
            let json = try RapportBinary.run(["report", name, "--json", "--as-of", Self.asOf, "--data", directory])
            XCTAssertEqual(json.status, 0, "\(name): \(json.stderr)")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)), name)
            let text = try RapportBinary.run(["report", name, "--as-of", Self.asOf, "--data", directory], environment: ["COLUMNS": "60"])
            XCTAssertEqual(text.status, 0, "\(name): \(text.stderr)")
            XCTAssertFalse(text.stdout.isEmpty, name)
        }
        // Segments: the JSON's counts are the library's.
        let segments = try RapportBinary.run(["report", "segments", "--json", "--as-of", Self.asOf, "--data", directory])
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(segments.stdout.utf8)) as? [String: Any])
        let counts = try XCTUnwrap(parsed["segments"] as? [String: Int])
        let expected = Reports.segments(try BookStore.load(directory: directory), asOf: try XCTUnwrap(LocalDate(Self.asOf)),
                                        timeZone: .current)
        for segment in CustomerSegment.allCases { XCTAssertEqual(counts[segment.rawValue], expected.count(segment), segment.rawValue) }
    }

    /// Issue 13, item 5: as of the 1st, the month has begun and is not over: the JSON says so.
    func testAMonthThatIsNotOverIsPartialInTheJSONAndTheText() throws {
        let directory = try makeDemoBook()
        let range = ["--as-of", "2026-12-01", "--from", "2026-11-01", "--to", "2026-12-31", "--data", directory]
        for name in ["funnel", "retention", "nps", "kpi", "lost"] {
            let run = try RapportBinary.run(["report", name, "--json"] + range)
            XCTAssertEqual(run.status, 0, "\(name): \(run.stderr)")
            let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], name)
            XCTAssertEqual(parsed["partial"] as? Bool, true, name)
        }
        let nps = try RapportBinary.run(["report", "nps", "--json"] + range)
        let monthly = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(nps.stdout.utf8)) as? [String: Any])?["monthly"]
            as? [[String: Any]])
        XCTAssertEqual(monthly.map { $0["partial"] as? Bool }, [false, true])  // November over, December 1 day old
        let text = try RapportBinary.run(["report", "retention"] + range, environment: ["COLUMNS": "100"])
        XCTAssertTrue(text.stdout.contains("* 2026-12 is not over (to 2026-12-01)"), text.stdout)
    }

    func testUsageErrors() throws {
        let directory = try makeDemoBook()
        for arguments in [["report"], ["report", "sales"], ["report", "pipeline", "--from", "2026-01-01"],
                          ["report", "funnel", "--from", "2026-05-01", "--to", "2026-01-01"],
                          ["report", "funnel", "--as-of", "2026-02-30"], ["report", "nps", "--width", "abc"]] {
            let run = try RapportBinary.run(arguments + ["--data", directory])
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("rapport: "), run.stderr)
            XCTAssertEqual(run.stdout, "")
        }
    }
}
