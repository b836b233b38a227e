import Foundation
import XCTest
import RapportCore

/// `rapport rates`: set, list (text and JSON), remove and import the central bank's files, on
/// the real binary, reading back what it saved; and the pipeline report converting with them.
final class RatesCommandTests: XCTestCase {
    private let environment = ["RAPPORT_NOW": "2026-12-02T12:00:00Z"]

    private func rapport(_ arguments: [String], _ book: String) throws -> RapportRun {
        try RapportBinary.run(arguments + ["--data", book], environment: environment)
    }

    func testSetListRemove() throws {
        let book = try makeTemporaryDirectory(self) + "/book"
        var run = try rapport(["rates", "set", "USD", "1.08", "--date", "2026-12-01"], book)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "1 EUR = 1.08 USD on 2026-12-01\n")
        run = try rapport(["rates", "set", "usd", "1.0900"], book)
        XCTAssertEqual(run.stdout, "1 EUR = 1.09 USD on 2026-12-02\n", "without --date: today, from RAPPORT_NOW")
        run = try rapport(["rates", "set", "USD", "1.1", "--date", "2026-12-01"], book)
        XCTAssertEqual(run.stdout, "1 EUR = 1.1 USD on 2026-12-01 (was 1.08)\n")
        XCTAssertNotEqual(try rapport(["rates", "set", "EUR", "2"], book).status, 0, "the base's rate is 1")
        XCTAssertNotEqual(try rapport(["rates", "set", "USD", "-1"], book).status, 0)

        run = try rapport(["rates", "list", "--json"], book)
        XCTAssertEqual(run.status, 0, run.stderr)
        let listed = try JSONDecoder().decode([ExchangeRate].self, from: Data(run.stdout.utf8))
        XCTAssertEqual(listed.map(\.rate.description), ["1.1", "1.09"])
        XCTAssertEqual(listed.map(\.source), ["manual", "manual"])
        run = try rapport(["rates", "list"], book)
        XCTAssertTrue(run.stdout.contains("1 EUR = USD  2026-12-01  1.1"), run.stdout)
        XCTAssertEqual(run.stderr, "2 rates\n")

        run = try rapport(["rates", "remove", "USD", "--date", "2026-12-01"], book)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try BookStore.load(directory: book).settings.rates.map(\.date.description), ["2026-12-02"])
        XCTAssertNotEqual(try rapport(["rates", "remove", "USD", "--date", "2026-12-01"], book).status, 0)
    }

    func testImportTheDailyAndHistoricalFilesThenTheReportConverts() throws {
        let folder = try makeTemporaryDirectory(self)
        let book = folder + "/book"
        let daily = folder + "/eurofxref.csv"
        try "Date, USD, JPY, CHF, \n2 December 2026, 1.25, 160.00, 0.9400, \n".write(toFile: daily, atomically: true, encoding: .utf8)
        let history = folder + "/eurofxref-hist.csv"
        try "Date,USD,JPY,CYP,\n2026-12-01,1.20,159.5,N/A,\n2007-12-31,1.4721,164.93,0.585274,\n"
            .write(toFile: history, atomically: true, encoding: .utf8)
        var run = try rapport(["rates", "import", daily], book)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "imported 3 rates from \(daily)\n")
        run = try rapport(["rates", "import", history], book)
        XCTAssertEqual(run.stdout, "imported 5 rates from \(history)\n")
        let rates = try BookStore.load(directory: book).settings.rates
        XCTAssertEqual(rates.count, 8)
        XCTAssertTrue(rates.allSatisfy { $0.base == .eur && $0.source == "ecb" })

        // An open deal of $1,000: at the latest rate (12-02, 1.25) €800.00 in the pipeline report.
        run = try rapport(["add", "opportunity", "--title", "Dollar deal", "--amount", "1000", "--currency", "USD"], book)
        XCTAssertEqual(run.status, 0, run.stderr)
        run = try rapport(["report", "pipeline", "--json"], book)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"convertedFrom\""), run.stdout)
        XCTAssertTrue(run.stdout.replacingOccurrences(of: " ", with: "").contains("\"totalValue\":800"), run.stdout)
        run = try rapport(["report", "pipeline", "--width", "100"], book)
        XCTAssertTrue(run.stdout.contains("1 open deals · value ≈€800.00 · weighted ≈€80.00"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Converted to EUR from USD at dated rates; ≈ marks such totals."), run.stdout)
    }
}
