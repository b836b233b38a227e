import XCTest
import RapportCanvas
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

    /// The contact search's compact form (first scalar, word-start positions and letters) must
    /// give exactly what the flag-per-scalar form gives, on generated names of every shape.
    func testCompactWordStartsAgreeWithFlags() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aAbBmM rR.-@+é1")
        var texts = ["Giulia Rossi", "giulia.rossi@gmail.com", "McDonald", "+39 333", "a", "Émilie Dubois", "漢字 Kanji", "  lead"]
        for _ in 0..<400 {
            texts.append(String((0..<Int.random(in: 1...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" }))
        }
        let queries = ["a", "b", "m", "ab", "mr", "r.", "bm", "aab", "ma", "é", "1", "giu", "ross", "kanji", "-", "+3", "d"]
        for text in texts {
            let candidate = FuzzyCandidate(text)
            let positions = candidate.wordStarts.indices.filter { candidate.wordStarts[$0] }.map { Int32($0) }
            let letters = positions.map { candidate.folded[Int($0)] }
            for query in queries {
                let prepared = FuzzyQuery(query)
                let flags = candidate.folded.withUnsafeBufferPointer { folded in
                    candidate.wordStarts.withUnsafeBufferPointer { starts in
                        prepared.contiguousScore(folded: folded, wordStarts: starts, length: candidate.length)
                    }
                }
                let compact = candidate.folded.withUnsafeBufferPointer { folded in
                    positions.withUnsafeBufferPointer { positions in
                        letters.withUnsafeBufferPointer { letters in
                            prepared.contiguousScore(folded: folded, first: candidate.folded.first ?? " ", wordStartPositions: positions,
                                                     wordStartLetters: letters, length: candidate.length)
                        }
                    }
                }
                XCTAssertEqual(compact, flags, "\(query) in \(text)")
            }
        }
    }
}
