import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Issue 13, item 20: merging asks which contact when a name is ambiguous, previews the merged
/// record, and names both records by id.
final class ContactMergeDialogTests: XCTestCase {
    /// The fixture plus two contacts called Mario Bianchi.
    private func app(width: Int = 80, height: Int = 24) -> AppHarness {
        var book = CRMFixture.make()
        book.contacts.upsert(Contact(id: ContactID(number: 6), createdAt: CRMFixture.at(-30), firstName: "Mario", lastName: "Bianchi",
                                     emails: [LabeledValue("mario@bianchi.it")], lifecycle: .lead))
        book.contacts.upsert(Contact(id: ContactID(number: 7), createdAt: CRMFixture.at(-20), firstName: "Mario", lastName: "Bianchi",
                                     emails: [LabeledValue("m.bianchi@example.com")], lifecycle: .mql))
        var app = AppHarness(book: book, width: width, height: height)
        app.press("2", "/")
        app.type("giulia")
        app.press("enter", "M")
        return app
    }

    private func mergeDialog(_ app: AppHarness) -> ContactMergeDialog? {
        if case .merge(let dialog)? = app.state.contacts.modal { return dialog }
        return nil
    }

    func testAnAmbiguousNameListsTheCandidatesInTheDialog() throws {
        var app = app()
        app.type("mario bianchi")
        app.press("enter")
        let dialog = try XCTUnwrap(mergeDialog(app), "the dialog stays open")
        guard case .choosing(let choices, _) = dialog.step else { return XCTFail("expected the list of candidates, got \(dialog.step)") }
        XCTAssertEqual(choices, [ContactID(number: 6), ContactID(number: 7)])
        assertGolden(app.frame(), named: "contacts-merge-choose-80x24")
        app.press("j", "enter")
        guard case .previewing(let id, _, _)? = mergeDialog(app)?.step else { return XCTFail("expected the preview") }
        XCTAssertEqual(id, ContactID(number: 7))
        app.press("esc")  // Back: to the list, on the same candidate
        guard case .choosing(_, let list)? = mergeDialog(app)?.step else { return XCTFail("expected the list again") }
        XCTAssertEqual(list.selected, 1)
        app.press("enter", "enter")
        XCTAssertNil(app.state.contacts.modal)
        XCTAssertNil(app.state.book.contacts[ContactID(number: 7)])
        XCTAssertNotNil(app.state.book.contacts[ContactID(number: 6)])
        XCTAssertEqual(app.state.message?.text, "Merged con-000007 (Mario Bianchi) into con-000001 (Giulia Rossi)")
    }

    func testThePreviewShowsWhatTheMergedRecordKeeps() throws {
        var app = app(width: 80, height: 30)
        app.type("gverdi@example.com")
        app.press("enter")
        assertGolden(app.frame(), named: "contacts-merge-preview-80x30")
        let text = app.screenText()
        XCTAssertTrue(text.contains("con-000002 Giuseppe Verdi is removed. con-000001 keeps:"), text)
        XCTAssertTrue(text.contains("Emails      giulia@rossi.it, gverdi@example.com"), text)
        XCTAssertTrue(text.contains("Stage       Customer"), text)
        XCTAssertTrue(text.contains("Moved here  none"), text)
    }

    func testPreviewCountsWhatMoves() throws {
        // Giulia (two activities, two deals, a purchase, a ticket) into Ann Lee.
        let book = CRMFixture.make()
        let preview = try ContactMerge.preview(ContactID(number: 1), into: ContactID(number: 3), in: book)
        XCTAssertEqual(preview.merged.displayName, "Ann Lee")
        XCTAssertEqual(preview.merged.emails.map(\.value), ["ann@northwind.io", "giulia@rossi.it"])
        XCTAssertEqual(preview.merged.phones.map(\.value), ["+1 415 555 0101", "+39 333 123 4567"])
        XCTAssertEqual(preview.merged.companyID, CompanyID(number: 2))
        XCTAssertEqual(preview.merged.lifecycle, .customer)
        XCTAssertEqual([preview.activitiesMoved, preview.dealsMoved, preview.purchasesMoved, preview.ticketsMoved], [2, 2, 1, 1])
        XCTAssertEqual(ContactMergeDialog.previewFacts(preview, book: book).last?.value, "2 activities, 2 deals, 1 purchase, 1 ticket")
        XCTAssertThrowsError(try ContactMerge.preview(ContactID(number: 1), into: ContactID(number: 1), in: book))
    }

    func testNobodyFoundSaysWhyAndKeepsTheTypedText() throws {
        var app = app()
        app.type("nobody@nowhere.org")
        app.press("enter")
        let dialog = try XCTUnwrap(mergeDialog(app))
        guard case .asking(let problem?) = dialog.step else { return XCTFail("expected the reason in the dialog") }
        XCTAssertTrue(problem.hasPrefix("no contact matches"), problem)
        XCTAssertEqual(dialog.prompt.input.text, "nobody@nowhere.org")
        let text = app.screenText()
        XCTAssertTrue(text.contains("no contact matches \"nobody@nowhere.org\" (give an id, an"), text)
        XCTAssertTrue(text.contains("email or a full name)"), "the reason is wrapped, not cut:\n\(text)")
    }
}
