import Foundation
import XCTest
@testable import RapportCore

/// What the libFuzzer run of the CSV reader and writer (scripts/fuzz.sh) found, kept fixed.
final class FuzzFindingsTests: XCTestCase {
    private func roundTrip(_ rows: [[String]]) -> [[String]] {
        CSVReader(delimiter: .fixed(.comma)).read(CSVWriter().data(from: rows)).rows.map { $0.map(CSVFormulaGuard.restored) }
    }

    /// A quote followed by a combining mark is one Character: the quote was not doubled.
    func testAQuoteBeforeACombiningMarkIsDoubled() {
        let rows = [["s\"\"ho\"\u{07A8}", "x\"\u{0301}y"]]
        XCTAssertEqual(roundTrip(rows), rows)
    }

    /// A first cell starting with U+FEFF read as a byte order mark and vanished.
    func testALeadingZeroWidthNoBreakSpaceSurvives() {
        let rows = [["\u{FEFF}\u{FEFF}a", "b"]]
        XCTAssertEqual(roundTrip(rows), rows)
    }
}
