import XCTest
@testable import RapportUI

/// `score` is the allocation-free twin of `match`: they must never disagree.
final class FuzzyScoreAgreementTests: XCTestCase {
    func testScoreEqualsMatchScore() {
        let candidates = ["Giulia Rossi", "giulia.rossi@gmail.com", "Tessitura Rossi S.r.l.", "+39 333 123 4567", "Zoé Lefèvre",
                          "McDonald", "Anna Bernard", "annabel", "Émilie Dubois", "vip; newsletter", "a", "", "漢字 Kanji", "Jack Smith-Jones"]
        let queries = ["g", "gi", "giu", "giulia", "giulia r", "gr", "grs", "ross", "smi", "jsmt", "mcd", "emilie", "e", "39",
                       "333 1", "anbe", "kanji", "zz", "vip", "ss", "rossi gmail", " ", "é"]
        for query in queries {
            let prepared = FuzzyQuery(query)
            for text in candidates {
                let candidate = FuzzyCandidate(text)
                XCTAssertEqual(prepared.score(candidate), prepared.match(candidate)?.score, "\(query) in \(text)")
            }
        }
    }
}
