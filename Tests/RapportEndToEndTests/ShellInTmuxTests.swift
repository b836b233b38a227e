import Foundation
import XCTest

/// The ways out of the interface, as a user meets them: the real binary in tmux. (Views, help,
/// palette, resize and `q` are covered by BoardTmuxTests.)
final class ShellInTmuxTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        return directory
    }

    /// Runs rapport under a shell that prints its exit status when it ends (tmux does not always
    /// record the status of a pane's program).
    private func start(_ directory: String, waitForInterface: Bool = true) throws -> TmuxSession {
        let line = "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory)); echo \"[exited $?]\"; sleep 60"
        let tmux = try TmuxSession(self, width: 100, height: 30, environment: ["RAPPORT_NOW": now],
                                   command: "sh -c \(shellQuoted(line))")
        if waitForInterface { try tmux.waitForScreen("the interface") { $0.contains("1 Board") } }
        return tmux
    }

    func testCtrlCQuitsWithStatusZero() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let tmux = try start(try demoBook())
        try tmux.send("C-c")
        let screen = try tmux.waitForScreen("the exit") { $0.contains("[exited ") }
        XCTAssertTrue(screen.contains("[exited 0]"), screen)
        XCTAssertFalse(screen.contains("1 Board"), "the interface's screen is gone")
    }

    func testSIGTERMRestoresTheTerminalAndExitsBySignal() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let tmux = try start(try demoBook())
        // The pane runs sh, which runs rapport: signal rapport itself.
        let shell = try XCTUnwrap(Int32(try tmux.value("#{pane_pid}")))
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").compactMap { Int32($0) }
        let rapport = try XCTUnwrap(children.first)
        kill(rapport, SIGTERM)
        let screen = try tmux.waitForScreen("the exit") { $0.contains("[exited ") }
        XCTAssertTrue(screen.contains("[exited 143]"), "128 + SIGTERM\n\(screen)")
        XCTAssertFalse(screen.contains("1 Board"), "the terminal is restored")
    }

    func testASecondInstanceSaysTheBookIsInUse() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let first = try start(directory)
        let second = try start(directory, waitForInterface: false)
        let message = try second.waitForScreen("the refusal") { $0.contains("[exited ") }
        XCTAssertTrue(message.contains("[exited 1]"), message)
        XCTAssertTrue(message.replacingOccurrences(of: "\n", with: "").contains("is in use by rapport (pid"), message)
        try first.send("q")
        try first.waitForScreen("the first one's exit") { $0.contains("[exited 0]") }
    }
}
