import Foundation
import RapportCore
import Synchronization
import XCTest

/// The real binary with other writers: bursts of scripts queue for the book instead of being
/// refused, and commands save while the full-screen app is open, which shows their edits.
final class ManyWritersEndToEndTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    private static func add(_ directory: String, _ first: String, _ options: [String] = []) throws -> RapportRun {
        try RapportBinary.run(options + ["--data", directory, "add", "contact", "--first-name", first, "--last-name", "Burst"])
    }

    func testFiveScriptsAddingTwentyContactsEachAllSucceed() throws {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 5) { script in
            for index in 0..<20 {
                do {
                    let run = try ManyWritersEndToEndTests.add(directory, "S\(script)N\(index)")
                    if run.status != 0 { failures.withLock { $0.append(run.stderr) } }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, [])
        let book = try BookStore.load(directory: directory)
        XCTAssertEqual(book.contacts.count, 100)
        XCTAssertEqual(Set(book.contacts.all.map(\.firstName)).count, 100)
    }

    func testNoWaitGivesUpAtOnceAndWaitSaysHowLongItWaited() throws {
        let directory = try makeTemporaryDirectory(self) + "/book"
        XCTAssertEqual(try Self.add(directory, "First").status, 0)
        let held = try BookLock.acquire(directory: directory, program: "test")
        defer { held.release() }
        let refused = try Self.add(directory, "Second", ["--no-wait"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("in use by test (pid \(getpid()))"), refused.stderr)
        let waited = try Self.add(directory, "Third", ["--wait", "0.5"])
        XCTAssertEqual(waited.status, 1)
        XCTAssertTrue(waited.stderr.contains("in use by test (pid \(getpid()))") && waited.stderr.contains("waited 0.5 s"), waited.stderr)
        let usage = try Self.add(directory, "Fourth", ["--wait", "soon"])
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.stderr.contains("--wait needs a number of seconds"), usage.stderr)
    }

    func testACommandSavesWhileTheAppIsOpenAndBothEditsAreKept() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try makeTemporaryDirectory(self) + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("Negotiation") && $0.contains("sort:") }

        let added = try RapportBinary.run(["--data", directory, "add", "contact", "--first-name", "Zebulon", "--last-name", "Outsider"],
                                          environment: ["RAPPORT_NOW": now])
        XCTAssertEqual(added.status, 0, added.stderr)
        try tmux.waitForScreen("the app saying a change came in") { $0.contains("1 change from another program") }
        try tmux.send("2")
        try tmux.waitForScreen("the contacts view") { $0.contains("search names") }
        try tmux.send("/")
        try tmux.type("zebulon")
        try tmux.waitForScreen("the new contact, without a restart") { $0.contains("Zebulon Outsider") }
        try tmux.send("Escape")
        // Esc and a key read together are Alt and that key (as in every curses program): wait
        // for the Esc to be taken before the next key, as a person does on a loaded machine.
        try tmux.waitForScreen("the search closed") { !$0.contains("/ zebulon") }
        try tmux.send("1")
        try tmux.waitForScreen("the board again") { $0.contains("Qualified") && $0.contains("sort:") }
        try tmux.send(">")
        try tmux.waitForScreen("the move's message") { $0.contains("Moved ") && $0.contains(" to Qualified") }
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")

        let contacts = try String(contentsOfFile: directory + "/contacts.json", encoding: .utf8)
        XCTAssertTrue(contacts.contains("\"Zebulon\""), "the command's contact is in the saved JSON")
        let opportunities = try String(contentsOfFile: directory + "/opportunities.json", encoding: .utf8)
        XCTAssertTrue(opportunities.contains(now), "the app's move is in the saved JSON")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/journal.jsonl"), "folded at close")
    }
}
