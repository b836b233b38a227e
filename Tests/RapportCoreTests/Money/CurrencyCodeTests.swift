import XCTest
@testable import RapportCore

/// ISO 4217 exponents, and amounts in them parsed and formatted back.
final class CurrencyCodeTests: XCTestCase {
    func testMinorUnitExponents() {
        XCTAssertEqual(CurrencyCode.jpy.minorDigits, 0)
        XCTAssertEqual(CurrencyCode("BHD")?.minorDigits, 3)
        XCTAssertEqual(CurrencyCode("CLF")?.minorDigits, 4)
        XCTAssertEqual(CurrencyCode.eur.minorDigits, 2)
        XCTAssertEqual(CurrencyCode("isk")?.minorDigits, 0)
        XCTAssertEqual(CurrencyCode("KWD")?.minorDigits, 3)
    }

    func testYenAndDinarRoundTrip() throws {
        let yen = try Money.parse("¥1200", currency: .jpy)
        XCTAssertEqual(yen, Money(minorUnits: 1_200, currency: .jpy))
        XCTAssertEqual(yen.formatted(), "¥1,200")
        XCTAssertEqual(try Money.parse(yen.formatted(), currency: .jpy), yen)

        let bhd = try XCTUnwrap(CurrencyCode("BHD"))
        // 1.234,567 BHD: 1,234 dinars and 567 fils = 1,234,567 fils.
        let dinars = try Money.parse("1.234,567 BHD", currency: bhd, format: .italian)
        XCTAssertEqual(dinars, Money(minorUnits: 1_234_567, currency: bhd))
        XCTAssertEqual(dinars.formatted(.italian), "1.234,567 BHD")
        XCTAssertEqual(try Money.parse(dinars.formatted(.italian), currency: bhd, format: .italian), dinars)

        let clf = try XCTUnwrap(CurrencyCode("CLF"))
        XCTAssertEqual(try Money.parse("12.3456", currency: clf), Money(minorUnits: 123_456, currency: clf))
        XCTAssertThrowsError(try Money.parse("1.5", currency: .jpy))
    }
}

/// An amount typed with its currency ("1200 USD") in a form that defaults to the base.
final class NamedCurrencyParsingTests: XCTestCase {
    func testTheNamedCurrencyWinsOverTheDefault() throws {
        XCTAssertEqual(try Money.parse("1200 USD", defaultCurrency: .eur), Money(major: 1_200, currency: .usd))
        XCTAssertEqual(try Money.parse("¥1200", defaultCurrency: .eur), Money(minorUnits: 1_200, currency: .jpy))
        XCTAssertEqual(try Money.parse("CHF 80.50", defaultCurrency: .eur), Money(minorUnits: 8_050, currency: .chf))
        XCTAssertEqual(try Money.parse("1.234,567 BHD", defaultCurrency: .eur, format: .italian).minorUnits, 1_234_567)
        XCTAssertEqual(try Money.parse("12,500", defaultCurrency: .eur), Money(major: 12_500, currency: .eur))
        XCTAssertThrowsError(try Money.parse("1.5 JPY", defaultCurrency: .eur), "yen have no decimals")
    }
}
