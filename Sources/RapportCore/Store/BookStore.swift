/// Opens a book from its directory and saves it back, one file per collection, crash-safe.
///
/// While open for writing it holds the directory's lock, so a second Rapport (the TUI or a
/// script) cannot interleave its writes. It remembers the book as it is on disk: a save of a
/// few edited records appends them to the journal (`BookJournal`, one flushed line), a save
/// that changed much of a collection rewrites that collection's file, and closing the store
/// folds the journal into the files. `compactInBackground` folds it on another thread while
/// saves keep appending (the TUI starts one when the user pauses), so closing is then quick.
///
/// `save`, `compact`, `close` and `compactInBackground` are called from one thread (the app's
/// loop); the only other thread is the background compaction's, and what it shares with them
/// (the journal, and whether it runs) is behind `sync`.
public final class BookStore: @unchecked Sendable {
    public let directory: String
    public let isReadOnly: Bool
    private var lock: BookLock?
    /// What opening the book did that the user should hear about (its folder made private),
    /// for the command to print on stderr or the app to show on its status line.
    public private(set) var notices: [String] = []
    /// The book as the files plus the journal hold it.
    private var saved: Book
    /// Only under `sync`: the background compaction swaps it while saves append to it.
    private let journal: BookJournal.Appender
    /// Guards `journal`, `compactionRunning` and `compactionError`; signalled when a background
    /// compaction ends.
    private let sync = NSCondition()
    private var compactionRunning = false
    private var compactionError: StoreError?
    /// Seams for tests: where the background compaction runs, how it writes a collection file,
    /// and a pause between writing the files and dropping the journal's prefix.
    var compactionHooks = CompactionHooks()

    /// A save with more changed records than this in one collection rewrites that collection.
    static let journalRecordLimit = 2_000
    /// A journal larger than this is folded into the collection files at the next save.
    static let journalSizeLimit = 8 << 20

    private init(directory: String, readOnly: Bool, lock: BookLock?, book: Book) {
        self.directory = directory
        self.isReadOnly = readOnly
        self.lock = lock
        self.saved = book
        self.journal = BookJournal.Appender(directory: directory)
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
        var notices: [String] = []
        switch mode {
        case .readWrite:
            try FileSystem.createDirectory(directory)
            lock = try BookLock.acquire(directory: directory)
            // Under the lock no save is in flight, so a temporary file is what a crash left behind.
            for stray in FileSystem.strayTemporaryFiles(in: directory) { _ = unlinkFile(stray) }
            BookFolderIgnore.ensure(in: directory)
            notices = BookPermissions.tighten(directory: directory, fileNames: BookStore.ownFileNames)
        case .readOnly:
            if FileSystem.exists(directory), !FileSystem.isDirectory(directory) { throw .notADirectory(path: directory) }
        }
        do {
            let (book, journal) = try loadWithJournal(directory: directory)
            let store = BookStore(directory: directory, readOnly: mode == .readOnly, lock: lock, book: book)
            store.notices = notices
            if mode == .readWrite { try store.journal.adopt(journal) }
            return (store, book)
        } catch {
            lock?.release()
            throw error
        }
    }

    /// Reads every collection file. The files are decoded in parallel (largest first, one worker
    /// per core): a large book is a few hundred megabytes of JSON.
    /// The journal's saves are replayed over the files, so readers (`rapport check`, reports)
    /// see every saved edit while the TUI has the book open.
    public static func load(directory: String) throws(StoreError) -> Book {
        try loadWithJournal(directory: directory).book
    }

    private static func loadWithJournal(directory: String) throws(StoreError) -> (book: Book, journal: BookJournal.Contents) {
        // The journal first: if the writer compacts meanwhile, the files read next already hold
        // its edits, and replaying them again changes nothing.
        let journal = try BookJournal.read(directory: directory)
        var book = try ParallelBookLoader(directory: directory).load()
        try BookJournal.apply(journal, to: &book, directory: directory)
        return (book, journal)
    }

