import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A fault signal (or SIGQUIT) ends the interface at once: the terminal is restored, the
/// backtrace goes to a crash file under the state directory, its path is printed, and the
/// program dies by the signal, with no interactive prompt over the screen.
final class CrashSignalTmuxTests: XCTestCase {
    private func crashes(with signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let root = try makeTemporaryDirectory(self)
        let directory = root + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let state = root + "/state"
        let recorder = ExitStatusRecorder(directory: root)
        let tmux = try TmuxSession(self, width: 100, height: 30,
                                   environment: ["RAPPORT_NOW": "2026-11-22T12:00:00Z", "XDG_STATE_HOME": state],
                                   command: recorder.wrapping("\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))"))
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("sort:") }
        let shell = try XCTUnwrap(Int32(try tmux.value("#{pane_pid}")))
        let pid = try XCTUnwrap(ExitStatusRecorder.programPID(shellPID: shell), "the program under the shell")
        XCTAssertEqual(kill(pid, signal), 0)
        XCTAssertTrue(try tmux.waitForExit(timeout: 30), "the program ends", file: file, line: line)
        XCTAssertEqual(recorder.status(), String(128 + signal), "it dies by the signal", file: file, line: line)
        XCTAssertEqual(try tmux.value("#{alternate_on}"), "0", "the terminal is restored", file: file, line: line)
        // The long temporary path wraps: read the screen as one line.
        let screen = try tmux.screen().replacingOccurrences(of: "\n", with: "")
        XCTAssertFalse(screen.contains("Press space"), screen, file: file, line: line)
        XCTAssertTrue(screen.contains("the backtrace is in \(state)/rapport/crash-"), screen, file: file, line: line)
        let reports = try FileManager.default.contentsOfDirectory(atPath: state + "/rapport").filter { $0.hasPrefix("crash-") }
        XCTAssertEqual(reports.count, 1, file: file, line: line)
        let report = try String(contentsOfFile: state + "/rapport/" + (reports.first ?? ""), encoding: .utf8)
        XCTAssertTrue(report.contains("Thread 0"), report, file: file, line: line)
        XCTAssertTrue(screen.contains(reports.first ?? "?"), screen, file: file, line: line)
    }

    func testSegmentationFaultRestoresTheTerminalAndLeavesACrashFile() throws {
        try crashes(with: SIGSEGV)
    }

    func testQuitSignalRestoresTheTerminalAndLeavesACrashFile() throws {
        try crashes(with: SIGQUIT)
    }
}
