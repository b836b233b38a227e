import Foundation
import RapportCanvas
import RapportCore
import Synchronization

/// What a computed report depends on: which report, its period, and the state of the book
/// (every table a report reads has a revision that changes with each edit, undo included).
struct ReportCacheKey: Hashable, Sendable {
    let kind: ReportKind
    let period: ReportPeriod
    let revisions: [Int]
    let settings: Settings

    init(kind: ReportKind, period: ReportPeriod, book: Book) {
        self.kind = kind
        self.period = period
        self.revisions = [book.contacts.revision, book.opportunities.revision, book.activities.revision,
                          book.purchases.revision, book.surveys.revision]
        self.settings = book.settings
    }
}

/// The reports computed so far for the book as it is: a report is computed when it is first
/// shown for a period, not on every frame. Held by `ReportsState`, but a memo, not state: copies
/// of the state share it, and what it holds follows from the key alone. The lock keeps it
/// `Sendable`.
final class ReportCache: Sendable {
    private struct Storage {
        var results: [ReportCacheKey: ReportResult] = [:]
        var computations = 0
    }

    private let storage = Mutex(Storage())
    /// A few periods of a few reports; a changed book makes every entry stale anyway.
    static let capacity = 24

    /// How many reports were computed (tests check that frames do not recompute).
    var computations: Int { storage.withLock { $0.computations } }

    func result(for key: ReportCacheKey, book: Book) -> ReportResult {
        if let hit = storage.withLock({ $0.results[key] }) { return hit }
        let result = ReportResult.compute(key.kind, book: book, period: key.period)
        storage.withLock { storage in
            // Entries for an older book can never be asked for again: drop them first.
            storage.results = storage.results.filter { $0.key.revisions == key.revisions && $0.key.settings == key.settings }
            if storage.results.count >= Self.capacity { storage.results.removeAll() }
            storage.results[key] = result
            storage.computations += 1
        }
        return result
    }
}
