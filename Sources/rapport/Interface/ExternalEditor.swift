import Foundation
import RapportCore
#if canImport(Glibc)
import Glibc
#endif

/// Long text edited in the user's own editor, as git and mutt do.
enum ExternalEditor {
    struct Failure: Error { let message: String }

    /// `$VISUAL`, else `$EDITOR`, else vi; may carry arguments ("code -w", "vim -u NONE").
    static func command(environment: [String: String]) -> String {
        [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    }

    /// The words to spawn: the shell splits the editor's arguments, and the path arrives as `$1`,
    /// so no file name is ever parsed by the shell (git does the same).
    static func arguments(editor: String, path: String) -> [String] {
        ["/bin/sh", "-c", editor + " \"$1\"", editor, path]
    }

    /// Call with the terminal in its normal mode (`TerminalBackend.runExternal`).
    static func edit(_ text: String, environment: [String: String]) -> Result<String, Failure> {
        let editor = command(environment: environment)
        let path = NSTemporaryDirectory() + "rapport-edit-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failure(Failure(message: Messages.editorCannotWrite.text(["path": path])))
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let status: Int32
        switch ForegroundChild.run(arguments(editor: editor, path: path)) {
        case .failure(let error):
            return .failure(Failure(message: Messages.editorCannotRun.text(["editor": editor, "reason": error.reason])))
        case .success(let exit):
            status = exit
        }
        guard status == 0 else {
            return .failure(Failure(message: Messages.editorExitStatus.text(["editor": editor, "status": status])))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Failure(message: Messages.editorCannotRead.text(["path": path])))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}

/// A child that uses the terminal: spawned with `posix_spawn` in Rapport's own process group,
/// which is the terminal's foreground group, so it may read and configure the terminal.
/// (Foundation's `Process` puts the child in a group of its own: an editor reading /dev/tty
/// from there is stopped by SIGTTIN, or gets EIO when no shell does job control.)
enum ForegroundChild {
    struct SpawnError: Error { let reason: String }

    /// Runs the program and waits for it; returns its exit status (128+n when killed by signal n).
    static func run(_ arguments: [String]) -> Result<Int32, SpawnError> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The parent ignores Ctrl-C and Ctrl-\ while it waits (the editor gets them); the child
        // starts with every signal at its default action and none blocked.
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ)
        guard spawned == 0 else { return .failure(SpawnError(reason: String(cString: strerror(spawned)))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return .failure(SpawnError(reason: String(cString: strerror(errno)))) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = status & 0x7F
        return .success(signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }
}
