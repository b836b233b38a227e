import Foundation
import XCTest
import RapportCore // not @testable, so this file also builds with `swift test -c release`

final class CSVPerformanceTests: XCTestCase {
    /// 50,000 rows × 10 columns, a third of them quoted with embedded delimiters and quotes.
    /// Budget: 0.5 s in release (`swift test -c release --filter CSVPerformanceTests`); debug
    /// builds are unoptimised, so they only get a loose bound that still catches a quadratic slip.
    func testReadsFiftyThousandRowsQuickly() {
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
        #if DEBUG
        XCTAssertLessThan(seconds, 5.0)
        #else
        XCTAssertLessThan(seconds, 0.5)
        #endif
    }
}
