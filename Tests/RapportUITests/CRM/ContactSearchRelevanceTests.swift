import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Issue 13, item 11: an exact word or prefix is never buried under scattered matches, and the
/// scattered ones are cut once the query was found in one piece.
final class ContactSearchRelevanceTests: XCTestCase {
    private static let names = [
        ("Ricardo", "Oscar Sissi"),   // r, o, s, s, i on word starts, but scattered
        ("Mario", "Rossi"),
        ("Anna", "Rossini"),
        ("Roberto", "Ossino"),        // r…ossi: scattered
        ("Lucia", "Barossi"),         // "rossi" inside a word
        ("Teresa", "Bianchi"),
    ]

    private func index(_ names: [(String, String)]) -> ContactIndex {
        var book = Book()
        for (number, name) in names.enumerated() {
            book.contacts.upsert(Contact(id: ContactID(number: number + 1), createdAt: CRMFixture.at(-10),
                                         firstName: name.0, lastName: name.1, lifecycle: .lead))
        }
        return ContactIndex(book: book, asOf: CRMFixture.today)
    }

    private func names(_ index: ContactIndex, _ search: String) -> [String] {
        ContactSearch.entries(index, query: ContactListQuery(search: search)).map { index.rows[Int($0.row)].name }
    }

    func testRossiListsTheRossisFirstAndCutsScatteredMatches() {
        let index = index(Self.names)
        // Word prefixes first (the shorter name first), then the query inside a word.
        XCTAssertEqual(names(index, "rossi"), ["Mario Rossi", "Anna Rossini", "Lucia Barossi"])
    }

    func testScatteredMatchesStayWhenNothingMatchesInOnePiece() {
        let index = index(Self.names)
        // "rsssi" is nowhere in one piece: the fuzzy matches are all there is.
        XCTAssertEqual(Set(names(index, "rsssi")), ["Ricardo Oscar Sissi"])
        XCTAssertEqual(Set(names(index, "mrossi")), ["Mario Rossi"])
    }

    func testTypingLetterByLetterGivesTheSameList() {
        let index = index(Self.names)
        for search in ["rossi", "rsssi", "mrossi", "rossix"] {
            var previous: (query: ContactListQuery, entries: [ContactListEntry])?
            var typed = ""
            for character in search {
                typed.append(character)
                let step = ContactListQuery(search: typed)
                previous = (step, ContactSearch.entries(index, query: step, previous: previous))
            }
            XCTAssertEqual(previous?.entries, ContactSearch.entries(index, query: ContactListQuery(search: search)), search)
        }
        // "ros" is found in one piece, so its list dropped "Roberto Ossino"; "rosino" only
        // matches him, scattered: narrowing the cut list must still find him.
        let typed = ContactSearch.entries(index, query: ContactListQuery(search: "rosino"),
                                          previous: (ContactListQuery(search: "ros"), ContactSearch.entries(index, query: ContactListQuery(search: "ros"))))
        XCTAssertEqual(typed.map { index.rows[Int($0.row)].name }, ["Roberto Ossino"])
    }

    func testSubstringRanksBetweenWordPrefixAndSubsequence() throws {
        let inside = try XCTUnwrap(FuzzyMatch.score("ross", "Barossa"))
        XCTAssertEqual(inside.kind, .substring)
        XCTAssertEqual(inside.matchedIndices, [2, 3, 4, 5])
        let wordStart = try XCTUnwrap(FuzzyMatch.score("ross", "Ada Rossa"))
        let scattered = try XCTUnwrap(FuzzyMatch.score("ross", "Rita Ossuary"))
        XCTAssertGreaterThan(wordStart.score, inside.score)
        XCTAssertGreaterThan(inside.score, scattered.score)
        XCTAssertFalse(FuzzyMatch.keepsScattered(bestScore: inside.score))
        XCTAssertTrue(FuzzyMatch.keepsScattered(bestScore: scattered.score))
        XCTAssertTrue(FuzzyMatch.keepsScattered(bestScore: nil))
    }
}
