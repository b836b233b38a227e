import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

final class ContactsScreenTests: XCTestCase {
    private func app(width: Int = 80, height: Int = 24) -> AppHarness {
        var app = AppHarness(book: CRMFixture.make(), width: width, height: height)
        app.press("2")
        return app
    }

    // MARK: Goldens

    func testListGoldens() {
        for (width, height) in [(80, 24), (160, 48)] {
            let app = app(width: width, height: height)
            assertGolden(app.frame(), named: "contacts-list-\(width)x\(height)")
        }
    }

    func testEverySectionGolden() {
        for (width, height) in [(80, 24), (160, 48)] {
            var app = app(width: width, height: height)
            app.press("/")
            app.type("giulia")
            app.press("enter")  // Giulia Rossi: the contact with something in every section
            for section in ContactSection.allCases {
                assertGolden(app.frame(), named: "contacts-\(section.title.lowercased())-\(width)x\(height)")
                app.press("]")
            }
        }
    }

    func testSearchRanksAndHighlights() throws {
        var app = app()
        app.press("/")
        app.type("ann")
        let frame = app.frame()
        assertGolden(frame, named: "contacts-search-ann-80x24")
        // Prefix matches first, shorter first: Ann Lee before Annabel Leeds; Joanna (subsequence) last.
        let names = app.contactEntries.map { app.contactIndex.rows[Int($0.row)].name }
        XCTAssertEqual(names, ["Ann Lee", "Annabel Leeds", "Joanna Nash"])
        let row = try XCTUnwrap((0..<frame.height).first { frame.text(ofRow: $0).hasPrefix("Annabel") })
        XCTAssertEqual(frame.style(at: 0, y: row).role, .highlight, "matched letters are highlighted")
        XCTAssertEqual(frame.style(at: 4, y: row).role, .normal)
    }

    func testSearchFindsEmailsPhonesCompaniesAndTags() {
        var app = app()
        func results(_ query: String) -> [String] {
            app.state.contacts.query.search = query
            return app.contactEntries.map { app.contactIndex.rows[Int($0.row)].name }
        }
        XCTAssertEqual(results("gverdi@").first, "Giuseppe Verdi")
        XCTAssertEqual(results("415 555").first, "Ann Lee")
        XCTAssertEqual(results("northwind").first, "Ann Lee")
        XCTAssertEqual(results("newsletter").first, "Annabel Leeds")
        XCTAssertEqual(results("zzzz"), [])
    }

    func testNarrowingASearchGivesTheSameResultAsSearchingAfresh() {
        let index = ContactIndex(book: CRMFixture.make(), asOf: AppHarness.today)
        let first = ContactListQuery(search: "g")
        let second = ContactListQuery(search: "giu")
        let narrowed = ContactSearch.entries(index, query: second, previous: (first, ContactSearch.entries(index, query: first)))
        XCTAssertEqual(narrowed, ContactSearch.entries(index, query: second))
    }

    func testSortAndFilter() {
        var app = app()
        app.press("s", "s")  // stage
        XCTAssertEqual(app.state.contacts.query.sort, .stage)
        let firstID = { app.contactIndex.rows[Int(app.contactEntries[0].row)].id }
        XCTAssertEqual(firstID(), ContactID(number: 4), "the subscriber comes first")
        XCTAssertEqual(app.selectedContactID, ContactID(number: 3), "the selection follows the contact")
        app.press("S")
        XCTAssertEqual(firstID(), ContactID(number: 5), "the former customer comes first")
        XCTAssertEqual(app.selectedContactID, ContactID(number: 3))
        app.press("f")
        app.type("lead")
        app.press("enter")
        XCTAssertEqual(app.contactEntries.count, 1)
        XCTAssertTrue(app.screenText().contains("stage: Lead"))
    }

    // MARK: Editing

