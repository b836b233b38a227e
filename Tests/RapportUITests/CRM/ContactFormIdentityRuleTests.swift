import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Review of polish-13, item 4: the New contact form wanted a first and a last name, while
/// `rapport add contact --email x@y.z` takes a contact with only an email. The form now applies
/// the one rule, `FieldRules.contactIdentity`: a first name, a last name or an email.
final class ContactFormIdentityRuleTests: XCTestCase {
    private func app() -> AppHarness {
        var app = AppHarness(book: CRMFixture.make(), width: 80, height: 24)
        app.press("2")
        return app
    }

    func testAContactWithOnlyAnEmailIsAdded() throws {
        var app = app()
        let before = app.state.book.contacts.count
        app.press("n")
        app.press("tab", "tab")
        app.type("x@y.z")
        app.press("enter")
        XCTAssertNil(app.state.contacts.modal, app.screenText())
        XCTAssertEqual(app.state.book.contacts.count, before + 1)
        let added = try XCTUnwrap(app.state.book.contacts.all.first { $0.primaryEmail == "x@y.z" })
        XCTAssertEqual(added.firstName, "")
        XCTAssertEqual(added.lastName, "")
    }

    func testAContactWithOnlyAFirstNameIsAdded() {
        var app = app()
        let before = app.state.book.contacts.count
        app.press("n")
        app.type("Cher")
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts.count, before + 1, app.screenText())
        XCTAssertFalse(app.screenText().contains("is required"), app.screenText())
    }

    func testNoNameAndNoEmailIsRefusedWithTheRulesSentence() {
        var app = app()
        let before = app.state.book.contacts.count
        app.press("n")
        app.press("tab", "tab", "tab")
        app.type("+39 02 1234 5678")
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts.count, before)
        XCTAssertNotNil(app.state.contacts.modal, "the form stays open, nothing typed is lost")
        XCTAssertTrue(app.screenText().contains(Messages.rulesContactUnnamed.text), app.screenText())
        XCTAssertEqual(FieldRules.contactIdentity(firstName: "", lastName: "", emails: []), Messages.rulesContactUnnamed.text)
    }

    func testEditingAwayEveryNameAndEmailIsRefused() throws {
        var app = app()
        app.press("enter")
        let id = try XCTUnwrap(app.selectedContactID)
        let before = try XCTUnwrap(app.state.book.contacts[id])
        app.press("e")
        // Empties the first name, the last name and the emails.
        for _ in 0..<3 {
            app.press("end")
            for _ in 0..<80 { app.press("backspace") }
            app.press("tab")
        }
        app.press("enter")
        XCTAssertTrue(app.screenText().contains(Messages.rulesContactUnnamed.text), app.screenText())
        XCTAssertEqual(app.state.book.contacts[id]?.displayName, before.displayName)
    }
}
