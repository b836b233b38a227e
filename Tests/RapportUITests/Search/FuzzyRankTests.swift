import XCTest
import RapportCanvas
@testable import RapportUI

/// `rank` scores without positions first; it must return exactly what matching every candidate
/// and sorting would.
final class FuzzyRankTests: XCTestCase {
    func testRankEqualsMatchingEveryCandidate() {
        let names = ["Giulia Rossi", "Noé Garcia", "McDonald Farms", "garcia.noe@example.com", "Zoë Lefèvre 漢字", "iPhone Repair",
                     "Maria Rossi-Bianchi", "mario rossi", "ROSSI", "r", "Grace Hopper grace@navy.mil", "Ana María García",
                     "Ross Geller", "Rossella Ricci  Ricci Srl", "x y z", ""]
        let candidates = (0..<400).map { FuzzyCandidate(names[$0 % names.count] + ($0 % 3 == 0 ? "" : " \($0)")) }
        for query in ["", "r", "ro", "ross", "rossi", "maria rossi", "mr", "grc", "gar", "noe", "1", "12", "zz", "rss", "a m", "ROSSI"] {
            let prepared = FuzzyQuery(query)
            var expected: [(index: Int, result: FuzzyMatch.Result)] = []
            for (index, candidate) in candidates.enumerated() {
                if let result = prepared.match(candidate) { expected.append((index, result)) }
            }
            expected.sort { $0.result.score != $1.result.score ? $0.result.score > $1.result.score : $0.index < $1.index }
            for limit in [nil, 5, 50] as [Int?] {
                let wanted = limit.map { Array(expected.prefix($0)) } ?? expected
                let ranked = prepared.rank(candidates, limit: limit)
                XCTAssertEqual(ranked.map(\.index), wanted.map(\.index), "\(query) \(String(describing: limit))")
                XCTAssertEqual(ranked.map(\.result), wanted.map(\.result), "\(query)")
            }
        }
    }

    /// Many random short strings over a small alphabet: every corner of the subsequence scoring
    /// (gaps, repeats, word starts) against the full matcher.
    func testRandomCandidatesRankAsTheFullMatcher() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("abcAB d-")
        let candidates = (0..<3_000).map { _ in FuzzyCandidate(String((0..<next(30)).map { _ in alphabet[next(alphabet.count)] })) }
        for _ in 0..<60 {
            let query = FuzzyQuery(String((0..<(1 + next(5))).map { _ in alphabet[next(6)] }))
            var expected: [(index: Int, result: FuzzyMatch.Result)] = []
            for (index, candidate) in candidates.enumerated() {
                if let result = query.match(candidate) { expected.append((index, result)) }
            }
            expected.sort { $0.result.score != $1.result.score ? $0.result.score > $1.result.score : $0.index < $1.index }
            let ranked = query.rank(candidates)
            XCTAssertEqual(ranked.map(\.index), expected.map(\.index), query.text)
            XCTAssertEqual(ranked.map(\.result), expected.map(\.result), query.text)
            XCTAssertEqual(query.rank(candidates, limit: 10).map(\.index), Array(expected.prefix(10)).map(\.index), query.text)
        }
    }
}
