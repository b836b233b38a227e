import Foundation
import XCTest
@testable import RapportCore

final class CustomFieldBookTests: XCTestCase {
    /// contacts.json and settings.json as the previous version wrote them: untyped strings on a
    /// contact, no definitions.
    private let oldContacts = """
    {
      "contacts": [
        {
          "consent": {},
          "createdAt": "2026-11-22T12:00:00Z",
          "customFields": {
            "Codice fiscale": "RSSGLI80A41F205X",
            "size": "M"
          },
          "emails": [],
          "firstName": "Giulia",
          "id": "con-000001",
          "jobTitle": "",
          "lastName": "Rossi",
          "lifecycle": "lead",
          "lifecycleHistory": [
            {
              "enteredAt": "2026-11-22T12:00:00Z",
              "stage": "lead"
            }
          ],
          "notes": "",
          "phones": [],
          "source": "",
          "tags": [],
          "updatedAt": "2026-11-22T12:00:00Z"
        }
      ],
      "schema": 1
    }

    """

    func testABookOfThePreviousVersionOpensUnchangedAndIsUpgradedOnItsFirstSave() throws {
        let directory = try makeTemporaryDirectory(self)
        try writeText(oldContacts, to: directory + "/contacts.json")
        try BookStore.write(Book(), to: directory + "-settings")
        try FileManager.default.copyItem(atPath: directory + "-settings/settings.json", toPath: directory + "/settings.json")
        addTeardownBlock { try? FileManager.default.removeItem(atPath: directory + "-settings") }
        XCTAssertFalse(String(decoding: try readBytes(directory + "/settings.json"), as: UTF8.self).contains("customFields"))

        let (store, book) = try BookStore.open(directory: directory)
        let giulia = try XCTUnwrap(book.contacts[ContactID("con-000001")])
        XCTAssertEqual(giulia.customFields, ["Codice fiscale": "RSSGLI80A41F205X", "size": "M"])
        XCTAssertEqual(book.settings.customFields, [CustomFieldDefinition(kind: .contact, name: "Codice fiscale", type: .text),
                                                    CustomFieldDefinition(kind: .contact, name: "size", type: .text)])
        // The first save, of anything, writes the definitions; the values stay as they were.
        var changed = book
        changed.contacts.upsert(Contact(id: ContactID("con-000002"), createdAt: giulia.createdAt, firstName: "Zoé", lastName: ""))
        try store.save(changed)
        store.close()
        let settings = String(decoding: try readBytes(directory + "/settings.json"), as: UTF8.self)
        XCTAssertTrue(settings.contains("\"name\": \"Codice fiscale\""), settings)
        let reloaded = try BookStore.load(directory: directory)
        XCTAssertEqual(reloaded.contacts[ContactID("con-000001")]?.customFields, giulia.customFields)
        XCTAssertEqual(reloaded.settings.customFields, book.settings.customFields)
        XCTAssertTrue(BookChecker.problems(in: reloaded).isEmpty, "\(BookChecker.problems(in: reloaded))")
    }

    func testRenameMovesEveryValueAndRemoveDropsThem() throws {
        var book = Book()
        let at = Date(timeIntervalSince1970: 0)
        book = try CustomFieldEditing.add(CustomFieldDefinition(kind: .opportunity, name: "Budget", type: .money), to: book).get()
        XCTAssertEqual(CustomFieldEditing.add(CustomFieldDefinition(kind: .opportunity, name: "budget", type: .text), to: book),
                       .failure(.taken("budget")))
        // The same name on another kind is another field.
        book = try CustomFieldEditing.add(CustomFieldDefinition(kind: .company, name: "Budget", type: .text), to: book).get()
        var deal = Opportunity(id: OpportunityID(number: 1), createdAt: at, title: "Deal", stageID: "new", amount: Money(major: 1, currency: .eur))
        deal.customFields = ["Budget": "10.00 EUR"]
        book.opportunities.upsert(deal)
        XCTAssertEqual(CustomFieldEditing.valueCount(CustomFieldDefinition(kind: .opportunity, name: "Budget", type: .money), in: book), 1)

        book = try CustomFieldEditing.rename("budget", to: "Spend", kind: .opportunity, in: book).get()
        XCTAssertEqual(book.opportunities[deal.id]?.customFields, ["Spend": "10.00 EUR"])
        XCTAssertEqual(book.settings.customFields?.map(\.name), ["Spend", "Budget"])
        book = try CustomFieldEditing.remove("Spend", kind: .opportunity, from: book).get()
        XCTAssertNil(book.opportunities[deal.id]?.customFields)
        XCTAssertEqual(book.settings.customFields?.map(\.kind), [.company])
    }

