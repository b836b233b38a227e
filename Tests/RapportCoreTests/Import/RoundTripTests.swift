import Foundation
import XCTest
@testable import RapportCore

final class RoundTripTests: XCTestCase {
    private func demoBook() -> Book {
        DemoBookGenerator(size: .small, seed: 3, today: LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)).generate()
    }

    private func reimport(_ kind: ImportKind, from book: Book, into target: Book = Book()) throws -> ImportResult {
        let data = CSVExporter.data(kind, of: book)
        let result = try CSVImporter.run(data, into: target, options: CSVImportOptions(kind: kind, fileName: "export.csv",
                                                                                        now: importNow, timeZone: utc))
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid.prefix(5))")
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
        return result
    }

    /// What the contacts CSV carries: names, every email and phone with its label, company, title,
    /// stage, tags, creation time, marketing consent, source, birthday, notes, postal address.
    private struct ContactFields: Hashable {
        let values: [String]
        init(_ contact: Contact, _ book: Book) {
            values = [contact.firstName, contact.lastName, "\(contact.emails)", "\(contact.phones)", "\(String(describing: contact.address))",
                      contact.companyID.flatMap { book.companies[$0]?.name } ?? "", contact.jobTitle, contact.lifecycle.rawValue,
                      contact.tags.joined(separator: ";"), String(contact.createdAt.timeIntervalSince1970),
                      contact.consent.marketing.map { String($0.granted) } ?? "", contact.source,
                      contact.birthday?.description ?? "", contact.notes]
        }
    }

    func testContactsExportImportIntoAnEmptyBookGivesTheSameContacts() throws {
        let book = demoBook()
        let result = try reimport(.contacts, from: book)
        XCTAssertEqual(result.book.contacts.count, book.contacts.count)
        let original = Set(book.contacts.all.map { ContactFields($0, book) })
        let imported = Set(result.book.contacts.all.map { ContactFields($0, result.book) })
        XCTAssertEqual(original.subtracting(imported).count, 0, "\(original.subtracting(imported).prefix(3))")
        // And back into the book it came from: nothing changes.
        XCTAssertFalse(try reimport(.contacts, from: book, into: book).changesBook)
    }

    func testEveryKindReimportsIntoItsOwnBookWithoutChanges() throws {
        let book = demoBook()
        for kind in ImportKind.allCases {
            let result = try reimport(kind, from: book, into: book)
            XCTAssertFalse(result.changesBook, "\(kind): \(result.changes.filter { $0.action != .unchanged }.prefix(3))")
        }
    }

    func testDealsPurchasesAndSurveysRoundTripIntoAnEmptyBook() throws {
        let book = demoBook()
        var target = try reimport(.contacts, from: book).book
        for kind in [ImportKind.companies, .opportunities, .purchases, .surveys, .activities] {
            target = try reimport(kind, from: book, into: target).book
        }
        XCTAssertEqual(target.opportunities.count, book.opportunities.count)
        XCTAssertEqual(target.purchases.count, book.purchases.count)
        XCTAssertEqual(target.surveys.count, book.surveys.count)
        XCTAssertEqual(target.activities.count, book.activities.count)
        func deals(_ b: Book) -> Set<[String]> {
            Set(b.opportunities.all.map { [$0.title, $0.stageID, $0.status.rawValue, String($0.amount.minorUnits), $0.amount.currency.code,
                                           $0.expectedClose?.description ?? "", $0.lostReason ?? ""] })
        }
        XCTAssertEqual(deals(target), deals(book))
        func orders(_ b: Book) -> [Int64] { b.purchases.all.map(\.amount.minorUnits).sorted() }
        XCTAssertEqual(orders(target), orders(book))
    }

    func testItalianBookAmountsRoundTrip() throws {
        var book = Book(settings: Settings(defaultCurrency: .eur, numberFormat: .italian))
        book.contacts.upsert(Contact(id: ContactID(number: 1), createdAt: importNow, firstName: "A", lastName: "B", emails: [LabeledValue("a@b.it")]))
        book.purchases.upsert(Purchase(id: PurchaseID(number: 1), createdAt: importNow, contactID: ContactID(number: 1),
                                       date: LocalDate(year: 2026, month: 1, day: 2) ?? LocalDate(dayNumber: 0),
                                       amount: Money(minorUnits: 123_456_789, currency: .eur), product: "Telai"))
        book.purchases.upsert(Purchase(id: PurchaseID(number: 2), createdAt: importNow, contactID: ContactID(number: 1),
                                       date: LocalDate(year: 2026, month: 1, day: 3) ?? LocalDate(dayNumber: 0),
                                       amount: Money(minorUnits: 1_500, currency: .bhd), product: "Dinar"))
        let text = String(decoding: CSVExporter.data(.purchases, of: book), as: UTF8.self)
        XCTAssertTrue(text.contains("\"1234567,89\""), text)
        let target = try reimport(.contacts, from: book, into: Book(settings: book.settings)).book
        let result = try reimport(.purchases, from: book, into: target)
        XCTAssertEqual(result.book.purchases.sortedByID.map(\.amount), book.purchases.sortedByID.map(\.amount))
    }
}

private extension CurrencyCode {
    static let bhd = CurrencyCode("BHD") ?? .eur
}
