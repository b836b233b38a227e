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
}
