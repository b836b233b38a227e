import Dispatch
import Foundation
import Synchronization

/// Loads a book's collection files on every core: each file is one job, the largest first, so
/// two cores finish at about the same time (activities alone is 40% of a large book).
/// The first error in collection order is the one reported, as when loading one file after the other.
struct ParallelBookLoader {
    let directory: String

    private struct Outcome: ~Copyable {
        var book = Book()
        var errors: [BookCollection: StoreError] = [:]
    }

    func load() throws(StoreError) -> Book {
        let jobs = BookCollection.allCases.sorted { fileSize($0) > fileSize($1) }
        let outcome = Mutex(Outcome())
        let nextJob = Atomic<Int>(0)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = nextJob.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < jobs.count else { return }
                let collection = jobs[index]
                do throws(StoreError) {
                    try load(collection, into: outcome)
                } catch {
                    outcome.withLock { $0.errors[collection] = error }
                }
            }
        }
        return try outcome.withLock { outcome throws(StoreError) -> Book in
            if let first = BookCollection.allCases.first(where: { outcome.errors[$0] != nil }), let error = outcome.errors[first] {
                throw error
            }
            return outcome.book
        }
    }

    private func path(_ collection: BookCollection) -> String { DataDirectory.join(directory, collection.fileName) }

    private func fileSize(_ collection: BookCollection) -> Int {
        var info = stat()
        return stat(path(collection), &info) == 0 ? Int(info.st_size) : 0
    }

    /// Decodes one file (outside the lock) and puts its table into the book (under it).
    private func load(_ collection: BookCollection, into outcome: borrowing Mutex<Outcome>) throws(StoreError) {
        let path = path(collection)
        guard try FileSystem.isRegularFile(path) else { return }
        func bytes() throws(StoreError) -> [UInt8] {
            guard let bytes = try FileSystem.read(path) else { throw .io(path: path, operation: "read", reason: "the file disappeared") }
            return bytes
        }
        func table<R: Record>(_ type: R.Type) throws(StoreError) -> RecordTable<R> {
            try CollectionCoding.decodeTable(type, from: try bytes(), collection: collection, path: path)
        }
        /// A window at a time; the whole file only for the full decoder, when the fast path declines.
        func fastTable<R: Record & FastRecordCoding>(_ type: R.Type) throws(StoreError) -> RecordTable<R> {
            if let table = FastCollectionCoding.decode(type, path: path, collection: collection) { return table }
            return try CollectionCoding.decodeTable(type, from: try bytes(), collection: collection, path: path)
        }
        switch collection {
        case .settings:
            let settings = try CollectionCoding.decodeSettings(from: try bytes(), path: path)
            outcome.withLock { $0.book.settings = settings }
        case .contacts:
            let table = try fastTable(Contact.self)
            outcome.withLock { $0.book.contacts = table }
        case .companies:
            let table = try fastTable(Company.self)
            outcome.withLock { $0.book.companies = table }
        case .opportunities:
            let table = try fastTable(Opportunity.self)
            outcome.withLock { $0.book.opportunities = table }
        case .activities:
            let table = try fastTable(Activity.self)
            outcome.withLock { $0.book.activities = table }
        case .purchases:
            let table = try fastTable(Purchase.self)
            outcome.withLock { $0.book.purchases = table }
        case .surveys:
            let table = try fastTable(SurveyResponse.self)
            outcome.withLock { $0.book.surveys = table }
        case .campaigns:
            let table = try table(Campaign.self)
            outcome.withLock { $0.book.campaigns = table }
        case .tickets:
            let table = try table(Ticket.self)
            outcome.withLock { $0.book.tickets = table }
        case .templates:
            let table = try table(Template.self)
            outcome.withLock { $0.book.templates = table }
        }
    }
}
