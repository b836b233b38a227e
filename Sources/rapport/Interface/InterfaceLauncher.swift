import Foundation
import RapportCore
import RapportCanvas
import RapportUI
import RapportTerminal

/// Starts the full-screen interface on the user's book (created empty on first run) or on a fresh
/// demo book in a temporary folder.
@MainActor
enum InterfaceLauncher {
    static func run(context: CommandContext, demo: Bool) -> Int32 {
        guard TerminalBackend.isInteractive else {
            Output.error("rapport: the full-screen interface needs a terminal; for scripts use a command (rapport --help)")
            return 2
        }
        CrashReports.prepare(environment: context.environment, now: Date())
        let clock = ClockFromEnvironment.make(context.environment)
        let directory: String
        if demo {
            do {
                directory = try makeDemoBook(clock: clock)
            } catch {
                Output.error("rapport: cannot make the demo book: \(error)")
                return 1
            }
        } else {
            directory = DataDirectory.resolve(explicit: context.globalDataDirectory, environment: context.environment)
        }
        let store: BookStore
        let book: Book
        do {
            (store, book) = try BookStore.open(directory: directory, mode: .session, wait: BookLock.defaultWait)
        } catch {
            // BookStore.open throws only StoreError (typed throws), whose text says what and where.
            Output.error("rapport: \(error.description)")
            return 1
        }
        defer { store.close() }
        // A new book gets its settings file at once, so the folder is recognisably a book.
        do { try store.save(book) } catch { Output.error("rapport: \(error.description)"); return 1 }

        let (config, configPath) = ConfigLocation.load(environment: context.environment)
        let runner = AppRunner(store: store, book: book, environment: AppEnvironment(clock: clock), config: config,
                               configPath: configPath)
        let status = runner.run()
        if demo { Output.out("The demo book stays in \(directory) (open it again with rapport --data \(directory)).") }
        return status
    }

    /// A small demo book as of today in a new temporary folder.
    static func makeDemoBook(clock: any Clock) throws -> String {
        let base = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
        var template = Array((DataDirectory.join(base, "rapport-demo-XXXXXX")).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard let made else { throw StoreError.io(path: base, operation: "create a temporary folder", reason: String(cString: strerror(errno))) }
        let directory = String(cString: made)
        try BookStore.write(DemoBookGenerator(size: .small, seed: 1, today: clock.today).generate(), to: directory)
        return directory
    }
}

/// The clock the program runs on: the system's, or a fixed instant from `RAPPORT_NOW`
/// (ISO 8601, e.g. 2026-11-22T12:00:00Z) so tests and screenshots are reproducible.
enum ClockFromEnvironment {
    static func make(_ environment: [String: String]) -> any Clock {
        if let text = environment["RAPPORT_NOW"], let date = ISO8601DateFormatter().date(from: text) {
            return FixedClock(date, timeZone: TimeZone(identifier: environment["TZ"] ?? "UTC") ?? TimeZone(identifier: "UTC") ?? .current)
        }
        return SystemClock()
    }
}
