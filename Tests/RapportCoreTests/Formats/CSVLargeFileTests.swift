import Foundation
import XCTest
import RapportCore // not @testable, so this file also builds with `swift test -c release`

final class CSVLargeFileTests: XCTestCase {
    /// 50,000 rows × 10 columns, a third of them quoted with embedded delimiters and quotes.
    /// Checks a large file reads correctly; the time is printed, never asserted (the benchmark
    /// command measures speed in release mode).
    func testReadsFiftyThousandRows() {
        var text = "first,last,email,phone,company,title,street,city,country,note\r\n"
        for row in 0..<50_000 {
            text += "Given\(row),Family\(row),user\(row)@example.com,+39 06 555 \(row),"
            text += row % 3 == 0 ? "\"Acme, Inc.\"," : "Acme,"
            text += "Engineer,\"Via Roma \(row)\",Roma,Italia,"
            text += row % 3 == 0 ? "\"said \"\"hi\"\"\"\r\n" : "nothing\r\n"
        }
        let data = Data(text.utf8)

        let start = Date()
        let document = CSVReader().read(data)
        let seconds = Date().timeIntervalSince(start)

        XCTAssertEqual(document.records.count, 50_001)
        XCTAssertEqual(document.records[1].fields[4], "Acme, Inc.")
        XCTAssertEqual(document.records[1].fields[9], "said \"hi\"")
        XCTAssertTrue(document.records.allSatisfy { $0.fields.count == 10 })
        print("CSVReader: 50,000 rows x 10 columns (\(data.count) bytes) in \(String(format: "%.3f", seconds)) s")
    }
}
