import Foundation
import XCTest
@testable import RapportCore

/// The rates table in settings.json: absent in older books, written sorted once there are rates.
final class ExchangeRateStorageTests: XCTestCase {
    private let usd = ExchangeRate(currency: .usd, base: .eur, date: LocalDate("2026-12-01") ?? LocalDate(dayNumber: 0),
                                   rate: RateValue("1.08") ?? .one, source: ExchangeRate.manualSource)

    func testSetReplacesTheSameDayAndKeepsOrder() {
        var settings = Settings()
        settings.setRate(ExchangeRate(currency: .jpy, base: .eur, date: usd.date, rate: RateValue("160") ?? .one, source: "ecb"))
        settings.setRate(usd)
        var newer = usd
        newer.rate = RateValue("1.09") ?? .one
        settings.setRate(newer)
        XCTAssertEqual(settings.rates.map(\.currency.code), ["JPY", "USD"])
        XCTAssertEqual(settings.rates.last?.rate.description, "1.09")
        settings.rates = []
        XCTAssertNil(settings.exchangeRates, "no rates: the key is absent, as in a book that never had one")
    }

    func testCheckFindsARateAgainstItselfAndADayGivenTwice() {
        var book = Book()
        var itself = usd
        itself.base = .usd
        // Set directly, as a hand edit of settings.json would: `rates` keeps what it is given.
        book.settings.exchangeRates = [usd, usd, itself]
        XCTAssertEqual(BookChecker.problems(in: book).map(\.description), [
            "settings.json: exchangeRates: a rate of USD against itself on 2026-12-01",
            "settings.json: exchangeRates: two rates of USD against EUR on 2026-12-01",
        ])
        book.settings.exchangeRates = [usd]
        XCTAssertEqual(BookChecker.problems(in: book), [])
    }

    func testABookOfThePreviousVersionOpensUnchangedAndIsUpgradedOnSave() throws {
        let directory = NSTemporaryDirectory() + "rates-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // settings.json as the previous version wrote it: no exchangeRates key.
        let old = """
            {
              "schema": 1,
              "settings": {
                "defaultCurrency": "EUR",
                "expectedLifespanYears": 3,
                "lostReasons": ["No budget"],
                "numberFormat": {"decimalSeparator": ".", "groupingSeparator": ",", "symbolBeforeAmount": true},
                "pipeline": [{"id": "new", "name": "New", "probability": 10}],
                "userName": "Ada"
              }
            }
            """
        try old.write(toFile: directory + "/settings.json", atomically: true, encoding: .utf8)
        var book = try BookStore.load(directory: directory)
        XCTAssertNil(book.settings.exchangeRates)
        XCTAssertEqual(book.settings.baseCurrency, .eur)
        XCTAssertEqual(book.settings.userName, "Ada")
        book.settings.setRate(usd)
        try BookStore.write(book, to: directory)
        let saved = try String(contentsOfFile: directory + "/settings.json", encoding: .utf8)
        XCTAssertTrue(saved.contains("\"exchangeRates\""))
        XCTAssertTrue(saved.contains("\"rate\": \"1.08\""), saved)
        XCTAssertEqual(try BookStore.load(directory: directory).settings.rates, [usd])
    }
}
