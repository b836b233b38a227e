import Foundation
import XCTest
@testable import RapportCore

final class CSVWriterTests: XCTestCase {
    func testQuotesOnlyWhereNeededAndUsesCRLF() {
        let output = CSVWriter().string(from: [["plain", "with,comma", "say \"hi\"", "two\nlines", ""]])
        XCTAssertEqual(output, "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    }

    func testLineFeedOptionSemicolonAndByteOrderMark() {
        let writer = CSVWriter(delimiter: .semicolon, lineEnding: .lf, includesByteOrderMark: true)
        let data = writer.data(from: [["a;b", "c,d"], ["1", "2"]])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), "\"a;b\";c,d\n1;2\n")
    }

    func testRoundTripWithNastyValues() {
        let rows: [[String]] = [
            ["Name", "Note", "Emoji", "Spaces"],
            ["O\"Brien, \"Pat\"", "line1\r\nline2\nline3\rline4", "👩‍👩‍👧‍👦 café", "  padded  "],
            ["", "\"", ",", "\t"],
            ["日本語", "a;b", "\u{FEFF}zero-width", "trailing "],
        ]
        for delimiter in CSVDelimiter.allCases {
            for lineEnding in [CSVWriter.LineEnding.crlf, .lf] {
                let data = CSVWriter(delimiter: delimiter, lineEnding: lineEnding).data(from: rows)
                let document = CSVReader().read(data)
                XCTAssertEqual(document.delimiter, delimiter)
                // The writer guards "\t…" against formulas ("'\t…"); the importer takes the guard off.
                XCTAssertEqual(document.rows.map { $0.map(CSVFormulaGuard.restored) }, rows, "\(delimiter) \(lineEnding)")
                XCTAssertEqual(document.issues, [])
            }
        }
    }
}
