import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// The forms refuse what `rapport check` would fail the book for: the same rule (FieldRules).
final class FieldRulesInFormsTests: XCTestCase {
    func testTheNewOpportunityFormRefusesANegativeAmount() {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
        let before = app.state.book.opportunities.count
        app.press("l", "n")
        app.type("Refund")
        app.press("tab")
        app.type("giul")
        app.press("tab")
        app.type("-500")
        app.press("enter")
        XCTAssertNotNil(app.state.board.modal, "the form stays open")
        XCTAssertEqual(app.state.book.opportunities.count, before)
        XCTAssertTrue(app.screenText().contains(Messages.rulesAmountNegative.text), app.screenText())
        XCTAssertTrue(BookChecker.problems(in: app.state.book).isEmpty)
    }

    func testTheFormsProbabilityIsTheRulesRange() {
        XCTAssertEqual(OpportunityForm.probability("101"), .invalid)
        XCTAssertEqual(OpportunityForm.probability("100 %"), .value(100))
        XCTAssertEqual(OpportunityForm.probability("-1"), .invalid)
    }

    func testTheContactFormRefusesWhatCheckRejectsAsAnEmail() {
        XCTAssertFalse(FieldParsing.emails("grace@").isEmpty)
        XCTAssertTrue(FieldParsing.emails("grace@navy.mil").isEmpty)
    }
}