    /// Persists what changed since the last save (everything for `force`) and returns the
    /// collections that changed. A few changed records go to the journal in one flushed line; a
    /// collection with many changes (an import) or none in common with what was saved is
    /// rewritten whole, atomically. Either way the save is durable when this returns.
    @discardableResult
    public func save(_ book: Book, force: Bool = false) throws(StoreError) -> [BookCollection] {
        guard !isReadOnly, lock != nil else { throw .readOnly(directory: directory) }
        var written: [BookCollection] = []
        let settingsFile = DataDirectory.join(directory, BookCollection.settings.fileName)
        if force || book.settings != saved.settings || !FileSystem.exists(settingsFile) {
            try FileSystem.writeAtomically(try CollectionCoding.encodeSettings(book.settings), to: settingsFile)
            saved.settings = book.settings
            written.append(.settings)
        }
        var journaled: [BookJournal.Change] = []
        var rewrites: [BookCollection] = []
        for collection in BookCollection.allCases where collection != .settings {
            guard force || BookStore.revision(of: collection, in: book) != BookStore.revision(of: collection, in: saved) else { continue }
            written.append(collection)
            if !force, let changes = BookStore.journalChanges(collection, from: saved, to: book) {
                journaled += changes
            } else {
                rewrites.append(collection)
            }
        }
        if !rewrites.isEmpty {
            // A rewritten file must not have journal lines about it that are older than it.
            try compact()
            for collection in rewrites {
                try FileSystem.writeAtomically(try BookStore.encode(collection, of: book), to: path(collection))
            }
        }
        var journalSize = 0
        var folding = false
        if !journaled.isEmpty {
            // Under `sync`, so a background compaction never drops the journal's prefix halfway
            // through an append; the append does not wait for its encoding, only for that swap.
            sync.lock()
            defer { sync.unlock() }
            try journal.append(BookJournal.line(journaled), collections: Set(journaled.map(\.collection)))
            journalSize = journal.size
            folding = compactionRunning
        }
        saved = book
        // A large journal is folded now, unless a background compaction is already folding it:
        // waiting for that would make this save as slow as the compaction.
        if journalSize > BookStore.journalSizeLimit, !folding { try compact() }
        return written
    }

    /// Folds the journal into the collection files: each collection it touched is rewritten
    /// (atomically) as saved, then the journal is removed. Crash-safe at every step, because
    /// replaying the journal over files that already hold its edits changes nothing. Waits for a
    /// background compaction first, then folds what was saved after it.
    public func compact() throws(StoreError) {
        sync.lock()
        defer { sync.unlock() }
        while compactionRunning { sync.wait() }
        guard !journal.isEmpty || FileSystem.exists(journal.path) else { return }
        for collection in BookCollection.allCases where journal.collections.contains(collection) {
            try FileSystem.writeAtomically(try BookStore.encode(collection, of: saved), to: path(collection))
        }
        try journal.remove()
        compactionError = nil
    }

    // MARK: Background compaction

    /// Starts folding the journal into the collection files on another thread, and returns at
    /// once; false when there is nothing to fold, one is already running, or the store is
    /// read-only or closed. Saves go on meanwhile (a journaled save never waits for it); a
    /// save that rewrites a collection, `compact` and `close` wait for it to end.
    ///
    /// It takes the book as saved (a value: copying it is free) and the journal's extent at this
    /// moment: its length, and the collections its lines touch. The background thread encodes
    /// those collections from that snapshot and replaces each file atomically; then, under
    /// `sync` (which every append takes), it drops the journal's first `length` bytes: the
    /// journal is removed if nothing was appended since, else replaced atomically by the lines
    /// appended since.
    ///
    /// Why nothing is lost or doubled, whenever it stops: every journal line holds whole
    /// records (or removed ids), and lines are replayed in order, so replaying the journal over
    /// collection files that hold any state of the book between the files' last full write and
    /// the journal's end gives the book the journal ends with: a record named in the journal
    /// ends as its last line says, whatever the file held; a record not named in it never
    /// changed. The snapshot is such a state, files are only ever replaced whole, and the
    /// journal's prefix is dropped only after every file it touches holds the snapshot. So:
    /// a crash or a failure before the drop leaves the whole journal over files that are
    /// old, snapshot, or a mix: right. After the drop, the lines kept are exactly the saves
    /// made after the snapshot, over files that hold the snapshot (a collection the folded
    /// lines did not touch was already as the snapshot has it): right. Readers
    /// read the journal before the files, so they see the old journal with any files, or the
    /// new one with the new files.
    ///
    /// A failure (a full disk, a permission) leaves the journal whole and is kept in
    /// `backgroundCompactionError` for the app to show; the store keeps working, and the next
    /// compaction (in the background, at a rewrite, at close) tries again.
    @discardableResult
    public func compactInBackground() -> Bool {
        guard !isReadOnly, lock != nil else { return false }
        sync.lock()
        guard !compactionRunning, !journal.isEmpty else {
            sync.unlock()
            return false
        }
        compactionRunning = true
        let length = journal.size
        let collections = journal.collections
        sync.unlock()
        let snapshot = saved
        let hooks = compactionHooks
        hooks.run { [self] in
            var failure: StoreError?
            do throws(StoreError) {
                for collection in BookCollection.allCases where collections.contains(collection) {
                    try hooks.write(try BookStore.encode(collection, of: snapshot), path(collection))
                }
            } catch {
                failure = error
            }
            if failure == nil { hooks.filesWritten() }
            sync.lock()
            defer { sync.unlock() }
            if failure == nil {
                do throws(StoreError) { try journal.dropPrefix(length) } catch { failure = error }
            }
            compactionError = failure
            compactionRunning = false
            sync.broadcast()
        }
        return true
    }

