import Foundation
import XCTest
import RapportCore

final class CommandLineTests: XCTestCase {
    func testHelpAndVersion() throws {
        let help = try RapportBinary.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("Usage:"))
        XCTAssertTrue(help.stdout.contains("demo"))
        XCTAssertTrue(help.stdout.contains("check"))
        let version = try RapportBinary.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("rapport "))
        let commandHelp = try RapportBinary.run(["help", "demo"])
        XCTAssertEqual(commandHelp.status, 0)
        XCTAssertTrue(commandHelp.stdout.contains("--seed"))
    }

    func testUsageErrorsExitTwoWithOneLineAndUsage() throws {
        for arguments in [["frobnicate"], ["--frobnicate"], ["demo", "--out"], ["demo", "--bogus", "x"], ["demo", "--out", "/tmp/x", "--size", "huge"], ["help", "nope"]] {
            let run = try RapportBinary.run(arguments)
            XCTAssertEqual(run.status, 2, "\(arguments)")
            XCTAssertTrue(run.stderr.hasPrefix("rapport: "), run.stderr)
            XCTAssertTrue(run.stderr.contains("Usage"), run.stderr)
            XCTAssertEqual(run.stdout, "")
        }
    }

    func testDemoIsDeterministicAndChecksClean() throws {
        let parent = try makeTemporaryDirectory(self)
        for name in ["a", "b"] {
            let run = try RapportBinary.run(["demo", "--out", parent + "/" + name, "--seed", "42", "--as-of", "2026-11-22"])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("300 contacts"), run.stdout)
        }
        for collection in BookCollection.allCases {
            let a = try Data(contentsOf: URL(fileURLWithPath: parent + "/a/" + collection.fileName))
            let b = try Data(contentsOf: URL(fileURLWithPath: parent + "/b/" + collection.fileName))
            XCTAssertEqual(a, b, collection.fileName)
        }
        let check = try RapportBinary.run(["check", "--data", parent + "/a"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("no problems found"), check.stdout)
        // The data directory also comes from the environment.
        let fromEnvironment = try RapportBinary.run(["check"], environment: ["RAPPORT_HOME": parent + "/b"])
        XCTAssertTrue(fromEnvironment.stdout.contains(parent + "/b"), fromEnvironment.stdout)
        // A demo never overwrites a book.
        let again = try RapportBinary.run(["demo", "--out", parent + "/a"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already holds a book"), again.stderr)
    }

    func testCheckReportsACorruptFileWithItsPosition() throws {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        let path = directory + "/companies.json"
        let broken = Data("{\n  \"schema\": 1,\n  \"companies\": [\n    {\"id\": \"com-000001\",,}\n  ]\n}\n".utf8)
        try broken.write(to: URL(fileURLWithPath: path))
        let run = try RapportBinary.run(["check", "--data", directory])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.hasPrefix("rapport: \(path):4:"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), broken)
    }

    func testCheckFindsBrokenLinks() throws {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        var book = try BookStore.load(directory: directory)
        let deal = try XCTUnwrap(book.opportunities.sortedByID.first)
        book.opportunities.update(deal.id) { $0.stageID = "nowhere" }
        book.contacts.remove(try XCTUnwrap(deal.contactID))
        try FileManager.default.removeItem(atPath: directory)
        try BookStore.write(book, to: directory)
        let run = try RapportBinary.run(["check", "--data", directory])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("\(deal.id): stage \"nowhere\" is not in the pipeline"), run.stderr)
        XCTAssertTrue(run.stderr.contains("links to contact \(deal.contactID?.rawValue ?? "")"), run.stderr)
    }

    func testASecondWriterIsToldWhoHoldsTheBook() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, _) = try BookStore.open(directory: directory)
        defer { store.close() }
        let run = try RapportBinary.run(["demo", "--out", directory])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("in use by rapport (pid \(ProcessInfo.processInfo.processIdentifier))"), run.stderr)
    }
}

final class InterfaceWithoutTerminalTests: XCTestCase {
    func testTheInterfaceRefusesToStartWithoutATerminal() throws {
        let directory = try makeTemporaryDirectory(self)
        let run = try RapportBinary.run(["--data", directory])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("needs a terminal"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "nothing written")
    }
}
