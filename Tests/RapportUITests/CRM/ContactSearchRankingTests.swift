import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// The fast search (cheap kinds first, one-letter pass, integer sort keys) ranks exactly like
/// matching every field with `FuzzyQuery.match` and sorting by score, then name.
final class ContactSearchRankingTests: XCTestCase {
    func testFastSearchRanksLikeTheFullMatcher() {
        let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
        let book = DemoBookGenerator(size: .small, seed: 3, today: today).generate()
        let index = ContactIndex(book: book, asOf: today)
        for search in ["a", "g", "z", "1", "+", "an", "gi", "ro", "giulia ro", "smith", "gmail", "+39 3", "anbe", "é", "ss", "lee"] {
            let query = FuzzyQuery(search)
            var reference: [ContactListEntry] = []
            for (offset, row) in index.rows.enumerated() {
                var best = Int.min, bestField = -1
                for (position, field) in row.fields.enumerated() {
                    guard let score = query.match(field.candidate)?.score, score > best else { continue }
                    best = score
                    bestField = position
                }
                if bestField >= 0 { reference.append(ContactListEntry(row: Int32(offset), score: best, field: Int16(bestField))) }
            }
            reference.sort { $0.score != $1.score ? $0.score > $1.score : index.nameRank[Int($0.row)] < index.nameRank[Int($1.row)] }
            if !FuzzyMatch.keepsScattered(bestScore: reference.first?.score) {
                reference.removeAll { FuzzyMatch.Kind(score: $0.score) == .subsequence }
            }
            let fresh = ContactSearch.entries(index, query: ContactListQuery(search: search))
            XCTAssertEqual(fresh, reference, "query \(search)")
            // Typed letter by letter, narrowing each time.
            var previous: (query: ContactListQuery, entries: [ContactListEntry])?
            var typed = ""
            for character in search {
                typed.append(character)
                let step = ContactListQuery(search: typed)
                previous = (step, ContactSearch.entries(index, query: step, previous: previous))
            }
            XCTAssertEqual(previous?.entries, reference, "query \(search) typed")
        }
    }

    func testOneLetterScoresMatchTheFullMatcher() {
        for text in ["Giulia Rossi", "anna", "a", "bA", "xxxxxxxxxxxxa", "McDonald", "Ärger", "", "b-a", "ab"] {
            let candidate = FuzzyCandidate(text)
            for letter in ["a", "d", "g", "x", "r"] {
                XCTAssertEqual(FuzzyQuery(letter).score(candidate), FuzzyQuery(letter).match(candidate)?.score, "\(letter) in \(text)")
            }
        }
    }
}
