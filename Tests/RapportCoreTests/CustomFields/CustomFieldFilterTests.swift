import Foundation
import XCTest
@testable import RapportCore

final class CustomFieldFilterTests: XCTestCase {
    private let context = CustomFieldContext(today: LocalDate(year: 2026, month: 12, day: 2) ?? LocalDate(dayNumber: 0), currency: .eur,
                                             dayOrder: .dayFirst)
    private var settings: Settings {
        var settings = Settings()
        settings.customFields = [
            CustomFieldDefinition(kind: .opportunity, name: "Budget", type: .money),
            CustomFieldDefinition(kind: .opportunity, name: "Renewal", type: .date),
            CustomFieldDefinition(kind: .opportunity, name: "Seats", type: .number),
            CustomFieldDefinition(kind: .opportunity, name: "Region", type: .choice, choices: ["North", "South"]),
            CustomFieldDefinition(kind: .opportunity, name: "Modules", type: .choices, choices: ["CRM", "Mail", "Reports"]),
        ]
        return settings
    }

    private func filter(_ text: String, line: UInt = #line) throws -> CustomFieldFilter {
        switch CustomFieldFilter.parse(text, kind: .opportunity, settings: settings, context: context) {
        case .success(let filter)?: return filter
        case .failure(let problem)?: throw XCTSkip("refused: \(problem.message)")
        case nil: XCTFail("not a field filter", line: line); throw XCTSkip()
        }
    }

    func testComparisonsOfMoneyDatesAndNumbers() throws {
        // Budget>10000 reads 10000 as EUR 10 000.00 = 1 000 000 cents; 15000.00 EUR is 1 500 000.
        XCTAssertTrue(try filter("Budget>10000").matches(["Budget": "15000.00 EUR"]))
        XCTAssertFalse(try filter("Budget>10000").matches(["Budget": "10000.00 EUR"]))
        XCTAssertTrue(try filter("Budget>=10000").matches(["Budget": "10000.00 EUR"]))
        // Another currency does not compare: it is never "greater".
        XCTAssertFalse(try filter("Budget>10000").matches(["Budget": "20000.00 USD"]))
        XCTAssertFalse(try filter("Budget>10000").matches([:]))
        XCTAssertTrue(try filter("Renewal<2027-01-01").matches(["Renewal": "2026-12-31"]))
        XCTAssertFalse(try filter("Renewal<2027-01-01").matches(["Renewal": "2027-01-01"]))
        XCTAssertTrue(try filter("Renewal<=2027-01-01").matches(["Renewal": "2027-01-01"]))
        // 9.5 < 10 as numbers, though "9.5" > "10" as text.
        XCTAssertTrue(try filter("Seats<10").matches(["Seats": "9.5"]))
    }

    func testEqualityOnTextAndChoicesAndMissingValues() throws {
        XCTAssertTrue(try filter("Region=north").matches(["Region": "North"]))
        XCTAssertFalse(try filter("Region!=North").matches(["Region": "North"]))
        XCTAssertTrue(try filter("Region!=North").matches([:]))
        XCTAssertTrue(try filter("Region=").matches([:]))
        XCTAssertFalse(try filter("Region=").matches(["Region": "South"]))
        XCTAssertTrue(try filter("Modules=mail").matches(["Modules": "CRM, Mail"]))
        XCTAssertFalse(try filter("Modules=Reports").matches(["Modules": "CRM, Mail"]))
    }

    func testWhatIsNotAFieldFilterOrCannotBeApplied() {
        XCTAssertNil(CustomFieldFilter.parse("acme", kind: .opportunity, settings: settings, context: context))
        XCTAssertNil(CustomFieldFilter.parse("Other=1", kind: .opportunity, settings: settings, context: context))
        XCTAssertNil(CustomFieldFilter.parse("Budget>1", kind: .contact, settings: settings, context: context))
        guard case .failure? = CustomFieldFilter.parse("Region>North", kind: .opportunity, settings: settings, context: context) else {
            return XCTFail("a choice field has no order")
        }
        guard case .failure? = CustomFieldFilter.parse("Budget>lots", kind: .opportunity, settings: settings, context: context) else {
            return XCTFail("the value goes through the field's rule")
        }
    }
}
