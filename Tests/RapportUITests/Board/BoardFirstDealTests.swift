import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The first deal of a new book, made from the board: the form takes a contact or company the
/// book does not have yet and makes it with the deal, in one undoable change.
final class BoardFirstDealTests: XCTestCase {
    private func freshBook() -> AppHarness { AppHarness(book: Book(), width: 120, height: 36) }

    private func newDeal(_ app: inout AppHarness, party: String) {
        app.press("n")
        app.type("Fleet renewal")
        app.press("tab")
        app.type(party)
        app.press("tab")  // no completion in an empty book: moves on
        app.type("12,500")
        app.press("enter")
    }

    func testANewCompanyNameMakesTheCompanyWithTheDeal() throws {
        var app = freshBook()
        newDeal(&app, party: "Acme Logistics")
        XCTAssertNil(app.state.board.modal, "the form accepts a new name")
        XCTAssertEqual(app.state.book.opportunities.count, 1)
        XCTAssertEqual(app.state.book.companies.count, 1)
        XCTAssertEqual(app.state.book.contacts.count, 0)
        let company = try XCTUnwrap(app.state.book.companies.all.first)
        XCTAssertEqual(company.name, "Acme Logistics")
        let deal = try XCTUnwrap(app.state.book.opportunities.all.first)
        XCTAssertEqual(deal.companyID, company.id)
        XCTAssertNil(deal.contactID)
        XCTAssertEqual(app.state.message?.text, "Created Fleet renewal with the new company Acme Logistics")
    }

    func testOneUndoRemovesTheDealAndTheCompany() {
        var app = freshBook()
        newDeal(&app, party: "Acme Logistics")
        app.press("u")
        XCTAssertEqual(app.state.book.opportunities.count, 0)
        XCTAssertEqual(app.state.book.companies.count, 0)
    }

    func testAContactAtANewCompanyMakesBoth() throws {
        var app = freshBook()
        newDeal(&app, party: "Hans Weber (Acme Logistics)")
        XCTAssertEqual(app.state.book.opportunities.count, 1)
        let company = try XCTUnwrap(app.state.book.companies.all.first)
        let contact = try XCTUnwrap(app.state.book.contacts.all.first)
        XCTAssertEqual(company.name, "Acme Logistics")
        XCTAssertEqual(contact.displayName, "Hans Weber")
        XCTAssertEqual(contact.companyID, company.id)
        let deal = try XCTUnwrap(app.state.book.opportunities.all.first)
        XCTAssertEqual(deal.contactID, contact.id)
        XCTAssertEqual(deal.companyID, company.id)
        XCTAssertEqual(app.state.message?.text,
                       "Created Fleet renewal with the new contact Hans Weber at the new company Acme Logistics")
        app.press("u")
        XCTAssertEqual(app.state.book.contacts.count, 0)
        XCTAssertEqual(app.state.book.companies.count, 0)
        XCTAssertEqual(app.state.book.opportunities.count, 0)
    }

    func testANewContactAtAKnownCompanyJoinsIt() throws {
        var book = Book()
        book.companies.upsert(Company(id: CompanyID("com-000001"), createdAt: Date(timeIntervalSince1970: 0), name: "Acme Logistics"))
        var app = AppHarness(book: book, width: 120, height: 36)
        newDeal(&app, party: "Hans Weber (acme logistics)")
        XCTAssertEqual(app.state.book.companies.count, 1, "the company the book has")
        let contact = try XCTUnwrap(app.state.book.contacts.all.first)
        XCTAssertEqual(contact.companyID, CompanyID("com-000001"))
        XCTAssertEqual(app.state.message?.text, "Created Fleet renewal with the new contact Hans Weber")
    }
}
