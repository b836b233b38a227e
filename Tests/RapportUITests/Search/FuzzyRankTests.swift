import XCTest
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
}
