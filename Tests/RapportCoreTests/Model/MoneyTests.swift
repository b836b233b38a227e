import XCTest
@testable import RapportCore

final class MoneyTests: XCTestCase {
    private func parse(_ text: String, _ currency: CurrencyCode = .eur, _ format: NumberFormat = .english) throws -> Int64 {
        try Money.parse(text, currency: currency, format: format).minorUnits
    }

    func testParsesWhatUsersWrite() throws {
        XCTAssertEqual(try parse("1234.50"), 123_450)
        XCTAssertEqual(try parse("1.234,50", .eur, .italian), 123_450)
        XCTAssertEqual(try parse("1.234,50"), 123_450) // both marks: the last one is decimal, whatever the locale
        XCTAssertEqual(try parse("1,234.50", .eur, .italian), 123_450)
        XCTAssertEqual(try parse("1 234,50", .eur, .french), 123_450)
        XCTAssertEqual(try parse("1\u{202F}234,50 €", .eur, .french), 123_450)
        XCTAssertEqual(try parse("€ 1,234"), 123_400)
        XCTAssertEqual(try parse("1.234", .eur, .italian), 123_400)
        XCTAssertEqual(try parse("12,5", .eur, .italian), 1_250)
        XCTAssertEqual(try parse("12,5"), 1_250) // a lone comma with one digit after is a decimal mark
        XCTAssertEqual(try parse("1.234.567", .eur, .italian), 123_456_700)
        XCTAssertEqual(try parse("1,234,567"), 123_456_700)
        XCTAssertEqual(try parse("-12"), -1_200)
        XCTAssertEqual(try parse("(30.00)"), -3_000)
        XCTAssertEqual(try parse("EUR 99.9"), 9_990)
        XCTAssertEqual(try parse("1'250.00 CHF", .chf), 125_000)
        XCTAssertEqual(try parse(".5"), 50)
        XCTAssertEqual(try parse("1500", .jpy), 1_500)
    }

    func testRejectsWhatIsNotAnAmount() {
        XCTAssertThrowsError(try parse("")) { XCTAssertEqual($0 as? MoneyParseError, .empty) }
        XCTAssertThrowsError(try parse("abc"))
        XCTAssertThrowsError(try parse("1.234")) { error in // English: a decimal with three places
            XCTAssertEqual(error as? MoneyParseError, .tooManyDecimals("1.234", allowed: 2, currency: .eur))
        }
        XCTAssertThrowsError(try parse("12.50", .jpy))
        XCTAssertThrowsError(try parse("1,23,456"))
        XCTAssertThrowsError(try parse("12 USD")) { XCTAssertEqual($0 as? MoneyParseError, .currencyMismatch(found: "USD", expected: .eur)) }
        XCTAssertThrowsError(try parse("99999999999999999999")) { XCTAssertEqual($0 as? MoneyParseError, .tooLarge("99999999999999999999")) }
        XCTAssertThrowsError(try parse("1e5"))
    }

    func testFormatsWithGroupingAndSymbol() {
        let amount = Money(minorUnits: 123_456_789, currency: .eur)
        XCTAssertEqual(amount.formatted(.english), "€1,234,567.89")
        XCTAssertEqual(amount.formatted(.italian), "1.234.567,89 €")
        XCTAssertEqual(Money(minorUnits: -5, currency: .eur).formatted(.english), "-€0.05")
        XCTAssertEqual(Money(minorUnits: 1500, currency: .jpy).formatted(.english), "¥1,500")
        XCTAssertEqual(Money(minorUnits: 100, currency: .chf).formatted(.english), "CHF 1.00")
        XCTAssertEqual(amount.formattedWhole(.english), "€1,234,568")
        XCTAssertEqual(Money(major: 12_500, currency: .eur).formattedCompact(), "€12.5k")
        XCTAssertEqual(Money(major: 250_000, currency: .eur).formattedCompact(), "€250k")
        XCTAssertEqual(Money(major: 1_200_000, currency: .eur).formattedCompact(.italian), "1,2M €")
        XCTAssertEqual(Money(major: 999, currency: .eur).formattedCompact(), "€999")
    }

    func testFormattedAmountsParseBack() throws {
        for minor: Int64 in [0, 1, 99, 100, 123_456, 987_654_321, -4_200] {
            for format in [NumberFormat.english, .italian, .french] {
                let money = Money(minorUnits: minor, currency: .eur)
                XCTAssertEqual(try Money.parse(money.formatted(format), currency: .eur, format: format), money, money.formatted(format))
            }
        }
    }

    func testWeightingRoundsHalfAwayFromZero() {
        XCTAssertEqual(Money(minorUnits: 1_005, currency: .eur).weighted(byPercent: 10).minorUnits, 101) // 100.5 -> 101
        XCTAssertEqual(Money(minorUnits: 1_000_000, currency: .eur).weighted(byPercent: 25).minorUnits, 250_000)
        XCTAssertEqual(Money(minorUnits: -1_005, currency: .eur).weighted(byPercent: 10).minorUnits, -101)
    }

    func testATotalWithoutRatesNamesWhatItCouldNotConvert() {
        let total = CurrencyConverter(base: .eur, rates: []).total(
            [Money(major: 10, currency: .eur), Money(major: 5, currency: .usd), Money(major: 1, currency: .eur)].map { DatedAmount($0, on: nil) })
        XCTAssertEqual(total.total, Money(major: 11, currency: .eur))
        XCTAssertEqual(total.unconverted, [Money(major: 5, currency: .usd)])
        XCTAssertFalse(total.isApproximate)
    }

    func testCurrencyCodes() {
        XCTAssertEqual(CurrencyCode("eur"), .eur)
        XCTAssertNil(CurrencyCode("EURO"))
        XCTAssertNil(CurrencyCode("E1R"))
        XCTAssertEqual(CurrencyCode("KWD")?.minorDigits, 3)
    }
}
