/// Opens a book from its directory and saves it back, one file per collection, crash-safe.
///
/// While open for writing it holds the directory's lock, so a second Rapport (the TUI or a
/// script) cannot interleave its writes. It remembers which state of each collection is on disk
/// and rewrites only the collections that changed.
public final class BookStore: @unchecked Sendable {
    public let directory: String
    public let isReadOnly: Bool
    private var lock: BookLock?
    private var savedRevisions: [BookCollection: Int] = [:]
    private var savedSettings: Settings

    private init(directory: String, readOnly: Bool, lock: BookLock?, book: Book) {
        self.directory = directory
        self.isReadOnly = readOnly
        self.lock = lock
        self.savedSettings = book.settings
        self.savedRevisions = BookStore.revisions(of: book)
    }

    public enum Mode: Sendable {
        /// Takes the lock; creates the directory when it does not exist yet.
        case readWrite
        /// No lock, no writes: for reports, checks and exports while the TUI is open.
        case readOnly
    }

    /// Loads every collection. A missing file is an empty collection (a new book); a file that
    /// does not parse stops everything, and nothing is written.
    public static func open(directory: String, mode: Mode = .readWrite) throws(StoreError) -> (store: BookStore, book: Book) {
        var lock: BookLock?
        switch mode {
        case .readWrite:
            try FileSystem.createDirectory(directory)
            lock = try BookLock.acquire(directory: directory)
            // Under the lock no save is in flight, so a temporary file is what a crash left behind.
            for stray in FileSystem.strayTemporaryFiles(in: directory) { _ = unlinkFile(stray) }
        case .readOnly:
            if FileSystem.exists(directory), !FileSystem.isDirectory(directory) { throw .notADirectory(path: directory) }
        }
        do {
            let book = try load(directory: directory)
            return (BookStore(directory: directory, readOnly: mode == .readOnly, lock: lock, book: book), book)
        } catch {
            lock?.release()
            throw error
        }
    }

    /// Reads every collection file. The files are decoded in parallel (largest first, one worker
    /// per core): a large book is a few hundred megabytes of JSON.
    public static func load(directory: String) throws(StoreError) -> Book {
        try ParallelBookLoader(directory: directory).load()
    }

    /// Writes the collections that changed since the last save (all of them for `force`), each
    /// atomically. Returns the collections written.
    @discardableResult
    public func save(_ book: Book, force: Bool = false) throws(StoreError) -> [BookCollection] {
        guard !isReadOnly, lock != nil else { throw .readOnly(directory: directory) }
        let current = BookStore.revisions(of: book)
        var written: [BookCollection] = []
        let settingsFile = DataDirectory.join(directory, BookCollection.settings.fileName)
        if force || book.settings != savedSettings || !FileSystem.exists(settingsFile) {
            try FileSystem.writeAtomically(try CollectionCoding.encodeSettings(book.settings), to: settingsFile)
            savedSettings = book.settings
            written.append(.settings)
        }
        for collection in BookCollection.allCases where collection != .settings {
            guard force || current[collection] != savedRevisions[collection] else { continue }
            let bytes = try BookStore.encode(collection, of: book)
            try FileSystem.writeAtomically(bytes, to: DataDirectory.join(directory, collection.fileName))
            savedRevisions[collection] = current[collection]
            written.append(collection)
        }
        return written
    }

    /// Writes a whole book into a directory that is not open (demo books, exports of a copy).
    public static func write(_ book: Book, to directory: String) throws(StoreError) {
        let (store, _) = try open(directory: directory, mode: .readWrite)
        defer { store.close() }
        try store.save(book, force: true)
    }

    public func close() {
        lock?.release()
        lock = nil
    }

    deinit { close() }

    static func encode(_ collection: BookCollection, of book: Book) throws(StoreError) -> [UInt8] {
        switch collection {
        case .settings: return try CollectionCoding.encodeSettings(book.settings)
        case .contacts: return try CollectionCoding.encode(book.contacts, as: collection)
        case .companies: return try CollectionCoding.encode(book.companies, as: collection)
        case .opportunities: return try CollectionCoding.encode(book.opportunities, as: collection)
        case .activities: return try CollectionCoding.encode(book.activities, as: collection)
        case .purchases: return try CollectionCoding.encode(book.purchases, as: collection)
        case .surveys: return try CollectionCoding.encode(book.surveys, as: collection)
        case .campaigns: return try CollectionCoding.encode(book.campaigns, as: collection)
        case .tickets: return try CollectionCoding.encode(book.tickets, as: collection)
        case .templates: return try CollectionCoding.encode(book.templates, as: collection)
        }
    }

    static func revisions(of book: Book) -> [BookCollection: Int] {
        [.contacts: book.contacts.revision, .companies: book.companies.revision,
         .opportunities: book.opportunities.revision, .activities: book.activities.revision,
         .purchases: book.purchases.revision, .surveys: book.surveys.revision, .campaigns: book.campaigns.revision,
         .tickets: book.tickets.revision, .templates: book.templates.revision]
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func unlinkFile(_ path: String) -> Bool { unlink(path) == 0 }
