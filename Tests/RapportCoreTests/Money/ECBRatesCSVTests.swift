import XCTest
@testable import RapportCore

/// The central bank's two CSV files, written here as they are published (the layout of
/// eurofxref.csv and eurofxref-hist.csv: header `Date, USD, …`, trailing commas, N/A).
final class ECBRatesCSVTests: XCTestCase {
    func testTheDailyFile() throws {
        let text = "Date, USD, JPY, BGN, CHF, \n1 December 2026, 1.0812, 161.25, 1.9558, 0.9385, \n"
        let rates = try ECBRatesCSV.parse(text)
        XCTAssertEqual(rates.count, 4)
        XCTAssertEqual(rates.map(\.currency.code), ["USD", "JPY", "BGN", "CHF"])
        XCTAssertTrue(rates.allSatisfy { $0.base == .eur && $0.date == LocalDate("2026-12-01") && $0.source == "ecb" })
        XCTAssertEqual(rates[1].rate.description, "161.25")
    }

    func testTheHistoricalFileNewestFirstWithNotQuotedDays() throws {
        let text = """
            Date,USD,JPY,CYP,RUB,
            2026-12-01,1.0812,161.25,N/A,N/A,
            2026-11-30,1.0790,160.80,N/A,N/A,
            2007-12-31,1.4721,164.93,0.585274,35.9860,

            """
        let rates = try ECBRatesCSV.parse(text.replacingOccurrences(of: "\n", with: "\r\n"))
        // 2 + 2 + 4 quotes; N/A is no rate, not zero.
        XCTAssertEqual(rates.count, 8)
        XCTAssertEqual(rates.filter { $0.currency.code == "CYP" }.map(\.date), [LocalDate("2007-12-31")])
        XCTAssertEqual(rates.first { $0.currency == .usd && $0.date == LocalDate("2026-11-30") }?.rate.description, "1.079")
    }

    func testBadFilesSayWhere() {
        XCTAssertThrowsError(try ECBRatesCSV.parse("Name,Email\nAda,ada@example.com\n")) { error in
            XCTAssertEqual((error as? ECBRatesCSV.Failure)?.line, 1)
        }
        XCTAssertThrowsError(try ECBRatesCSV.parse("Date,USD,\n2026-12-01,1.08,\nyesterday,1.07,\n")) { error in
            XCTAssertEqual((error as? ECBRatesCSV.Failure)?.line, 3)
        }
        XCTAssertThrowsError(try ECBRatesCSV.parse("Date,USD,\n2026-12-01,-1,\n"))
    }

    func testImportedRatesConvertACHFBookThroughTheEuro() throws {
        let rates = try ECBRatesCSV.parse("Date, USD, CHF, \n1 December 2026, 1.10, 0.95, \n")
        var settings = Settings(defaultCurrency: .chf)
        settings.rates = rates
        // $110.00 = €100 = CHF 95.00.
        XCTAssertEqual(CurrencyConverter(settings).convert(Money(major: 110, currency: .usd), on: nil), Money(major: 95, currency: .chf))
    }
}
