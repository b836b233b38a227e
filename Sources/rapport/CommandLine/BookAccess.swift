import Foundation
import Synchronization
import RapportCore

/// Opening the book from a command: writers take the TUI's lock, readers do not; every store
/// problem becomes one line on stderr and exit 1.
enum BookAccess {
    /// How long a command waits for another writer to finish (`--wait SECONDS`, `--no-wait`):
    /// a burst of scripts then queues instead of being refused. Set once, by the global options.
    static let lockWait = Mutex<Double>(BookLock.defaultWait)

    static func openForWriting(_ directory: String) throws(CommandFailure) -> (store: BookStore, book: Book) {
        let opened: (store: BookStore, book: Book)
        do {
            opened = try BookStore.open(directory: directory, mode: .readWrite, wait: lockWait.withLock { $0 })
        } catch {
            throw CommandFailure(error.description)
        }
        for notice in opened.store.notices { Output.error("rapport: " + notice) }
        return opened
    }

    static func load(_ directory: String) throws(CommandFailure) -> Book {
        do {
            return try BookStore.load(directory: directory)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    static func save(_ book: Book, with store: BookStore) throws(CommandFailure) {
        do {
            try store.save(book)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Unwraps a look-up: a missing record or an ambiguous name is exit 1, with the candidates
    /// listed on stderr so the user can run the command again with an id.
    static func require<T>(_ result: LookupResult<T>, _ what: String, _ name: String) throws(CommandFailure) -> T {
        switch result {
        case .found(let record): return record
        case .notFound: throw CommandFailure("no \(what) matches \"\(name)\"")
        case .ambiguous(let candidates):
            for candidate in candidates { Output.error("  " + candidate) }
            throw CommandFailure("\"\(name)\" matches \(candidates.count) records (listed above); name one by its id")
        }
    }
}

/// Writes a command's output to stdout, or atomically to `--out FILE`.
enum CommandOutput {
    static func write(_ bytes: [UInt8], to path: String?) throws(CommandFailure) {
        guard let path else {
            StandardStream.write(bytes, to: STDOUT_FILENO)
            return
        }
        do {
            try ExportFile.write(bytes, to: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
