import Foundation
import XCTest
@testable import RapportCore

final class CustomFieldRulesTests: XCTestCase {
    private let today = LocalDate(year: 2026, month: 12, day: 2) ?? LocalDate(dayNumber: 0)
    private var context: CustomFieldContext { CustomFieldContext(today: today, currency: .eur, numberFormat: .english, dayOrder: .dayFirst) }

    private func read(_ text: String, _ type: CustomFieldType, choices: [String]? = nil) -> CustomFieldReading {
        CustomFieldRules.read(text, for: CustomFieldDefinition(kind: .opportunity, name: "F", type: type, choices: choices), context: context)
    }

    private func isInvalid(_ reading: CustomFieldReading, line: UInt = #line) {
        guard case .invalid = reading else { return XCTFail("\(reading) is not refused", line: line) }
    }

    func testNumbersAreStoredAsPlainDecimals() {
        XCTAssertEqual(read("1,234.50", .number), .value("1234.5"))
        XCTAssertEqual(read("-0012", .number), .value("-12"))
        XCTAssertEqual(read("12.5", .number), .value("12.5"))
        // A lone mark followed by three digits groups thousands, as money reads it.
        XCTAssertEqual(read("1,250", .number), .value("1250"))
        isInvalid(read("12a", .number))
        isInvalid(read("1.2.3,4,5", .number))
    }

    func testMoneyIsIntegerMinorUnitsWithItsCurrency() {
        // 15000 EUR = 1 500 000 cents, stored with every minor digit.
        XCTAssertEqual(read("15000", .money), .value("15000.00 EUR"))
        XCTAssertEqual(read("1,200.50 USD", .money), .value("1200.50 USD"))
        XCTAssertEqual(read("JPY 1200", .money), .value("1200 JPY"))
        guard case .money(let money)? = CustomFieldValue(stored: "1200.50 USD", type: .money) else { return XCTFail() }
        XCTAssertEqual(money, Money(minorUnits: 120_050, currency: .usd))
        isInvalid(read("lots", .money))
        isInvalid(read("12.345", .money))  // EUR has two decimals
    }

    func testDatesGoThroughTheOneDateParser() {
        XCTAssertEqual(read("2027-01-01", .date), .value("2027-01-01"))
        XCTAssertEqual(read("31/12/2026", .date), .value("2026-12-31"))
        XCTAssertEqual(read("tomorrow", .date), .value("2026-12-03"))
        XCTAssertEqual(read("+2w", .date), .value("2026-12-16"))
        isInvalid(read("someday", .date))
    }

    func testChoicesComeFromTheAllowedValues() {
        XCTAssertEqual(read("north", .choice, choices: ["North", "South"]), .value("North"))
        isInvalid(read("East", .choice, choices: ["North", "South"]))
        XCTAssertEqual(read("south, NORTH, south", .choices, choices: ["North", "South"]), .value("South, North"))
        isInvalid(read("North, East", .choices, choices: ["North", "South"]))
    }

    func testYesNoLinksEmailsAndPhones() {
        XCTAssertEqual(read("Sì", .yesNo), .value("yes"))
        XCTAssertEqual(read("false", .yesNo), .value("no"))
        isInvalid(read("maybe", .yesNo))
        XCTAssertEqual(read("example.com/x", .url), .value("https://example.com/x"))
        isInvalid(read("not a link", .url))
        XCTAssertEqual(read("Giulia@Rossi.IT", .email), .value("giulia@rossi.it"))
        isInvalid(read("giulia@", .email))
        XCTAssertEqual(read("+39 02 1234 5678", .phone), .value("+39 02 1234 5678"))
        isInvalid(read("call me", .phone))
    }

    func testTextIsOneLineLongTextMayHaveMoreAndEmptyClears() {
        XCTAssertEqual(read("  RSSMRA80A01F205X ", .text), .value("RSSMRA80A01F205X"))
        isInvalid(read("two\nlines", .text))
        XCTAssertEqual(read("two\nlines", .longText), .value("two\nlines"))
        XCTAssertEqual(read("   ", .number), .cleared)
    }

    func testCheckFindsValuesNotInTheirStoredForm() {
        let budget = CustomFieldDefinition(kind: .opportunity, name: "Budget", type: .money)
        XCTAssertNil(CustomFieldRules.storedProblem("15000.00 EUR", for: budget))
        XCTAssertNotNil(CustomFieldRules.storedProblem("15000 EUR", for: budget))
        XCTAssertNotNil(CustomFieldRules.storedProblem("€15,000", for: budget))
        let region = CustomFieldDefinition(kind: .opportunity, name: "Region", type: .choice, choices: ["North"])
        XCTAssertNotNil(CustomFieldRules.storedProblem("north", for: region))

        var book = Book()
        book.settings.customFields = [budget]
        var deal = Opportunity(id: OpportunityID(number: 1), createdAt: Date(timeIntervalSince1970: 0), title: "Deal", stageID: "new",
                               amount: Money(major: 1, currency: .eur))
        deal.customFields = ["Budget": "lots", "Unknown": "x"]
        book.opportunities.upsert(deal)
        let problems = BookChecker.problems(in: book).filter { $0.collection == .opportunities }.map(\.message)
        XCTAssertEqual(problems.count, 2, "\(problems)")
    }
}
