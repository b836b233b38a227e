import Foundation
import XCTest
@testable import RapportCore

final class VCardImportTests: XCTestCase {
    private func importVCard(_ data: Data, into book: Book = Book()) -> ImportResult {
        VCardImporter.run(data, into: book, fileName: "cards.vcf", now: importNow, timeZone: utc)
    }

    /// Every fixture, imported into a fresh book: the expected (first name, last name, emails, phones)
    /// of its first contact, and how many contacts it holds.
    func testEveryFixtureImportsWithNamesEmailsAndPhones() throws {
        guard let fixtures = sharedFixturesDirectory() else { throw XCTSkip("../shared/fixtures is absent") }
        let expected: [(file: String, count: Int, first: String, last: String, emails: [String], phones: [String])] = [
            ("John_Doe_IPHONE.vcf", 1, "John", "Doe", ["john.doe@ibm.com"], ["905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234", "905-111-1234", "905-222-1234"]),
            ("John_Doe_MAC_ADDRESS_BOOK.vcf", 1, "John", "Doe", ["john.doe@ibm.com"], ["905-777-1234", "905-666-1234", "905-555-1234", "905-888-1234", "905-999-1234", "905-111-1234", "905-222-1234"]),
            ("John_Doe_ANDROID.vcf", 6, "", "", ["john.doe@company.com"], []),
            ("John_Doe_MS_OUTLOOK.vcf", 1, "John", "Doe", ["john.doe@ibm.cm"], ["(905) 555-1234", "(905) 666-1234"]),
            ("John_Doe_GMAIL.vcf", 1, "John", "Doe", ["john.doe@ibm.com"], ["905-555-1234", "905-666-1234"]),
            ("John_Doe_EVOLUTION.vcf", 1, "John", "Doe", ["john.doe@ibm.com"], ["905-666-1234", "905-555-1234"]),
            ("John_Doe_LOTUS_NOTES.vcf", 1, "John", "Doe", ["john.doe@ibm.com", "billy_bob@gmail.com"], ["+1 (212) 204-34456", "00-1-212-555-7777"]),
            ("John_Doe_BLACK_BERRY.vcf", 1, "john", "Doe", [], ["+96123456789"]),
            ("outlook-2003.vcf", 1, "John", "Doe", ["jdoe@hotmail.com"], ["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"]),
            ("gmail-single.vcf", 1, "", "", [], []),
            ("thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1, "John", "Doe",
             ["doe.john@hotmail.com", "additional-email@company.com", "additional-email1@company.com", "additional-email2@company.com", "additional-email3@company.com"],
             ["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"]),
        ]
        var report: [String] = []
        for entry in expected {
            let data = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/vcard/" + entry.file))
            let result = importVCard(data)
            let contacts = result.book.contacts.sortedByID
            XCTAssertEqual(contacts.count, entry.count, entry.file)
            XCTAssertTrue(result.invalid.isEmpty, "\(entry.file): \(result.invalid)")
            guard let first = contacts.first else { continue }
            report.append("\(entry.file): \(first.firstName)|\(first.lastName)|\(first.emails.map(\.value))|\(first.phones.map(\.value))")
            if entry.file == "gmail-single.vcf" { continue } // listed for the report; checked by the test below
            XCTAssertEqual(first.firstName, entry.first, entry.file)
            XCTAssertEqual(first.lastName, entry.last, entry.file)
            XCTAssertEqual(Set(first.emails.map(\.value)), Set(entry.emails), entry.file)
            XCTAssertEqual(Set(first.phones.map(\.value)), Set(entry.phones), entry.file)
        }
        print(report.joined(separator: "\n"))
    }

