import Foundation
import XCTest

/// Review of issue 13: what the command line still got wrong (each fails without its fix).
final class ReviewCommandLineTests: XCTestCase {
    func testListCountAgreesInNumber() throws {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["add", "contact", "--data", directory, "--name", "Grace Hopper"]).status, 0)
        let one = try RapportBinary.run(["list", "contacts", "--data", directory])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stderr.trimmingCharacters(in: .whitespacesAndNewlines), "1 contact")
        XCTAssertEqual(try RapportBinary.run(["add", "contact", "--data", directory, "--name", "Ada Lovelace"]).status, 0)
        let two = try RapportBinary.run(["list", "contacts", "--data", directory])
        XCTAssertEqual(two.stderr.trimmingCharacters(in: .whitespacesAndNewlines), "2 contacts")
        let none = try RapportBinary.run(["list", "activities", "--data", directory])
        XCTAssertEqual(none.stderr.trimmingCharacters(in: .whitespacesAndNewlines), "0 activities")
    }

    func testAddTaskIsAToDoWithoutType() throws {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["add", "contact", "--data", directory, "--name", "Grace Hopper"]).status, 0)
        let task = try RapportBinary.run(["add", "task", "--data", directory, "--summary", "Send the quote", "--due", "31/12/2026",
                                          "--contact", "Grace Hopper"], environment: ["LANG": "it_IT.UTF-8"])
        XCTAssertEqual(task.status, 0, task.stderr)
        let list = try RapportBinary.run(["list", "activities", "--data", directory])
        XCTAssertTrue(list.stdout.contains("To-do"), list.stdout)
        XCTAssertTrue(list.stdout.contains("2026-12-31"), list.stdout)
        // An explicit type still wins; `add activity` still needs one.
        let call = try RapportBinary.run(["add", "task", "--data", directory, "--type", "call", "--summary", "Call back"])
        XCTAssertEqual(call.status, 0, call.stderr)
        XCTAssertEqual(try RapportBinary.run(["add", "activity", "--data", directory, "--summary", "x"]).status, 2)
    }
}
