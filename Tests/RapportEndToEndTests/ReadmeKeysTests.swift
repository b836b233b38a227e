import Foundation
import XCTest

/// The README's key reference is generated from the key tables; this keeps it true.
final class ReadmeKeysTests: XCTestCase {
    func testTheReadmeListsExactlyTheKeysOfTheInterface() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try XCTUnwrap(readme.range(of: "<!-- keys:begin -->\n"))
        let end = try XCTUnwrap(readme.range(of: "\n<!-- keys:end -->"))
        let documented = String(readme[begin.upperBound..<end.lowerBound])
        let run = try RapportBinary.run(["keys", "--markdown"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(documented, run.stdout.trimmingCharacters(in: .newlines),
                       "README.md's key reference is stale: run scripts/update-readme-keys.sh")
    }

    /// Every row of the reference names at least one key, each in a code span with something
    /// visible in it (the key `/` once printed as an empty cell).
    func testEveryRowOfTheMarkdownReferenceNamesItsKeys() throws {
        let run = try RapportBinary.run(["keys", "--markdown"])
        XCTAssertEqual(run.status, 0)
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| key ") && !$0.hasPrefix("| ---") }
        XCTAssertGreaterThan(rows.count, 50)
        for row in rows {
            let keyCell = row.dropFirst(2).components(separatedBy: " | ").first ?? ""
            let spans = keyCell.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            XCTAssertFalse(spans.isEmpty, "no key in \(row)")
            for span in spans { XCTAssertFalse(span.trimmingCharacters(in: .whitespaces).isEmpty, "empty key in \(row)") }
        }
        XCTAssertTrue(rows.contains { $0.hasPrefix("| `/` |") }, "the search key is listed as `/`")
    }
}