    /// Whether a background compaction is running.
    public var isCompactingInBackground: Bool {
        sync.lock()
        defer { sync.unlock() }
        return compactionRunning
    }

    /// Why the last background compaction failed, for the app to show ("could not fold the
    /// journal: …"); nil once a compaction succeeds. Nothing was lost: the journal stays, and is
    /// replayed by every reader and folded by the next compaction.
    public var backgroundCompactionError: StoreError? {
        sync.lock()
        defer { sync.unlock() }
        return compactionError
    }

    /// Waits until no background compaction runs.
    public func waitForBackgroundCompaction() {
        sync.lock()
        defer { sync.unlock() }
        while compactionRunning { sync.wait() }
    }

    struct CompactionHooks: Sendable {
        /// Runs the job on another thread.
        var run: @Sendable (@escaping @Sendable () -> Void) -> Void = { job in
            DispatchQueue.global(qos: .utility).async(execute: job)
        }
        var write: @Sendable ([UInt8], String) throws(StoreError) -> Void = { bytes, path throws(StoreError) in
            try FileSystem.writeAtomically(bytes, to: path)
        }
        /// Called on the job's thread after the files are written, before the journal is touched.
        var filesWritten: @Sendable () -> Void = {}
    }

    /// Every file Rapport keeps in a book's folder (not `outbox/`, which holds the user's messages).
    static var ownFileNames: [String] {
        BookCollection.allCases.map(\.fileName) + [BookJournal.fileName, BookLock.fileName, BookFolderIgnore.fileName]
    }

    private func path(_ collection: BookCollection) -> String { DataDirectory.join(directory, collection.fileName) }

    /// The journal lines of a collection's changed records; nil when the collection should be
    /// rewritten instead (no shared history with the saved table, or too many changes).
    static func journalChanges(_ collection: BookCollection, from saved: Book, to book: Book) -> [BookJournal.Change]? {
        func changes<R: Record>(_ old: RecordTable<R>, _ new: RecordTable<R>) -> [BookJournal.Change]? {
            guard let ids = RecordTable.changedIDs(from: old, to: new, limit: journalRecordLimit) else { return nil }
            var result: [BookJournal.Change] = []
            // Id order: the same edits give the same line.
            for id in ids.sorted() {
                let record = new[id]
                if record == old[id] { continue }
                if let record {
                    guard let bytes = BookJournal.recordBytes(record) else { return nil }
                    result.append(BookJournal.Change(collection: collection, record: bytes, removedID: nil))
                } else {
                    result.append(BookJournal.Change(collection: collection, record: nil, removedID: id.rawValue))
                }
            }
            return result
        }
        switch collection {
        case .settings: return nil
        case .contacts: return changes(saved.contacts, book.contacts)
        case .companies: return changes(saved.companies, book.companies)
        case .opportunities: return changes(saved.opportunities, book.opportunities)
        case .activities: return changes(saved.activities, book.activities)
        case .purchases: return changes(saved.purchases, book.purchases)
        case .surveys: return changes(saved.surveys, book.surveys)
        case .campaigns: return changes(saved.campaigns, book.campaigns)
        case .tickets: return changes(saved.tickets, book.tickets)
        case .templates: return changes(saved.templates, book.templates)
        }
    }

    /// Writes a whole book into a directory that is not open (demo books, exports of a copy).
    public static func write(_ book: Book, to directory: String) throws(StoreError) {
        let (store, _) = try open(directory: directory, mode: .readWrite)
        defer { store.close() }
        try store.save(book, force: true)
    }

    /// Waits for a background compaction, folds what remains of the journal into the files
    /// (when that fails the journal stays, and is replayed by the next open: nothing is lost) and
    /// releases the lock. After an idle background compaction there is little or nothing left.
    public func close() {
        if lock != nil, !isReadOnly { try? compact() }
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

    static func revision(of collection: BookCollection, in book: Book) -> Int {
        switch collection {
        case .settings: return 0
        case .contacts: return book.contacts.revision
        case .companies: return book.companies.revision
        case .opportunities: return book.opportunities.revision
        case .activities: return book.activities.revision
        case .purchases: return book.purchases.revision
        case .surveys: return book.surveys.revision
        case .campaigns: return book.campaigns.revision
        case .tickets: return book.tickets.revision
        case .templates: return book.templates.revision
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func unlinkFile(_ path: String) -> Bool { unlink(path) == 0 }
