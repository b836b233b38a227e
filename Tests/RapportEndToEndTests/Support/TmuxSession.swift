import Foundation
import XCTest

/// The real binary in a real terminal: a tmux server of its own (a private socket, so tests never
/// touch the user's tmux or each other's), keys sent with send-keys, the screen read with
/// capture-pane.
final class TmuxSession {
    let socket: String
    let name = "rapport"
    private(set) var isRunning = false

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (a shell command line) in a detached session of the given size.
    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        socket = "rapport-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        // `exec` so the pane's process is rapport itself; when it ends, the pane shows its exit.
        let line = "env TERM=xterm-256color \(exports) \(command); echo \"[exited $?]\"; sleep 30"
        // The first command starts the tmux server, which would inherit a pipe and keep it open
        // forever: give it no pipe to inherit.
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), line], captureOutput: false)
        isRunning = true
    }

    deinit { _ = try? tmux(["kill-server"], captureOutput: false) }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Not through Foundation's Process: the first command starts the tmux server, a daemon that
    /// inherits the client's descriptors, and Process then never sees the client end. A plain
    /// posix_spawn + waitpid, with output going to a file, has nothing for the daemon to hold.
    @discardableResult
    func tmux(_ arguments: [String], captureOutput: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, captureOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard captureOutput else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Sends keys as tmux names them ("Escape", "C-c", "q", "Tab").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program in the pane.
    func panePID() throws -> Int32? {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until the screen contains `text` (the program draws asynchronously).
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("screen never showed \"\(text)\"; last screen:\n\(last)", file: file, line: line)
        return last
    }

    func waitUntilGone(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("screen still shows \"\(text)\":\n\(last)", file: file, line: line)
    }
}
