import XCTest
import RapportCanvas
@testable import RapportUI

final class FuzzyMatchTests: XCTestCase {
    func testKindsRankExactPrefixWordStartSubsequence() throws {
        let exact = try XCTUnwrap(FuzzyMatch.score("ada", "Ada"))
        let prefix = try XCTUnwrap(FuzzyMatch.score("ada", "Ada Lovelace"))
        let wordStart = try XCTUnwrap(FuzzyMatch.score("ada", "Countess Ada"))
        let subsequence = try XCTUnwrap(FuzzyMatch.score("ada", "Alan Davies"))
        XCTAssertEqual(exact.kind, .exact)
        XCTAssertEqual(prefix.kind, .prefix)
        XCTAssertEqual(wordStart.kind, .wordPrefix)
        XCTAssertEqual(subsequence.kind, .subsequence)
        XCTAssertGreaterThan(exact.score, prefix.score)
        XCTAssertGreaterThan(prefix.score, wordStart.score)
        XCTAssertGreaterThan(wordStart.score, subsequence.score)
    }

    func testNoMatch() {
        XCTAssertNil(FuzzyMatch.score("xyz", "Ada Lovelace"))
        XCTAssertNil(FuzzyMatch.score("adal", "Ada"), "longer than the candidate")
        XCTAssertNil(FuzzyMatch.score("ba", "ab"), "order matters")
    }

    func testCaseAndAccentInsensitive() throws {
        XCTAssertEqual(FuzzyMatch.score("amelie", "Amélie")?.kind, .exact)
        XCTAssertEqual(FuzzyMatch.score("AMELIE", "Ame\u{0301}lie")?.kind, .exact, "decomposed accent")
        XCTAssertEqual(FuzzyMatch.score("émile", "Emile Zola")?.kind, .prefix, "accent in the query")
        XCTAssertEqual(FuzzyMatch.score("lodz", "Łódź")?.kind, .exact)
        XCTAssertEqual(FuzzyMatch.score("strasse", "Straße")?.kind, .exact)
        XCTAssertEqual(FuzzyMatch.score("soren", "Søren Kierkegaard")?.kind, .prefix)
        XCTAssertEqual(FuzzyMatch.score("nguyen", "Nguyễn Văn A")?.kind, .prefix, "stacked Vietnamese accents")
        XCTAssertEqual(FuzzyMatch.score("αθηνα", "Αθήνα")?.kind, .exact, "Greek")
    }

    func testMatchedIndicesAreCharacterIndices() throws {
        let result = try XCTUnwrap(FuzzyMatch.score("jsm", "John Smith"))
        XCTAssertEqual(result.matchedIndices, [0, 5, 6])
        let accented = try XCTUnwrap(FuzzyMatch.score("le", "Ame\u{0301}lie"))
        // "Amélie" has 6 characters; é (index 2) is one even though it is two scalars.
        XCTAssertEqual(accented.matchedIndices, [3, 5])
        let wide = try XCTUnwrap(FuzzyMatch.score("渡辺", "株式会社 渡辺"))
        XCTAssertEqual(wide.matchedIndices, [5, 6])
        XCTAssertEqual(FuzzyMatch.score("strasse", "Straße")?.matchedIndices, [0, 1, 2, 3, 4, 5], "ß matches two letters")
    }

    func testSubsequencePrefersWordStartsAndRuns() throws {
        // "jsm": J(ohn) Sm(ith) beats scattered letters in a similar-length name.
        let good = try XCTUnwrap(FuzzyMatch.score("jsm", "John Smith"))
        let scattered = try XCTUnwrap(FuzzyMatch.score("jsm", "Jess Tomas"))
        XCTAssertGreaterThan(good.score, scattered.score)
        // The DP finds the better alignment even when the greedy one is worse.
        let alignment = try XCTUnwrap(FuzzyMatch.score("ls", "lalala Smith"))
        XCTAssertEqual(alignment.matchedIndices, [0, 7], "s at the word start, not a greedy earlier s")
    }

    func testShorterCandidateWinsTies() throws {
        let short = try XCTUnwrap(FuzzyMatch.score("ad", "Ada"))
        let long = try XCTUnwrap(FuzzyMatch.score("ad", "Adalbert"))
        XCTAssertGreaterThan(short.score, long.score)
    }

    func testQuerySpacesAreFlexible() throws {
        XCTAssertEqual(FuzzyMatch.score("ada  lov", "Ada Lovelace")?.kind, .prefix)
        XCTAssertEqual(FuzzyMatch.score("ada lace", "Ada Lovelace")?.kind, .subsequence)
        XCTAssertNotNil(FuzzyMatch.score(" ", "anything"), "blank query matches everything")
    }

    func testRankOrdersBestFirstAndKeepsInputOrderOnTies() {
        let names = ["Alan Davies", "Ada Lovelace", "Countess Ada", "Ada", "Bob", "Adam", "Adb"]
        let ranked = FuzzyMatch.rank("ada", names) { $0 }.map(\.item)
        XCTAssertEqual(ranked, ["Ada", "Adam", "Ada Lovelace", "Countess Ada", "Alan Davies"])
        XCTAssertEqual(FuzzyMatch.rank("", ["b", "a"]) { $0 }.map(\.item), ["b", "a"])
        XCTAssertEqual(FuzzyMatch.rank("a", names, limit: 2) { $0 }.count, 2)
    }

    func testRankOverPreparedCandidates() {
        let candidates = ["Zoe Ada", "Ada", "Bob"].map(FuzzyCandidate.init)
        let ranked = FuzzyQuery("ada").rank(candidates)
        XCTAssertEqual(ranked.map(\.index), [1, 0])
        XCTAssertEqual(FuzzyQuery("ada").rank(candidates, limit: 1).map(\.index), [1])
    }

    func testFoldingTableLinesUp() {
        XCTAssertEqual(SearchFolding.tableCount, 788)
        XCTAssertEqual(SearchFolding.fold("É"), ["e"])
        XCTAssertEqual(SearchFolding.fold("ǖ"), ["u"])
        XCTAssertEqual(SearchFolding.fold("Ж"), ["ж"])
        XCTAssertEqual(SearchFolding.fold("Й"), ["и"], "Cyrillic short i folds like other accents")
    }
}