    func testNewContactWithAKnownEmailWarnsAndOpensTheExistingOne() {
        var app = app()
        app.press("n")
        app.type("Giulia")
        app.press("tab")
        app.type("R.")
        app.press("tab")
        app.type("GIULIA@rossi.it")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("Possible duplicate"), app.screenText())
        app.press("y")
        XCTAssertEqual(app.state.book.contacts.count, 5, "nothing added")
        XCTAssertEqual(app.selectedContactID, ContactID(number: 1))
        XCTAssertTrue(app.state.contacts.isPaneOpen)
    }

    func testNewContactValidatesAndIsAdded() throws {
        var app = app()
        app.press("n")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains(Messages.rulesContactUnnamed.text), app.screenText())
        app.type("Marta")
        app.press("tab")
        app.type("Bianchi")
        app.press("tab")
        app.type("not-an-email")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("Expected addresses like"), app.screenText())
        for _ in 0..<12 { app.press("backspace") }
        app.type("marta@bianchi.it")
        app.press("tab", "tab")
        app.type("Bianchi Srl")
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts.count, 6)
        let marta = try XCTUnwrap(app.state.book.contacts.all.first { $0.lastName == "Bianchi" })
        XCTAssertEqual(marta.lifecycleHistory.map(\.stage), [.lead])
        XCTAssertEqual(marta.companyID.flatMap { app.state.book.companies[$0]?.name }, "Bianchi Srl")
        XCTAssertEqual(app.selectedContactID, marta.id)
    }

    func testEditingKeepsEveryEmailAndPhoneWithItsLabel() throws {
        var app = app()
        app.press("/")
        app.type("giulia")
        app.press("enter", "e", "tab", "tab")
        XCTAssertTrue(app.screenText().contains("work: giulia@rossi.it"), app.screenText())
        // A prefilled field starts selected: End keeps the value and types after it.
        app.press("end")
        app.type(", home: giulia.rossi@gmail")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("giulia.rossi@gmail: expected addresses"), app.screenText())
        app.type(".com, GIULIA@rossi.it")  // the same address again, in other case: dropped
        app.press("tab", "end")
        app.type(", office: +39 02 1234 5678")
        app.press("enter")
        let giulia = try XCTUnwrap(app.state.book.contacts[ContactID(number: 1)])
        XCTAssertEqual(giulia.emails, [LabeledValue("giulia@rossi.it", label: "work"), LabeledValue("giulia.rossi@gmail.com", label: "home")])
        XCTAssertEqual(giulia.phones, [LabeledValue("+39 333 123 4567", label: "mobile"), LabeledValue("+39 02 1234 5678", label: "office")])
        XCTAssertEqual(giulia.primaryEmail, "giulia@rossi.it")
        // Semicolons separate too, as mail programs write lists; an empty label or value is ignored.
        app.press("e", "tab", "tab")
        for _ in 0..<80 { app.press("backspace") }
        app.type("giulia@rossi.it; : g@x.it; work:")
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts[ContactID(number: 1)]?.emails, [LabeledValue("giulia@rossi.it"), LabeledValue("g@x.it")])
        // Emptying the field removes them all.
        app.press("e", "tab", "tab")
        for _ in 0..<80 { app.press("backspace") }
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts[ContactID(number: 1)]?.emails, [])
    }

    func testLogAnInteractionDefaultsToNow() throws {
        var app = app()
        app.press("/")
        app.type("giulia")
        app.press("enter", "a")
        assertGolden(app.frame(), named: "contacts-log-interaction-80x24")
        app.press("tab", "tab")
        app.type("Called about the noise")
        app.press("enter")
        let logged = try XCTUnwrap(app.state.book.activities.all.first { $0.summary == "Called about the noise" })
        XCTAssertEqual(logged.channel, .phone)
        XCTAssertEqual(logged.direction, .outbound)
        XCTAssertEqual(logged.occurredAt, app.environment.clock.now)
        XCTAssertEqual(logged.contactID, ContactID(number: 1))
        XCTAssertEqual(logged.companyID, CompanyID(number: 1))
    }

    func testDeleteAsksThenUndoBringsItBack() {
        var app = app()
        app.press("D")
        XCTAssertTrue(app.screenText().contains("Delete contact"))
        app.press("n")
        XCTAssertEqual(app.state.book.contacts.count, 5)
        app.press("D", "y")
        XCTAssertEqual(app.state.book.contacts.count, 4)
        XCTAssertNil(app.state.book.contacts[ContactID(number: 3)], "Ann Lee was first by name")
        app.press("u")
        XCTAssertNotNil(app.state.book.contacts[ContactID(number: 3)])
    }

    func testPromoteConsentAndConvert() throws {
        var app = app()
        app.press("/")
        app.type("giuseppe")
        app.press("enter")  // opens Giuseppe Verdi (MQL)
        app.press("p")
        XCTAssertEqual(app.state.book.contacts[ContactID(number: 2)]?.lifecycle, .sql, "sales accepted the lead")
        app.press("c")
        app.press("tab")
        for _ in 0..<3 { app.press("backspace") }
        app.type("yes")
        app.press("tab")
        app.type("phone call")
        app.press("enter")
        let consent = try XCTUnwrap(app.state.book.contacts[ContactID(number: 2)]?.consent)
        XCTAssertEqual(consent.marketing, ConsentRecord(granted: true, date: app.environment.clock.now, method: "phone call"))
        XCTAssertNil(consent.privacy?.granted == true ? consent.privacy : nil)
        app.press("C")
        app.press("tab")
        app.type("2500")
        app.press("tab", "tab", "tab")
        app.type("Verdi Musica")
        app.press("enter")
        let deal = try XCTUnwrap(app.state.book.opportunities.all.first { $0.contactID == ContactID(number: 2) })
        XCTAssertEqual(deal.amount, Money(major: 2_500, currency: .eur))
        XCTAssertEqual(app.state.book.contacts[ContactID(number: 2)]?.lifecycle, .opportunity)
        XCTAssertEqual(app.state.contacts.section, .deals)
        app.press("enter")
        XCTAssertEqual(app.state.view, .board, "Enter on a deal jumps to the board")
    }

    func testEraseNeedsTheNameTypedAndCannotBeUndone() {
        var app = app()
        app.press("/")
        app.type("giulia")
        app.press("enter", "X")
        app.type("Giulia")
        app.press("enter")
        XCTAssertNotNil(app.state.book.contacts[ContactID(number: 1)], "a partial name erases nothing")
        app.press("X")
        app.type("giulia rossi")
        app.press("enter")
        XCTAssertNil(app.state.book.contacts[ContactID(number: 1)])
        XCTAssertEqual(app.state.book.purchases.count, 1, "the anonymous purchase stays")
        app.press("u")
        XCTAssertNil(app.state.book.contacts[ContactID(number: 1)], "no undo after an erasure")
    }

    func testMergeByEmail() {
        var app = app()
        app.press("/")
        app.type("giulia")
        app.press("enter", "M")
        app.type("gverdi@example.com")
        app.press("enter")  // the preview
        XCTAssertNotNil(app.state.book.contacts[ContactID(number: 2)], "nothing merged before the preview is confirmed")
        app.press("enter")
        XCTAssertNil(app.state.book.contacts[ContactID(number: 2)])
        XCTAssertEqual(app.state.book.contacts[ContactID(number: 1)]?.emails.count, 2)
    }

    func testOpenFromAnotherViewClearsAHidingSearch() {
        var app = app()
        app.press("/")
        app.type("zzz")
        app.press("esc", "1")
        _ = App.perform(.contacts(.open(ContactID(number: 5))), state: &app.state, environment: app.environment)
        XCTAssertEqual(app.state.view, .contacts)
        XCTAssertEqual(app.selectedContactID, ContactID(number: 5))
        XCTAssertTrue(app.state.contacts.isPaneOpen)
    }
}
