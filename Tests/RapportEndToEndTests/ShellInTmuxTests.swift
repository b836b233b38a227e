import Foundation
import XCTest

/// The whole path, as a user meets it: the real binary in tmux, keys in, screen out.
final class ShellInTmuxTests: XCTestCase {
    private func startOnDemoBook(width: Int = 100, height: Int = 30) throws -> (TmuxSession, String) {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        let session = try TmuxSession(width: width, height: height,
                                      command: "\(TmuxSession.quote(RapportBinary.path)) --data \(TmuxSession.quote(directory))",
                                      environment: ["RAPPORT_NOW": "2026-11-22T12:00:00Z"])
        try session.waitFor("1 Board")
        return (session, directory)
    }

    func testSwitchViewsHelpPaletteResizeAndQuit() throws {
        let (session, directory) = try startOnDemoBook()
        try session.send("7")
        try session.waitFor("Rapport: a keyboard-driven CRM.")
        try session.waitFor(directory)
        try session.send("?")
        try session.waitFor("Keys: Help")
        try session.send("Escape")
        try session.waitUntilGone("Keys: Help")
        try session.send(":")
        try session.waitFor("┌ Command palette")
        try session.type("show comp")
        try session.send("Enter")
        try session.waitUntilGone("┌ Command palette")
        try session.resize(width: 40, height: 10)
        try session.waitFor("terminal too small")
        try session.resize(width: 100, height: 30)
        try session.waitFor("1 Board")
        try session.send("q")
        let screen = try session.waitFor("[exited 0]")
        XCTAssertFalse(screen.contains("1 Board"), "the terminal is restored: the app's screen is gone\n\(screen)")
    }

    func testCtrlCQuitsAndRestoresTheTerminal() throws {
        let (session, _) = try startOnDemoBook()
        try session.send("C-c")
        let screen = try session.waitFor("[exited 0]")
        XCTAssertFalse(screen.contains("1 Board"), screen)
    }

    func testSIGTERMRestoresTheTerminal() throws {
        let (session, _) = try startOnDemoBook()
        // The pane runs a shell that runs rapport: find rapport among its children.
        let shell = try XCTUnwrap(try session.panePID())
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").compactMap { Int32($0) }
        let rapport = try XCTUnwrap(children.first { pid in
            ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").hasPrefix("rapport")
        })
        kill(rapport, SIGTERM)
        let screen = try session.waitFor("[exited ")
        XCTAssertFalse(screen.contains("1 Board"), screen)
        XCTAssertTrue(screen.contains("[exited 143]"), screen)
    }

    func testASecondInstanceSaysTheBookIsInUse() throws {
        let (session, directory) = try startOnDemoBook()
        let second = try TmuxSession(width: 100, height: 10,
                                     command: "\(TmuxSession.quote(RapportBinary.path)) --data \(TmuxSession.quote(directory))")
        let screen = try second.waitFor("[exited 1]")
        XCTAssertTrue(screen.contains("is in use by rapport (pid"), screen)
        try session.send("q")
        try session.waitFor("[exited 0]")
    }
}