    func testMergeTemplatesShowTypedValuesAsPeopleReadThem() throws {
        var book = SampleBook.make()
        book.settings.customFields = [CustomFieldDefinition(kind: .contact, name: "Budget", type: .money),
                                      CustomFieldDefinition(kind: .contact, name: "vat", type: .text)]
        let id = ContactID(number: 1)
        _ = book.contacts.update(id) { $0.customFields["Budget"] = "15000.00 EUR" }
        let contact = try XCTUnwrap(book.contacts[id])
        let values = MergeValues(contact: contact, book: book, today: SampleBook.day)
        XCTAssertEqual(values.values["custom.Budget"], "€15,000.00")
        XCTAssertEqual(values.values["custom.vat"], "IT01234567890")
    }

    func testExportsCarryTheFields() throws {
        var book = SampleBook.make()
        book.settings.customFields = [CustomFieldDefinition(kind: .contact, name: "vat", type: .text),
                                      CustomFieldDefinition(kind: .opportunity, name: "Renewal", type: .date)]
        _ = book.opportunities.update(OpportunityID(number: 1)) { $0.customFields = ["Renewal": "2027-01-01"] }
        let deals = CSVExporter.rows(.opportunities, of: book)
        XCTAssertEqual(deals.first?.last, "Renewal")
        XCTAssertEqual(deals.dropFirst().first?.last, "2027-01-01")
        let contacts = CSVExporter.rows(.contacts, of: book)
        XCTAssertEqual(contacts.first?.last, "vat")
        XCTAssertEqual(contacts[1].last, "IT01234567890")
        XCTAssertEqual(contacts[2].last, "")
        let vcard = String(decoding: VCardExporter.data(of: book), as: UTF8.self)
        XCTAssertTrue(vcard.contains("X-VAT:IT01234567890\r\n"), vcard)
        XCTAssertEqual(VCardExtension(fieldName: "Codice fiscale", value: "").name, "CODICE-FISCALE")
        let json = String(decoding: try JSONExporter.bytes(of: book), as: UTF8.self)
        XCTAssertTrue(json.contains("\"Renewal\": \"2027-01-01\""))
    }

    func testImportReadsTheColumnsNamedAfterAFieldByItsRule() throws {
        var book = Book()
        book.settings.customFields = [CustomFieldDefinition(kind: .contact, name: "Budget", type: .money),
                                      CustomFieldDefinition(kind: .contact, name: "Renewal", type: .date)]
        let now = Date(timeIntervalSince1970: 1_764_676_800)  // 2025-12-02T12:00:00Z
        let options = CSVImportOptions(kind: .contacts, fileName: "people.csv", now: now, timeZone: TimeZone(identifier: "UTC") ?? .current)
        let csv = "first_name,email,Budget,Renewal,Shoe size\nGiulia,g@rossi.it,\"1,500\",2027-01-01,38\nZoé,z@x.fr,,,\n"
        let result = try CSVImporter.run(Data(csv.utf8), into: book, options: options)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let giulia = try XCTUnwrap(result.book.contacts.all.first { $0.firstName == "Giulia" })
        // 1,500 EUR read by the money rule: 150 000 cents.
        XCTAssertEqual(giulia.customFields, ["Budget": "1500.00 EUR", "Renewal": "2027-01-01"])
        XCTAssertEqual(result.book.contacts.all.first { $0.firstName == "Zoé" }?.customFields, [:])
        // Only the column that is not a field is reported as left out.
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertTrue(result.warnings.first?.message.contains("Shoe size") ?? false)
        XCTAssertFalse(result.warnings.first?.message.contains("Budget") ?? true)

        let refused = try CSVImporter.run(Data("first_name,Budget\nGiulia,lots\n".utf8), into: book, options: options)
        XCTAssertEqual(refused.invalid.count, 1)
        XCTAssertTrue(refused.invalid.first?.message.contains("is not an amount") ?? false, "\(refused.invalid)")
    }
}
