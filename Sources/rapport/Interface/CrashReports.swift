import Foundation
import RapportCore
import RapportTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Where a crash of the full-screen interface is reported: the Swift runtime's backtracer writes
/// the backtrace to a file under the state directory instead of printing it, with a prompt,
/// over the screen; the crash handler restores the terminal first and then prints the file's path.
///
/// The backtracer reads `SWIFT_BACKTRACE` once, as the process starts, so the interface sets it
/// and executes itself again (same pid, same arguments). A `SWIFT_BACKTRACE` the user set is
/// left alone.
@MainActor
enum CrashReports {
    /// Set (with the file's path) for the re-executed process, so it does not start over.
    static let marker = "RAPPORT_CRASH_REPORT"

    /// The backtracer's settings for a report written to `path`: no interaction, no colour
    /// codes in the file. A path the settings syntax cannot carry (a comma) goes to stderr,
    /// which is the restored terminal by then.
    static func backtraceSettings(reportPath path: String) -> String {
        let target = path.contains(",") || path.contains("=") ? "stderr" : path
        return "interactive=no,color=no,output-to=\(target)"
    }

    /// `crash-<time>-<pid>.txt` in the state directory.
    static func reportPath(stateDirectory: String, at date: Date, pid: Int32) -> String {
        DataDirectory.join(stateDirectory, "crash-\(timestamp(date))-\(pid).txt")
    }

    /// `20261122-120000` (UTC): for file names that sort by time.
    nonisolated static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    /// Call first when the interface starts. Either executes the program again with the settings
    /// (and does not return), or arms the crash note of this process.
    static func prepare(environment: [String: String], now: Date) {
        if let path = environment[marker] {
            // The re-executed process: the runtime has read the settings; children need neither.
            unsetenv(marker)
            unsetenv("SWIFT_BACKTRACE")
            TerminalBackend.setCrashNote(Messages.crashReportWritten.text(["path": path]) + "\n")
            return
        }
        guard environment["SWIFT_BACKTRACE"] == nil else { return }
        let directory = StateDirectory.resolve(environment: environment)
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])) != nil else { return }
        let path = reportPath(stateDirectory: directory, at: now, pid: getpid())
        setenv("SWIFT_BACKTRACE", backtraceSettings(reportPath: path), 1)
        setenv(marker, path, 1)
        var argv: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", argv)
        // Not executed again (no /proc): carry on, the backtracer as it was.
        for pointer in argv { free(pointer) }
        unsetenv("SWIFT_BACKTRACE")
        unsetenv(marker)
    }
}

/// Where the program keeps state that is not the user's data (crash reports, recovery copies):
/// `$XDG_STATE_HOME/rapport`, else `~/.local/state/rapport`.
enum StateDirectory {
    static func resolve(environment: [String: String]) -> String {
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return DataDirectory.join(xdg, "rapport") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return DataDirectory.join(home, ".local/state/rapport")
    }
}
