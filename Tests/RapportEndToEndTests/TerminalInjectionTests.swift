import Foundation
import XCTest
import RapportCore

/// Issue 15, items 1 and 3 through the real binary: a hostile address is refused by `add`, and
/// what `list`, `show` and `import` print never carries a raw control or bidi character.
final class TerminalInjectionTests: XCTestCase {
    private static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && TerminalSafeText.needsEscaping($0) }
    }

    func testAddRefusesAHeaderInjectingEmail() throws {
        let directory = try makeTemporaryDirectory(self)
        let run = try RapportBinary.run(["add", "contact", "--first-name", "Eve", "--email", "t@x.test\r\nBcc: victim@evil.test",
                                         "--data", directory])
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("\"t@x.test^M^JBcc: victim@evil.test\" is not an email address"), run.stderr)
        XCTAssertFalse(Self.hasRawControls(run.stderr))
        let name = try RapportBinary.run(["add", "contact", "--first-name", "Eve\nBcc: v@evil.test", "--data", directory])
        XCTAssertEqual(name.status, 2, name.stderr)
    }

    func testListShowAndImportShowDataControlsVisibly() throws {
        let directory = try makeTemporaryDirectory(self)
        let evil = "Evil\u{1B}]0;owned\u{7}\u{1B}[2J\u{9B}31m\u{202E}Corp"
        let add = try RapportBinary.run(["add", "contact", "--first-name", "Anna", "--email", "anna@x.test", "--company", evil,
                                         "--tag", "v\u{1B}[5mip", "--data", directory])
        XCTAssertEqual(add.status, 0, add.stderr)
        for arguments in [["list", "contacts"], ["list", "companies"], ["show", "anna@x.test"], ["show", "com-000001"]] {
            let run = try RapportBinary.run(arguments + ["--data", directory])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(Self.hasRawControls(run.stdout + run.stderr), "\(arguments): \(run.stdout.debugDescription)")
            XCTAssertTrue(run.stdout.contains("Evil^[]0;owned^G^[[2J<U+009B>31m<U+202E>Corp") || run.stdout.contains("Evil^[]0;owned^G"),
                          "\(arguments): \(run.stdout)")
        }
        for arguments in [["list", "companies", "--json"], ["show", "com-000001", "--json"]] {
            let run = try RapportBinary.run(arguments + ["--data", directory])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(Self.hasRawControls(run.stdout), run.stdout.debugDescription)
            XCTAssertTrue(run.stdout.contains("\\u001b]0;owned\\u0007") && run.stdout.contains("\\u202e"), run.stdout)
            let decoded = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8), options: [.fragmentsAllowed])
            let name = ((decoded as? [[String: Any]])?.first ?? decoded as? [String: Any])?["name"] as? String
            XCTAssertEqual(name, evil, "--json still carries the value exactly")
        }
        let file = directory + "/in.csv"
        try Data("email,\u{1B}[2Jcolour\u{7}\nbad\u{1B}[31m@,x\n".utf8).write(to: URL(fileURLWithPath: file))
        let imported = try RapportBinary.run(["import", "csv", file, "--kind", "contacts", "--dry-run", "--data", directory])
        XCTAssertEqual(imported.status, 1)
        XCTAssertFalse(Self.hasRawControls(imported.stdout + imported.stderr), imported.stderr.debugDescription)
        XCTAssertTrue(imported.stderr.contains("^[[2Jcolour^G"), imported.stderr)
        XCTAssertTrue(imported.stderr.contains("\"bad^[[31m@\""), imported.stderr)
    }
}
