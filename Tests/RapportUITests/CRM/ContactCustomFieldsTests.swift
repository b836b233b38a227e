import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// The contact form shows the contact custom fields under the built-in ones, each checked by
/// its type's rule (the one `rapport set` uses), and the profile lists them.
final class ContactCustomFieldsTests: XCTestCase {
    private func app() -> AppHarness {
        var book = CRMFixture.make()
        book.settings.customFields = [CustomFieldDefinition(kind: .contact, name: "Codice fiscale", type: .text),
                                      CustomFieldDefinition(kind: .contact, name: "Renewal", type: .date),
                                      CustomFieldDefinition(kind: .opportunity, name: "Budget", type: .money)]
        var app = AppHarness(book: book, width: 100, height: 40)
        app.press("2")
        return app
    }

    /// From the first name to the first custom field: the ten built-in fields.
    private func toCustomFields(_ app: inout AppHarness) {
        for _ in 0..<ContactForms.builtInFieldCount { app.press("tab") }
    }

    func testANewContactTakesTypedValuesInTheirStoredForm() throws {
        var app = app()
        app.press("n")
        XCTAssertTrue(app.screenText().contains("Codice fiscale"), app.screenText())
        XCTAssertFalse(app.screenText().contains("Budget"), "only the contact fields")
        app.type("Cher")
        toCustomFields(&app)
        app.type("CHRXXX46")
        app.press("tab")
        app.type("tomorrow")
        app.press("enter")
        XCTAssertNil(app.state.contacts.modal, app.screenText())
        let added = try XCTUnwrap(app.state.book.contacts.all.first { $0.firstName == "Cher" })
        // "tomorrow" is stored as the ISO date of the day after the clock's today.
        XCTAssertEqual(added.customFields, ["Codice fiscale": "CHRXXX46", "Renewal": app.contactsContext.today.adding(days: 1).description])
    }

    func testAValueItsTypeRefusesKeepsTheFormOpen() {
        var app = app()
        let before = app.state.book.contacts.count
        app.press("n")
        app.type("Cher")
        toCustomFields(&app)
        app.press("tab")
        app.type("someday")
        app.press("enter")
        XCTAssertNotNil(app.state.contacts.modal, "nothing typed is lost")
        XCTAssertEqual(app.state.book.contacts.count, before)
        XCTAssertTrue(app.screenText().contains("is not a date"), app.screenText())
    }

    func testEditingShowsTheValueAndTheProfileListsIt() throws {
        var app = app()
        app.press("enter")
        let id = try XCTUnwrap(app.selectedContactID)
        app.press("e")
        toCustomFields(&app)
        app.type("RSSGLI80A41F205X")
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts[id]?.customFields["Codice fiscale"], "RSSGLI80A41F205X")
        XCTAssertTrue(app.screenText().contains("RSSGLI80A41F205X"), app.screenText())
        app.press("e")
        XCTAssertTrue(app.screenText().contains("RSSGLI80A41F205X"), "the form shows the stored value")
    }
}

/// The same for companies: the form under the built-in fields, the profile listing them.
final class CompanyCustomFieldsTests: XCTestCase {
    func testACompanysFieldIsCheckedSavedAndShown() throws {
        var book = CRMFixture.make()
        book.settings.customFields = [CustomFieldDefinition(kind: .company, name: "Revenue", type: .money)]
        var app = AppHarness(book: book, width: 100, height: 40)
        app.press("3")
        app.press("n")
        XCTAssertTrue(app.screenText().contains("Revenue"), app.screenText())
        app.type("Acme Fields")
        for _ in 0..<CompanyForms.builtInFieldCount { app.press("tab") }
        app.type("lots")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("is not an amount"), app.screenText())
        for _ in 0..<4 { app.press("backspace") }
        app.type("2,500,000")
        app.press("enter")
        let added = try XCTUnwrap(app.state.book.companies.all.first { $0.name == "Acme Fields" })
        // 2 500 000 EUR is 250 000 000 cents, stored with its two decimals.
        XCTAssertEqual(added.customFields, ["Revenue": "2500000.00 EUR"])
        XCTAssertTrue(app.screenText().contains("€2,500,000.00"), app.screenText())
    }
}
