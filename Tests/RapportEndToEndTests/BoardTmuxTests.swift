import Foundation
import RapportCore
import XCTest

/// The real program in a real terminal (tmux): keys in, screen out, data saved.
final class BoardTmuxTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        return directory
    }

    func testMovingACardIsSavedWithItsHistory() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let before = try BookStore.load(directory: directory)
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("Negotiation") && $0.contains("sort:") }
        let pid = try XCTUnwrap(Int32(try tmux.value("#{pane_pid}")))

        try tmux.send(">")
        let screen = try tmux.waitForScreen("the move's message") { $0.contains("Moved ") && $0.contains(" to Qualified") }
        XCTAssertTrue(screen.contains("saved"), screen)
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")
        let status = try tmux.value("#{pane_dead_status}")
        XCTAssertTrue(status == "0" || status.isEmpty, "exit status \(status)") // tmux may not have reaped it yet
        XCTAssertTrue(processIsGone(pid), "the process is gone")

        let after = try BookStore.load(directory: directory)
        let moment = try XCTUnwrap(ISO8601DateFormatter().date(from: now))
        let moved = after.opportunities.all.filter { $0.stageHistory.last?.enteredAt == moment }
        XCTAssertEqual(moved.count, 1, "one card moved")
        let card = try XCTUnwrap(moved.first)
        XCTAssertEqual(card.stageID, "qualified", "in its new column")
        XCTAssertEqual(card.stageHistory.last?.stageID, "qualified")
        let original = try XCTUnwrap(before.opportunities[card.id])
        XCTAssertEqual(original.stageID, "new")
        XCTAssertEqual(card.stageHistory.dropLast(), original.stageHistory[...], "the history is kept and extended")
        XCTAssertTrue(screen.contains(card.title.prefix(10)), "the message names the card")

        // Reopened, the board shows it in Qualified with the rest of the book unchanged.
        XCTAssertEqual(after.opportunities.count, before.opportunities.count)
    }

    /// Issue 13: under "next activity", planning a step moves the card down its column; the
    /// focus goes with it, so `c` opens that deal's contact and `p` promotes that contact (not
    /// the one of the card that took its row). Checked in the saved JSON.
    func testAfterPlanningAStepTheNextKeysActOnTheSameDeal() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let before = try BookStore.load(directory: directory)
        // Deals without a next step come first; the focused one gets one and sorts after them all.
        let planned = Set(before.activities.all.filter(\.isOpenTask).compactMap(\.opportunityID))
        let withoutStep = before.opportunities.all.filter { $0.status == .open && $0.stageID == "new" && !planned.contains($0.id) }
        XCTAssertGreaterThanOrEqual(withoutStep.count, 2, "the card has somewhere to move to")

        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("sort: next activity") }
        try tmux.send("t")
        try tmux.waitForScreen("the task form") { $0.contains("Next step:") }
        try tmux.send("Tab")
        try tmux.type("E2E follow-up")
        try tmux.send("Enter")
        try tmux.waitForScreen("the planned message") { $0.contains("Planned E2E follow-up for") }
        try tmux.send("c")
        try tmux.waitForScreen("the contacts view") { !$0.contains("sort: next activity") }
        try tmux.send("p")
        try tmux.waitForScreen("the promotion's message") { $0.contains(" → ") }
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")

        let after = try BookStore.load(directory: directory)
        let moment = try XCTUnwrap(ISO8601DateFormatter().date(from: now))
        let task = try XCTUnwrap(after.activities.all.first { $0.summary == "E2E follow-up" })
        let deal = try XCTUnwrap(task.opportunityID.flatMap { after.opportunities[$0] })
        XCTAssertTrue(withoutStep.contains { $0.id == deal.id }, "the step went to the first card, one without a next step")
        let promoted = after.contacts.all.filter { $0.lifecycleHistory.last?.enteredAt == moment }
        XCTAssertEqual(promoted.map(\.id), [try XCTUnwrap(deal.contactID)], "c opened the planned deal's contact")
    }

    func testThePausedAppFoldsTheJournalInTheBackground() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let journal = directory + "/journal.jsonl"
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("Negotiation") && $0.contains("sort:") }
        try tmux.send(">")
        try tmux.waitForScreen("the move's message") { $0.contains("Moved ") && $0.contains(" to Qualified") }
        let moved = try BookStore.load(directory: directory)
        // With no key for a moment, the app folds the journal while it stays open.
        let deadline = Date().addingTimeInterval(30)
        while FileManager.default.fileExists(atPath: journal), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "folded while idle")
        XCTAssertEqual(try tmux.value("#{pane_dead}"), "0", "the app is still open")
        XCTAssertEqual(try BookStore.load(directory: directory), moved)
        // A later edit journals again, and quitting folds it.
        try tmux.send(">")
        try tmux.waitForScreen("the second move") { $0.contains("Moved ") && $0.contains(" to Meeting") }
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "folded at close")
        let after = try BookStore.load(directory: directory)
        XCTAssertNotEqual(after, moved)
        XCTAssertEqual(after.opportunities.count, moved.opportunities.count)
    }

    func testShellSwitchesViewsOverlaysResizeAndRestoresTheTerminal() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try demoBook()
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now], command: "sh")
        try tmux.waitForScreen("the shell's prompt") { !$0.allSatisfy(\.isWhitespace) }
        // A prompt of our own (sh ignores PS1 from the environment for root).
        try tmux.type("PS1='shell-ready$ '")
        try tmux.send("Enter")
        try tmux.waitForScreen("the shell") { $0.contains("shell-ready$") }
        try tmux.type("\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.send("Enter")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Negotiation") && $0.contains("sort:") }
        XCTAssertEqual(try tmux.value("#{pane_current_command}"), "rapport")

        try tmux.send("2")
        try tmux.waitForScreen("the contacts view") { !$0.contains("sort: next activity") }
        try tmux.send("1")
        try tmux.waitForScreen("the board again") { $0.contains("sort: next activity") }
        try tmux.send("?")
        try tmux.waitForScreen("the help overlay") { $0.contains("Keys: Board") }
        try tmux.send("Escape")
        try tmux.waitForScreen("the help closed") { !$0.contains("Keys: Board") }
        try tmux.send(":")
        try tmux.waitForScreen("the palette") { $0.contains("type to search commands") }
        try tmux.send("Escape")
        try tmux.waitForScreen("the palette closed") { !$0.contains("type to search commands") }

        try tmux.run(["resize-window", "-t", "0", "-x", "40", "-y", "10"])
        try tmux.waitForScreen("the too-small notice") { $0.contains("terminal too small") }
        try tmux.run(["resize-window", "-t", "0", "-x", "120", "-y", "36"])
        try tmux.waitForScreen("the board after the resize") { $0.contains("Negotiation") && $0.contains("sort:") }

        try tmux.send("q")
        let shell = try tmux.waitForScreen("the shell back") { $0.contains("shell-ready$") && !$0.contains("Negotiation") }
        XCTAssertTrue(shell.contains("--data"), "the command line is back on screen: the terminal is restored")
        XCTAssertNotEqual(try tmux.value("#{pane_current_command}"), "rapport", "the process is gone")
    }
}


/// Gone, or a zombie its parent has not collected yet: either way it no longer runs.
func processIsGone(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return true }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let close = stat.lastIndex(of: ")") else { return true }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
}
