import Foundation

/// tmux loses a pane's `pane_dead_status` and `pane_dead_signal` when the pane's terminal closes
/// before tmux reaps the child, which happens under load. A test that checks how the program
/// ended runs it under a shell that writes its status to a file instead (128+n for a signal,
/// as shells report it), and sends signals to the shell's child, the program itself.
struct ExitStatusRecorder {
    let statusFile: String

    init(directory: String) {
        statusFile = directory + "/exit-status"
    }

    init(statusFile: String) {
        self.statusFile = statusFile
    }

    /// `command` run by `/bin/sh`, which writes the program's exit status to `statusFile`.
    func wrapping(_ command: String) -> String {
        "/bin/sh -c " + shellQuoted("\(command); echo $? > \(shellQuoted(statusFile))")
    }

    /// The status the shell wrote, waiting up to `timeout` seconds for it; "" if none came.
    func status(timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return ""
    }

    /// The program's pid: the one child of the shell that is the pane's process.
    static func programPID(shellPID: Int32) -> Int32? {
        let children = (try? String(contentsOfFile: "/proc/\(shellPID)/task/\(shellPID)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }
}
