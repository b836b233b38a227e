import Foundation
import RapportCore
import XCTest

/// A save that fails (as on a full disk) and then `q`:
/// the app asks, and the chosen way out keeps the edit or says it is gone, with a status that
/// is not 0.
final class UnsavedQuitTmuxTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    func startWithAFailingSave() throws -> (tmux: TmuxSession, book: String, state: String, before: Book) {
        try startWithAFailingSave(statusFile: nil)
    }

    /// With a `statusFile`, a shell runs the program and writes its exit status there: tmux's
    /// `pane_dead_status` is lost when the pane's terminal closes before tmux reaps the child,
    /// which happens under load.
    func startWithAFailingSave(statusFile: String?) throws -> (tmux: TmuxSession, book: String, state: String, before: Book) {
        let root = try makeTemporaryDirectory(self)
        let directory = root + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let before = try BookStore.load(directory: directory)
        let state = root + "/state"
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now, "XDG_STATE_HOME": state],
                                   command: command(directory: directory, statusFile: statusFile))
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("sort:") }
        // From now on the next save's journal line cannot be written, even by root: the journal's
        // name is taken by a folder. (/dev/full gives the real "No space left on device", but its
        // endless zeros hang the journal's reader.)
        try FileManager.default.createDirectory(atPath: directory + "/journal.jsonl", withIntermediateDirectories: false)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: directory + "/journal.jsonl") }
        try tmux.send(">")
        try tmux.waitForScreen("the failed save") { $0.contains("Not saved:") && $0.contains("journal.jsonl") }
        try tmux.send("q")
        try tmux.waitForScreen("the question") { $0.contains("Unsaved changes") && $0.contains("Discard them and quit") }
        return (tmux, directory, state, before)
    }

    func command(directory: String, statusFile: String?) -> String {
        let program = "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))"
        guard let statusFile else { return program }
        return ExitStatusRecorder(statusFile: statusFile).wrapping(program)
    }

    func recordedStatus(_ statusFile: String) -> String {
        ExitStatusRecorder(statusFile: statusFile).status()
    }

    /// The screen and what scrolled off it, wrapped lines joined: the note after the program
    /// starts on the bottom line, where the interface left the cursor.
    func everything(_ tmux: TmuxSession) throws -> String {
        try tmux.run(["capture-pane", "-p", "-J", "-S", "-", "-t", "0"])
    }

    func testKeepingARecoveryCopyWritesTheBookAsShownAndSaysWhere() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let statusFile = try makeTemporaryDirectory(self) + "/status"
        let (tmux, directory, state, before) = try startWithAFailingSave(statusFile: statusFile)
        try tmux.send("r")
        try tmux.waitForScreen("the retry's failure") { $0.contains("Still not saved") }
        try tmux.send("k")
        XCTAssertTrue(try tmux.waitForExit(), "k quits")
        XCTAssertEqual(recordedStatus(statusFile), "3", "not 0: the book does not hold the change")
        let screen = try everything(tmux)
        XCTAssertTrue(screen.contains("NOT in the book"), screen)
        XCTAssertTrue(screen.contains(state + "/rapport/recovery/book-"), screen)

        let copies = try FileManager.default.contentsOfDirectory(atPath: state + "/rapport/recovery")
        XCTAssertEqual(copies.count, 1)
        let copy = try BookStore.load(directory: state + "/rapport/recovery/" + (copies.first ?? ""))
        let moved = copy.opportunities.all.filter { $0.stageID != before.opportunities[$0.id]?.stageID }
        XCTAssertEqual(moved.map(\.stageID), ["qualified"], "the copy has the move the screen showed")
        try FileManager.default.removeItem(atPath: directory + "/journal.jsonl")
        XCTAssertEqual(try BookStore.load(directory: directory), before, "the book itself is as last saved")
    }

    func testDiscardingSaysSoAndDoesNotExitZero() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let statusFile = try makeTemporaryDirectory(self) + "/status"
        let (tmux, _, _, _) = try startWithAFailingSave(statusFile: statusFile)
        try tmux.send("Escape")
        try tmux.waitForScreen("back on the board") { !$0.contains("Unsaved changes") && $0.contains("Qualified") }
        try tmux.send("q")
        try tmux.waitForScreen("the question again") { $0.contains("Unsaved changes") }
        try tmux.send("d")
        XCTAssertTrue(try tmux.waitForExit(), "d quits")
        XCTAssertEqual(recordedStatus(statusFile), "4")
        XCTAssertTrue(try everything(tmux).contains("unsaved changes were discarded"))
    }
}

extension UnsavedQuitTmuxTests {
    /// SIGTERM saves and exits 128+15 as before; with no one to ask, edits the save refused go
    /// to a recovery copy.
    func testTerminationWithAFailedSaveKeepsARecoveryCopy() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let statusFile = try makeTemporaryDirectory(self) + "/status"
        let (tmux, _, state, _) = try startWithAFailingSave(statusFile: statusFile)
        try tmux.send("Escape")
        let shell = try XCTUnwrap(Int32(try tmux.value("#{pane_pid}")))
        let pid = try XCTUnwrap(ExitStatusRecorder.programPID(shellPID: shell), "the program under the shell")
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        XCTAssertTrue(try tmux.waitForExit(), "SIGTERM ends the program")
        XCTAssertEqual(recordedStatus(statusFile), "143")
        XCTAssertTrue(try everything(tmux).contains("NOT in the book"))
        let copies = try FileManager.default.contentsOfDirectory(atPath: state + "/rapport/recovery")
        XCTAssertEqual(copies.count, 1)
    }
}
