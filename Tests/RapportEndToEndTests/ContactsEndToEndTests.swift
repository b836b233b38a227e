import Foundation
import XCTest

/// The contacts work seen from outside: the real binary, its files, and tmux for the screen.
final class ContactsEndToEndTests: XCTestCase {
    private let now = ["RAPPORT_NOW": "2026-11-22T12:00:00Z"]

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let run = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return directory
    }

    private func allFiles(_ directory: String) throws -> String {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted().map { name in
            (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
        }.joined(separator: "\n")
    }

    func testExportThenEraseLeavesNoPersonalFieldInTheFolder() throws {
        let book = try demoBook()
        let export = try RapportBinary.run(["gdpr", "export", "con-000021", "--data", book], environment: now)
        XCTAssertEqual(export.status, 0, export.stderr)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let contact = try XCTUnwrap(document["contact"] as? [String: Any])
        let name = "\(contact["firstName"] as? String ?? "") \(contact["lastName"] as? String ?? "")"
        let emails = (contact["emails"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        let phones = (contact["phones"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        XCTAssertFalse(emails.isEmpty)
        XCTAssertFalse((document["purchases"] as? [Any] ?? []).isEmpty, "the export holds the linked records")
        let purchasesBefore = try String(contentsOfFile: book + "/purchases.json", encoding: .utf8)
        XCTAssertTrue(try allFiles(book).contains(emails[0]))

        let refused = try RapportBinary.run(["gdpr", "erase", "con-000021", "--data", book])
        XCTAssertEqual(refused.status, 2, "erasing needs --yes")
        let erase = try RapportBinary.run(["gdpr", "erase", emails[0], "--data", book, "--yes"], environment: now)
        XCTAssertEqual(erase.status, 0, erase.stderr)

        let files = try allFiles(book)
        for personal in [name, "con-000021"] + emails + phones {
            XCTAssertFalse(files.localizedCaseInsensitiveContains(personal), "\(personal) is still in the data folder")
        }
        // The purchases stay with their amounts and dates: reports stay true.
        let purchasesAfter = try String(contentsOfFile: book + "/purchases.json", encoding: .utf8)
        XCTAssertEqual(purchasesAfter.components(separatedBy: "\"amount\"").count, purchasesBefore.components(separatedBy: "\"amount\"").count)
        let check = try RapportBinary.run(["check", "--data", book])
        XCTAssertEqual(check.status, 0, check.stderr)
    }

    /// Search a contact by a few letters, open it, log a call, quit, find the call in the JSON.
    func testSearchOpenLogACallInTmux() throws {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("tmux is not installed") }
        let book = try demoBook()
        let socket = "contacts-e2e-\(UUID().uuidString.prefix(8))"
        // Not through Foundation's Process: the first command starts the tmux server, a daemon that
        // inherits the client's descriptors, and Process then never sees the client end. A plain
        // posix_spawn + waitpid with output to a file leaves the daemon nothing to hold.
        func tmuxRun(_ arguments: [String]) throws -> String {
            let outputPath = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
            defer { unlink(outputPath) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            var cArguments = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
            defer { for pointer in cArguments { free(pointer) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, tmux, &actions, nil, &cArguments, environ)
            guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        }
        addTeardownBlock { _ = try? tmuxRun(["kill-server"]) }
        let command = "env TERM=xterm-256color RAPPORT_NOW=2026-11-22T12:00:00Z '\(RapportBinary.path)' --data '\(book)'; echo \"[exited $?]\"; sleep 5"
        _ = try tmuxRun(["new-session", "-d", "-s", "e2e", "-x", "80", "-y", "24", command])
        func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
            for _ in 0..<100 {
                if try tmuxRun(["capture-pane", "-t", "e2e", "-p"]).contains(text) { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            XCTFail("the screen never showed \"\(text)\":\n\(try tmuxRun(["capture-pane", "-t", "e2e", "-p"]))", file: file, line: line)
            throw XCTSkip("giving up")
        }
        func keys(_ keys: String...) throws { _ = try tmuxRun(["send-keys", "-t", "e2e"] + keys) }
        func type(_ text: String) throws { _ = try tmuxRun(["send-keys", "-t", "e2e", "-l", text]) }

        try waitFor("Contacts")
        try keys("2")
        try waitFor("search names")
        try keys("/")
        try type("giusan")
        try waitFor("Giulia Santoro")
        try keys("Enter")
        try waitFor("Profile")
        try keys("a")
        try waitFor("Log an interaction")
        try keys("Tab", "Tab")
        try type("Called from the tmux test")
        try keys("Enter")
        try waitFor("Logged phone")
        try keys("q")
        // The program has ended (so its last save, and the journal's compaction, are done).
        try waitFor("[exited 0]")

        let activities = try String(contentsOfFile: book + "/activities.json", encoding: .utf8)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(activities.utf8)) as? [String: Any], "activities.json: \(activities.prefix(300)) … \(activities.suffix(300))")
        let records = try XCTUnwrap(document["records"] as? [[String: Any]] ?? document["activities"] as? [[String: Any]],
                                    "activities.json keys: \(document.keys.sorted())")
        let call = try XCTUnwrap(records.first { $0["summary"] as? String == "Called from the tmux test" })
        XCTAssertEqual(call["contactID"] as? String, "con-000021")
        XCTAssertEqual(call["channel"] as? String, "phone")
        XCTAssertEqual(call["occurredAt"] as? String, "2026-11-22T12:00:00Z")
    }
}