    /// Whatever the parser reads from each file, the importer keeps: every card with a name or an
    /// email becomes a contact with that name, those emails and those phones.
    func testEveryFixtureKeepsWhatTheParserRead() throws {
        guard let fixtures = sharedFixturesDirectory() else { throw XCTSkip("../shared/fixtures is absent") }
        let files = try FileManager.default.contentsOfDirectory(atPath: fixtures + "/vcard").filter { $0.hasSuffix(".vcf") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 9)
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/vcard/" + file))
            let cards = VCardParser.parse(data)
            let result = importVCard(data)
            let emails = Set(result.book.contacts.all.flatMap { $0.emails.map { $0.value.lowercased() } })
            let phones = Set(result.book.contacts.all.flatMap { $0.phones.map(\.value) })
            for card in cards {
                // An EMAIL value that is no address is left out (with a warning): it could not be mailed.
                for email in card.emails where ImportValues.looksLikeEmail(email.value.trimmingWhitespace()) { XCTAssertTrue(emails.contains(email.value.lowercased()), "\(file): \(email.value)") }
                for phone in card.phones where !phone.value.isEmpty { XCTAssertTrue(phones.contains(phone.value), "\(file): \(phone.value)") }
                let draft = VCardImporter.contactDraft(from: card)
                if draft.hasName {
                    XCTAssertTrue(result.book.contacts.all.contains { $0.firstName == draft.firstName && $0.lastName == draft.lastName },
                                  "\(file): \(draft.firstName) \(draft.lastName)")
                }
            }
            XCTAssertFalse(importVCard(data, into: result.book).changesBook, "\(file): importing twice changes nothing")
        }
    }

    func testMapsOrgTitleNoteBirthdayAddressAndCategories() {
        let card = """
        BEGIN:VCARD\r
        VERSION:3.0\r
        N:Rossi;Giulia;;;\r
        FN:Giulia Rossi\r
        ORG:Tessitura Rossi;Vendite\r
        TITLE:CEO\r
        EMAIL;TYPE=INTERNET,WORK:giulia@rossi.it\r
        TEL;TYPE=CELL:+39 333 1\r
        ADR;TYPE=WORK:;;Via Roma 1;Milano;MI;20121;Italia\r
        NOTE:Met at the fair\r
        BDAY:1980-03-22\r
        CATEGORIES:vip,textile\r
        END:VCARD\r

        """
        var book = Book()
        book.companies.upsert(Company(id: CompanyID(number: 1), createdAt: importNow, name: "TESSITURA ROSSI"))
        let result = importVCard(Data(card.utf8), into: book)
        let contact = result.book.contacts.sortedByID.first
        XCTAssertEqual(contact?.companyID, CompanyID(number: 1), "the company is found by name, ignoring case")
        XCTAssertEqual(contact?.jobTitle, "CEO")
        XCTAssertEqual(contact?.emails, [LabeledValue("giulia@rossi.it", label: "work")])
        XCTAssertEqual(contact?.phones, [LabeledValue("+39 333 1", label: "mobile")])
        XCTAssertEqual(contact?.address, PostalAddress(street: "Via Roma 1", city: "Milano", region: "MI", postalCode: "20121", country: "Italia"))
        XCTAssertEqual(contact?.notes, "Met at the fair")
        XCTAssertEqual(contact?.birthday?.description, "1980-03-22")
        XCTAssertEqual(contact?.tags, ["vip", "textile"])
    }

    func testVCardExportImportRoundTrip() throws {
        let book = DemoBookGenerator(size: .small, seed: 5, today: LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)).generate()
        for version in [VCardWriter.Version.v3, .v4] {
            let data = VCardExporter.data(of: book, version: version)
            let result = importVCard(data)
            XCTAssertEqual(result.book.contacts.count, book.contacts.count)
            func fields(_ b: Book) -> Set<[String]> {
                Set(b.contacts.all.map { c in [c.firstName, c.lastName, c.jobTitle, c.notes, c.birthday?.description ?? "",
                                                c.companyID.flatMap { b.companies[$0]?.name } ?? "", c.tags.joined(separator: ";")]
                    + c.emails.map(\.value) + c.phones.map(\.value) })
            }
            XCTAssertEqual(fields(result.book), fields(book), "\(version)")
            XCTAssertFalse(importVCard(data, into: book).changesBook, "\(version): the cards match the contacts they came from")
        }
    }

    func testExportFoldsLongLinesWithoutSplittingCharacters() {
        var book = Book()
        book.contacts.upsert(Contact(id: ContactID(number: 1), createdAt: importNow, firstName: "Zoé", lastName: "Lefèvre",
                                     notes: String(repeating: "àèìòù漢字👍🏽 ", count: 20)))
        let data = VCardExporter.data(of: book)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertNotNil(String(data: data, encoding: .utf8))
        for line in text.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.utf8.count, 75) }
        XCTAssertTrue(text.hasPrefix("BEGIN:VCARD\r\nVERSION:4.0\r\n"))
        XCTAssertEqual(VCardParser.parse(data).first?.note, book.contacts.sortedByID.first?.notes)
    }
}
