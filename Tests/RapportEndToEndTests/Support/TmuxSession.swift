import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server (its own socket, `tmux -L <unique>`) running one session, so the tests
/// never touch anyone else's tmux. Killed when the test ends.
final class TmuxSession {
    let socket: String

    static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (already quoted for a shell) in a detached session of the given size.
    init(_ test: XCTestCase, width: Int, height: Int, environment: [String: String] = [:], command: String) throws {
        socket = "rapport-e2e-" + UUID().uuidString.prefix(8).lowercased()
        var arguments = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        // Not captured: the tmux server forked here would hold the pipe open for ever.
        try TmuxSession.tmux(["-L", socket] + arguments, capturing: false)
        // Keep the pane after the program exits, so its exit can be checked and the screen read.
        try run(["set-option", "-g", "remain-on-exit", "on"])
        test.addTeardownBlock { [socket] in
            _ = try? TmuxSession.tmux(["-L", socket, "kill-server"], capturing: false)
        }
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try TmuxSession.tmux(["-L", socket] + arguments)
    }

    @discardableResult
    static func tmux(_ arguments: [String], capturing: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard capturing else {
            spawnAndWait(["tmux"] + arguments)
            return ""
        }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `posix_spawnp` and `waitpid`, for the commands that start the tmux server: Foundation's
    /// `Process` on Linux notices a child's exit through a descriptor the forked server would
    /// inherit and keep open, so `waitUntilExit` would never return.
    private static func spawnAndWait(_ arguments: [String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys)
    }

    /// Sends text literally (no key names).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "0", "-l", text])
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "0"])
    }

    func value(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`; fails with the last screen otherwise.
    @discardableResult
    func waitForScreen(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                       _ description: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting for \(description); screen:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits until the pane's program has exited (the pane is kept, dead) and tmux has collected
    /// its exit status: under load tmux marks the pane dead a moment before it reaps the child.
    func waitForExit(timeout: TimeInterval = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var dead = false
        while Date() < deadline {
            dead = try value("#{pane_dead}") == "1"
            if dead, !(try value("#{pane_dead_status}#{pane_dead_signal}")).isEmpty { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return dead
    }
}

/// Quotes a word for `sh`.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
