import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Lists sort names as people read them: "Léa" between "Laura" and "Lucas", "Céline" before "Chloé".
final class NameSortingTests: XCTestCase {
    private func book() -> Book {
        var book = Book()
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        for (first, last) in [("Lucas", "Martin"), ("Léa", "Petit"), ("Chloé", "Durand"), ("Céline", "Roux"), ("Laura", "Blanc")] {
            book.contacts.upsert(Contact(id: book.contacts.nextID(), createdAt: now, firstName: first, lastName: last))
        }
        for name in ["Zénith SA", "Élan SARL", "Ecole Moderne", "azur"] {
            book.companies.upsert(Company(id: book.companies.nextID(), createdAt: now, name: name))
        }
        return book
    }

    private func order(_ names: [String], in screen: String) -> [String] {
        names.compactMap { name in screen.range(of: name).map { (name, $0.lowerBound) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    func testTheContactListSortsFoldedNames() {
        var app = AppHarness(book: book(), width: 100, height: 24)
        app.press("2")
        XCTAssertEqual(order(["Lucas", "Léa", "Chloé", "Céline", "Laura"], in: app.screenText()),
                       ["Céline", "Chloé", "Laura", "Léa", "Lucas"], app.screenText())
    }

    func testTheCompanyListSortsFoldedNames() {
        let index = CompanyIndex(book: book())
        let names = index.visibleRows(search: "", sort: .name, ascending: true).map(\.row.company.name)
        XCTAssertEqual(names, ["azur", "Ecole Moderne", "Élan SARL", "Zénith SA"])
    }
}
