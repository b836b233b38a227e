import Foundation
import RapportCore
import XCTest

/// config.json in the real program: a rebound board key does its action (checked in the saved
/// JSON), and a broken file still opens the book, with a message naming the line.
final class ConfigTmuxTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        return directory
    }

    private func writeConfig(_ text: String) throws -> String {
        let path = try makeTemporaryDirectory(self) + "/config.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testAReboundBoardKeyMarksTheDealWon() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let before = try BookStore.load(directory: directory)
        let config = try writeConfig(#"{ "keys": { "board": { "markWon": ["w"] } } }"#)
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now, "RAPPORT_CONFIG": config],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("sort:") }
        try tmux.send("W")
        try tmux.send("w")
        let screen = try tmux.waitForScreen("the deal won, or the open-tasks question") { $0.contains("Won ") || $0.contains("Open tasks") }
        if screen.contains("Open tasks") {
            try tmux.send("n")
            try tmux.waitForScreen("the deal won") { $0.contains("Won ") && !$0.contains("Open tasks") }
        }
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")

        let after = try BookStore.load(directory: directory)
        let wonBefore = before.opportunities.all.filter { $0.status == .won }.count
        let wonAfter = after.opportunities.all.filter { $0.status == .won }.count
        XCTAssertEqual(wonAfter, wonBefore + 1, "w marked one deal won (and W, unbound now, did nothing)")
    }

    func testABrokenConfigOpensWithAMessageNamingTheLine() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let config = try writeConfig("{\n  \"keys\": {\n    \"board\": { \"markWon\": [\"ctrl-\"] }\n  }\n}\n")
        let tmux = try TmuxSession(self, width: 160, height: 36, environment: ["RAPPORT_NOW": now, "RAPPORT_CONFIG": config],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        let screen = try tmux.waitForScreen("the config message") { $0.contains("config.json") && $0.contains("line 3") }
        XCTAssertTrue(screen.contains("Qualified"), "the board is open: \(screen)")
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")
    }

    func testConfigCheckPrintsTheLineAndFails() throws {
        let config = try writeConfig("{\n  \"theme\": { \"accent\": \"cyann\" }\n}\n")
        let check = try RapportBinary.run(["config", "check", config])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains("line 2:") && check.stdout.contains("cyann"), check.stdout)
        let defaults = try RapportBinary.run(["config", "--defaults"])
        XCTAssertEqual(defaults.status, 0)
        let good = try writeConfig(defaults.stdout)
        XCTAssertEqual(try RapportBinary.run(["config", "check", good]).status, 0)
    }
}
