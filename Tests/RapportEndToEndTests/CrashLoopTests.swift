import Foundation
import RapportCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at random instants, over and over, while the book is being written: the app's
/// store saving deal edits (as a board move does) and folding its journal in the background,
/// and `rapport add` commands saving beside it (as guests while the app is open, as owners
/// while it is not, some killed themselves mid-save). After each kill the book must load, and
/// every edit that was acknowledged (the app's save returned; the command exited 0) must be in
/// it. A short run is part of `swift test`; `scripts/crash-loop.sh` runs a long one
/// (`RAPPORT_CRASH_ITERATIONS`), see docs/RELIABILITY.md.
///
/// The app's side runs in a child process made of this same test binary (`testWorker`, which
/// does nothing unless `RAPPORT_CRASH_WORKER_BOOK` is set), calling the store exactly as
/// `AppRunner` does: `.session` saves, `outsideEdits` between edits, `compactInBackground`.
final class CrashLoopTests: XCTestCase {
    private static let workerBook = "RAPPORT_CRASH_WORKER_BOOK"
    private static let workerAcks = "RAPPORT_CRASH_WORKER_ACKS"
    private static let workerFirst = "RAPPORT_CRASH_WORKER_FIRST"

    func testEveryAcknowledgedEditSurvivesKillNine() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["RAPPORT_CRASH_ITERATIONS"] ?? "") ?? 6
        let base = try makeTemporaryDirectory(self)
        let directory = base + "/book"
        let acks = base + "/acks"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        FileManager.default.createFile(atPath: acks, contents: nil)
        let worker = try testBinaryPath()
        var ackedContacts: Set<String> = []
        var commandsKilled = 0
        var killsDuringAFold = 0
        var killsWithAJournal = 0
        var appNeverOpened = 0
        var commandNumber = 0
        var generator = SystemRandomNumberGenerator()
        for iteration in 0..<iterations {
            let first = (acknowledgedEdits(acks).values.max() ?? 0) + 2
            let readyBefore = readyLines(acks)
            let app = try spawn(worker, ["RapportEndToEndTests.CrashLoopTests/testWorker"],
                                environment: [Self.workerBook: directory, Self.workerAcks: acks, Self.workerFirst: String(first)])
            // The kill lands once the child is saving (it starts in a few hundred ms), within
            // about 40 saves, so most kills cut a save or a fold rather than a start.
            if !waitUntilReady(acks, moreThan: readyBefore) { appNeverOpened += 1 }
            // Two commands, started at random moments, one of them killed too, at random.
            var commands: [(pid: pid_t, name: String, kill: Bool)] = []
            let deadline = Int.random(in: 20...400, using: &generator)
            var elapsed = 0
            while elapsed < deadline {
                if commands.count < 2, Int.random(in: 0..<4, using: &generator) == 0 {
                    commandNumber += 1
                    let name = "Crash\(commandNumber)"
                    let pid = try spawn(RapportBinary.path, ["--data", directory, "--wait", "30", "add", "contact",
                                                             "--first-name", name, "--last-name", "Loop"])
                    commands.append((pid, name, commands.isEmpty && iteration % 2 == 1))
                }
                usleep(10_000)
                elapsed += 10
            }
            kill(app, SIGKILL)
            _ = waitFor(app)
            for command in commands {
                if command.kill { kill(command.pid, SIGKILL) }
                let status = waitFor(command.pid)
                if status == 0 { ackedContacts.insert(command.name) } else { commandsKilled += 1 }
            }

            // What the kill interrupted: a file being replaced (a fold, or a save's temporary
            // file), edits not folded yet.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if names.contains(where: { $0.contains(".tmp-") }) { killsDuringAFold += 1 }
            if names.contains("journal.jsonl") { killsWithAJournal += 1 }
            let book: Book
            do {
                book = try BookStore.load(directory: directory)
            } catch {
                return XCTFail("iteration \(iteration): the book does not load after kill -9: \(error)")
            }
            let contacts = Set(book.contacts.all.map(\.firstName))
            XCTAssertTrue(ackedContacts.isSubset(of: contacts), "iteration \(iteration): lost \(ackedContacts.subtracting(contacts).sorted())")
            for (id, sequence) in acknowledgedEdits(acks) {
                let notes = book.opportunities[OpportunityID(id)]?.notes ?? ""
                let saved = Int(notes.dropFirst("crash-".count)) ?? -1
                XCTAssertGreaterThanOrEqual(saved, sequence, "iteration \(iteration): \(id) lost its acknowledged edit \(sequence)")
            }
        }
        let edits = (acknowledgedEdits(acks).values.max() ?? 0)
        // The figures for docs/RELIABILITY.md, in the test log.
        print("crash loop: \(iterations) kills, \(acknowledgedLines(acks)) acknowledged app saves (last edit \(edits)), "
              + "\(ackedContacts.count) acknowledged commands, \(commandsKilled) commands killed, "
              + "\(killsDuringAFold) kills left a temporary file (a fold or save cut), \(killsWithAJournal) left a journal")
        XCTAssertGreaterThan(acknowledgedLines(acks), 0, "the app saved something")
        // Commands only ever hold the book briefly: the app waits for them, it is never refused.
        XCTAssertEqual(appNeverOpened, 0, "rounds in which the app could not open the book")
    }

    /// The app's side, in the child: edits deals one save at a time and acknowledges each save
    /// (after `save` returned) with a line "opp-… SEQUENCE" in the acknowledgements file.
    func testWorker() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let directory = environment[Self.workerBook], let acks = environment[Self.workerAcks],
              var sequence = Int(environment[Self.workerFirst] ?? "") else { return }
        let (store, opened) = try BookStore.open(directory: directory, mode: .session, wait: 30)
        var shown = opened
        let ids = shown.opportunities.sortedByID.map(\.id)
        let stages = shown.settings.pipeline.map(\.id)
        let ackFile = open(acks, O_WRONLY | O_APPEND)
        _ = Array("ready\n".utf8).withUnsafeBytes { write(ackFile, $0.baseAddress, $0.count) }
        while !ids.isEmpty {
            if let edits = try store.outsideEdits(mergedInto: shown) { shown = edits.book }
            let id = ids[sequence % ids.count]
            _ = shown.opportunities.update(id) {
                $0.notes = "crash-\(sequence)"
                if !stages.isEmpty { $0.stageID = stages[sequence % stages.count] }
            }
            try store.save(shown)
            // Plain write: kill -9 does not lose what the kernel has; only the save needs fsync.
            let line = Array("\(id.rawValue) \(sequence)\n".utf8)
            _ = line.withUnsafeBytes { write(ackFile, $0.baseAddress, $0.count) }
            if sequence % 3 == 0 { store.compactInBackground() }
            sequence += 1
        }
    }

    private func acknowledgedLines(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0 != "ready" }.count
    }

    private func readyLines(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0 == "ready" }.count
    }

    /// Waits (up to 30 s) until one more child has opened the book.
    private func waitUntilReady(_ path: String, moreThan before: Int) -> Bool {
        for _ in 0..<3000 {
            if readyLines(path) > before { return true }
            usleep(10_000)
        }
        return false
    }

    /// The last acknowledged sequence number of each deal.
    private func acknowledgedEdits(_ path: String) -> [String: Int] {
        var last: [String: Int] = [:]
        for line in ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let sequence = Int(parts[1]) else { continue }
            last[String(parts[0])] = max(last[String(parts[0])] ?? 0, sequence)
        }
        return last
    }

    private func testBinaryPath() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { throw XCTSkip("cannot find the test binary") }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Starts a child with its output thrown away.
    private func spawn(_ path: String, _ arguments: [String], environment extra: [String: String] = [:]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["RAPPORT_HOME"] = nil
        for (key, value) in extra { environment[key] = value }
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, &argv, &envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
        return pid
    }

    /// The exit status, or -1 for a child killed by a signal.
    private func waitFor(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signaled = (status & 0x7f) != 0
        return signaled ? -1 : (status >> 8) & 0xff
    }
}
