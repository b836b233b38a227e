import Foundation
import XCTest
@testable import RapportCore

final class CSVContactImportTests: XCTestCase {
    func testCanonicalColumnsCreateContactsAndCompanies() throws {
        let csv = """
        first_name,last_name,email,phone,company,title,lifecycle_stage,tags,created_at,marketing_consent
        Giulia,Rossi,Giulia@Rossi.it,+39 333 1234567,Tessitura Rossi,CEO,customer,vip;textile,2025-03-01,yes
        Marco,Bianchi,marco@bianchi.it,,tessitura rossi,Buyer,lead,,2025-03-02T10:00:00Z,no
        """
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        XCTAssertEqual(result.book.contacts.count, 2)
        XCTAssertEqual(result.book.companies.count, 1, "the company is matched case-insensitively")
        let giulia = try XCTUnwrap(contact(result.book, email: "giulia@rossi.it"))
        XCTAssertEqual(giulia.firstName, "Giulia")
        XCTAssertEqual(giulia.phones.map(\.value), ["+39 333 1234567"])
        XCTAssertEqual(giulia.lifecycle, .customer)
        XCTAssertEqual(giulia.tags, ["vip", "textile"])
        XCTAssertEqual(giulia.consent.marketing?.granted, true)
        XCTAssertEqual(giulia.createdAt, LocalDate(year: 2025, month: 3, day: 1)?.startOfDay(in: utc))
        let marco = try XCTUnwrap(contact(result.book, email: "marco@bianchi.it"))
        XCTAssertEqual(marco.createdAt, Date(timeIntervalSince1970: 1_740_909_600))
        XCTAssertEqual(marco.companyID, giulia.companyID)
        XCTAssertEqual(result.changes(.created).count, 3)
    }

    func testReimportingTheSameFileChangesNothing() throws {
        let csv = "First Name,Last Name,E-mail Address,Company,Job Title\nAnna,Verdi,anna@verdi.it,Verdi SpA,CFO\n"
        let first = try importCSV(csv, kind: .contacts)
        let second = try importCSV(csv, kind: .contacts, into: first.book, now: importNow.addingTimeInterval(86_400))
        XCTAssertEqual(second.book, first.book)
        XCTAssertEqual(second.book.contacts.revision, first.book.contacts.revision, "no write: the table was not touched")
        XCTAssertEqual(second.changes.map(\.action), [.unchanged])
        XCTAssertFalse(second.changesBook)
    }

    func testSameEmailUpdatesInsteadOfDuplicatingAndRowsInOneFileMerge() throws {
        var book = Book()
        book.contacts.upsert(Contact(id: ContactID(number: 7), createdAt: importNow, firstName: "Anna", lastName: "Verdi",
                                     emails: [LabeledValue("anna@verdi.it")]))
        let csv = "email,title,phone\n  ANNA@verdi.it ,CFO,\nanna@verdi.it,,+39 02 1234\n"
        let result = try importCSV(csv, kind: .contacts, into: book, now: importNow.addingTimeInterval(60))
        XCTAssertEqual(result.book.contacts.count, 1)
        let anna = try XCTUnwrap(result.book.contacts[ContactID(number: 7)])
        XCTAssertEqual(anna.jobTitle, "CFO")
        XCTAssertEqual(anna.phones.map(\.value), ["+39 02 1234"])
        XCTAssertEqual(anna.updatedAt, importNow.addingTimeInterval(60))
        XCTAssertEqual(result.changes.map(\.action), [.updated])
    }

    func testBadRowsAreListedWithTheirLinesAndBlockTheImport() throws {
        let csv = "first_name,email,lifecycle_stage,created_at\nAnna,anna@x.it,lead,2025-01-01\n\"Multi\nline\",bad-email,lead,\nCarla,carla@x.it,boss,31/02/2025\n"
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertFalse(result.canApply)
        XCTAssertEqual(result.invalid.map(\.description), [
            "in.csv:3: email \"bad-email\" is not an email address",
            "in.csv:3: first_name contains a control character (^J), which cannot go into a mail header",
            "in.csv:5: unknown lifecycle stage \"boss\"; the stages are: subscriber, lead, mql, sql, opportunity, customer, evangelist, former-customer",
            "in.csv:5: created_at \"31/02/2025\" is not a date (write YYYY-MM-DD, DD/MM/YYYY or an ISO date-time)",
        ])
        let skipping = try importCSV(csv, kind: .contacts, skipInvalid: true)
        XCTAssertTrue(skipping.canApply)
        XCTAssertEqual(skipping.book.contacts.count, 1)
    }

    func testSemicolonFileWithBOMAndCRLFAndItalianAmounts() throws {
        var book = Book(settings: Settings(numberFormat: .italian))
        book.contacts.upsert(Contact(id: ContactID(number: 1), createdAt: importNow, firstName: "Anna", lastName: "Verdi",
                                     emails: [LabeledValue("anna@verdi.it")]))
        let csv = "\u{FEFF}email;date;amount;product\r\nanna@verdi.it;05/03/2025;1.234,50;Telaio\r\nnuovo@cliente.it;25/12/2025;99,90;\"Filo; rosso\"\r\n"
        let result = try importCSV(csv, kind: .purchases, into: book)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let purchases = result.book.purchases.sortedByID
        XCTAssertEqual(purchases.map(\.amount.minorUnits), [123_450, 9_990])
        XCTAssertEqual(purchases.map(\.date.description), ["2025-03-05", "2025-12-25"], "day first: 25/12 proves it")
        XCTAssertEqual(purchases.map(\.product), ["Telaio", "Filo; rosso"])
        let created = try XCTUnwrap(contact(result.book, email: "nuovo@cliente.it"))
        XCTAssertEqual(created.lifecycle, .customer, "a purchase from an unknown email creates a customer")
        XCTAssertEqual(try importCSV(csv, kind: .purchases, into: result.book).changesBook, false)
    }

    func testDayOrderFollowsTheColumnsEvidenceElseTheNumberFormat() throws {
        let american = "email,date,amount\na@x.com,03/04/2025,10\na@x.com,12/31/2025,10\n"
        let result = try importCSV(american, kind: .purchases)
        XCTAssertEqual(result.book.purchases.sortedByID.map(\.date.description), ["2025-03-04", "2025-12-31"])
        let undecided = "email,date,amount\na@x.com,03/04/2025,10\n"
        XCTAssertEqual(try importCSV(undecided, kind: .purchases).book.purchases.sortedByID.first?.date.description, "2025-03-04")
        let italianBook = Book(settings: Settings(numberFormat: .italian))
        XCTAssertEqual(try importCSV(undecided, kind: .purchases, into: italianBook).book.purchases.sortedByID.first?.date.description,
                       "2025-04-03")
    }

    func testAFileWithoutUsableColumnsIsRefused() {
        XCTAssertThrowsError(try importCSV("Codice;Importo\nA1;10\n", kind: .contacts)) { error in
            XCTAssertEqual(String(describing: error), "in.csv:1: no column for a contact's name or email (first_name, last_name, "
                           + "name or email); the header has \"Codice\", \"Importo\" (see docs/IMPORT.md)")
        }
        XCTAssertThrowsError(try importCSV("", kind: .contacts))
    }
}
