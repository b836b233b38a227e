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
    /// How this store shares the book with other programs (see `BookLock`).
    enum Role {
        /// A command that found no app: holds both locks to the end, folds the journal at close.
        case owner
        /// A command run while the app has the book: holds the write lock to the end, and only
        /// appends to the journal; the app folds it.
        case guest
        /// The full-screen app: holds the session lock; takes the write lock for each save and
        /// fold, and picks up what guests appended.
        case session
        case reader
    }
    let role: Role
    /// Held from open to close by a command; taken for each save and fold by the app.
    private var writeLock: BookLock?
    private var sessionLock: BookLock?
    private var isOpen = true
    /// Who has the book open in the app, for a guest's refusals.
    private let sessionHolder: String
    /// How long the app waits for the write lock at each save (a command is holding it).
    private let lockWait: Double
    /// What opening the book did that the user should hear about (its folder made private),
    /// for the command to print on stderr or the app to show on its status line.
    public private(set) var notices: [String] = []
    /// The book as the files plus the journal hold it (all the journal lines read so far, this
    /// program's and others').
    private var saved: Book
    /// The book the app last saved or took in (`outsideEdits`): what the books it hands to
    /// `save` are derived from. It differs from `saved` only while other programs' edits wait
    /// to be taken in (`foreign`), and is what a three-way merge compares both with.
    private var base: Book
    private var foreign = ForeignChanges()
    /// Only under `sync`: the background compaction swaps it while saves append to it.
    private let journal: BookJournal.Appender
    /// Guards `journal`, `saved` while a save changes it, `compactionRunning` and
    /// `compactionError`; signalled when a background compaction ends. Always taken before the
    /// write lock, never the other way round.
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

    private init(directory: String, role: Role, writeLock: BookLock?, sessionLock: BookLock?, sessionHolder: String,
                 lockWait: Double, book: Book) {
        self.directory = directory
        self.role = role
        self.isReadOnly = role == .reader
        self.writeLock = writeLock
        self.sessionLock = sessionLock
        self.sessionHolder = sessionHolder
        self.lockWait = lockWait
        self.saved = book
        self.base = book
        self.journal = BookJournal.Appender(directory: directory)
    }

    public enum Mode: Sendable {
        /// A command that changes the book: takes the write lock (waiting for it), and the session
        /// lock if no app has the book, else saves only by appending to the journal. Creates the
        /// directory when it does not exist yet.
        case readWrite
        /// The full-screen app: takes the session lock for as long as it is open (a second app is
        /// refused), and the write lock only for each save, so commands can save meanwhile.
        case session
        /// No lock, no writes: for reports, checks and exports while the TUI is open.
        case readOnly
    }

    /// Whether this store only appends to the journal because the app has the book open.
    public var isGuest: Bool { role == .guest }

    /// Loads every collection. A missing file is an empty collection (a new book); a file that
    /// does not parse stops everything, and nothing is written. A writer waits up to `wait`
    /// seconds for the write lock.
    public static func open(directory: String, mode: Mode = .readWrite, wait: Double = 0) throws(StoreError) -> (store: BookStore, book: Book) {
        if mode == .readOnly {
            if FileSystem.exists(directory), !FileSystem.isDirectory(directory) { throw .notADirectory(path: directory) }
            let book = upgraded(try loadWithJournal(directory: directory).book)
            return (BookStore(directory: directory, role: .reader, writeLock: nil, sessionLock: nil, sessionHolder: "",
                              lockWait: wait, book: book), book)
        }
        try FileSystem.createDirectory(directory)
        let writeLock = try BookLock.acquire(directory: directory, wait: wait)
        var sessionLock: BookLock?
        var holder = ""
        do {
            sessionLock = try BookLock.acquire(DataDirectory.join(directory, BookLock.sessionFileName), directory: directory,
                                               program: "rapport", wait: 0)
        } catch {
            guard case .locked(_, let note) = error else {
                writeLock.release()
                throw error
            }
            holder = note
        }
        if mode == .session, sessionLock == nil {
            writeLock.release()
            throw .locked(directory: directory, holder: holder)
        }
        let role: Role = sessionLock == nil ? .guest : (mode == .session ? .session : .owner)
        do {
            // With both locks no save is in flight, so a temporary file is what a crash left
            // behind. (A guest leaves them: the app's background compaction writes its own
            // without the write lock.)
            if role != .guest {
                for stray in FileSystem.strayTemporaryFiles(in: directory) { _ = unlinkFile(stray) }
            }
            BookFolderIgnore.ensure(in: directory)
            let notices = BookPermissions.tighten(directory: directory, fileNames: BookStore.ownFileNames)
            let (asWritten, journal) = try loadWithJournal(directory: directory)
            let book = upgraded(asWritten)
            // The store remembers the book as written, so the first save writes what the upgrade
            // added; a guest may not rewrite the settings while the app has the book open.
            let store = BookStore(directory: directory, role: role, writeLock: role == .session ? nil : writeLock,
                                  sessionLock: sessionLock, sessionHolder: holder, lockWait: wait,
                                  book: role == .guest ? book : asWritten)
            store.notices = notices
            try store.journal.adopt(journal)
            if role == .session { writeLock.release() }
            return (store, book)
        } catch {
            sessionLock?.release()
            writeLock.release()
            throw error
        }
    }

    /// Reads every collection file. The files are decoded in parallel (largest first, one worker
    /// per core): a large book is a few hundred megabytes of JSON.
    /// The journal's saves are replayed over the files, so readers (`rapport check`, reports)
    /// see every saved edit while the TUI has the book open.
    public static func load(directory: String) throws(StoreError) -> Book {
        upgraded(try loadWithJournal(directory: directory).book)
    }

    /// The book as this version reads it (see `CustomFieldMigration`).
    private static func upgraded(_ book: Book) -> Book {
        var book = book
        CustomFieldMigration.upgrade(&book)
        return book
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
    ///
    /// The app's store (`.session`) first reads what commands appended meanwhile, and saves
    /// `book` merged with it (`ForeignChanges.merge`); the app takes the merged book with
    /// `outsideEdits`. A guest can only append: a change to the settings or a bulk change is
    /// refused (`.rewriteWhileOpen`) until the app closes the book.
    @discardableResult
    public func save(_ book: Book, force: Bool = false) throws(StoreError) -> [BookCollection] {
        guard !isReadOnly, isOpen else { throw .readOnly(directory: directory) }
        var waitForCompaction = false
        while true {
            let outcome = try criticalSection(waitingForCompaction: waitForCompaction) { () throws(StoreError) in
                try saveLocked(book, force: force)
            }
            if let written = outcome { return written }
            // It must rewrite a file while a background compaction writes them: wait for it.
            waitForCompaction = true
        }
    }

    /// `save` under `sync` and the write lock; nil when it needs a background compaction to end first.
    private func saveLocked(_ book: Book, force: Bool) throws(StoreError) -> [BookCollection]? {
        if role == .session { try pickUpOutsideLines(underWriteLock: true) }
        let target = foreign.isEmpty ? book : foreign.merge(base: base, mine: book, theirs: saved)
        let settingsFile = DataDirectory.join(directory, BookCollection.settings.fileName)
        let writeSettings = force || target.settings != saved.settings || !FileSystem.exists(settingsFile)
        var written: [BookCollection] = writeSettings ? [.settings] : []
        var journaled: [BookJournal.Change] = []
        var rewrites: [BookCollection] = []
        for collection in BookCollection.allCases where collection != .settings {
            guard force || BookStore.revision(of: collection, in: target) != BookStore.revision(of: collection, in: saved) else { continue }
            written.append(collection)
            if !force, let changes = BookStore.journalChanges(collection, from: saved, to: target) {
                journaled += changes
            } else {
                rewrites.append(collection)
            }
        }
        if role == .guest {
            if writeSettings { throw .rewriteWhileOpen(file: settingsFile, holder: sessionHolder) }
            if let first = rewrites.first { throw .rewriteWhileOpen(file: path(first), holder: sessionHolder) }
        }
        if !rewrites.isEmpty, compactionRunning { return nil }
        if writeSettings {
            try FileSystem.writeAtomically(try CollectionCoding.encodeSettings(target.settings), to: settingsFile)
            saved.settings = target.settings
        }
        if !rewrites.isEmpty {
            // A rewritten file must not have journal lines about it that are older than it.
            try compactLocked()
            for collection in rewrites {
                try FileSystem.writeAtomically(try BookStore.encode(collection, of: target), to: path(collection))
            }
        }
        if !journaled.isEmpty {
            // The append does not wait for a background compaction's writing, only for its
            // swap of the journal, which also holds `sync`.
            try journal.append(BookJournal.line(journaled), collections: Set(journaled.map(\.collection)))
        }
        saved = target
        base = book
        // A large journal is folded now, unless a background compaction is already folding it:
        // waiting for that would make this save as slow as the compaction. The app folds what
        // guests append.
        if journal.size > BookStore.journalSizeLimit, !compactionRunning, role != .guest { try compactLocked() }
        return written
    }

    /// Runs `body` under `sync` and, for the app, the write lock, after any background
    /// compaction when asked to. The lock order is always `sync`, then the write lock, and
    /// `sync.wait()` is never called with the write lock held: the background compaction takes
    /// both to drop the journal's prefix.
    private func criticalSection<T>(waitingForCompaction: Bool, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        sync.lock()
        defer { sync.unlock() }
        if waitingForCompaction { while compactionRunning { sync.wait() } }
        let taken = try takeWriteLockForSession()
        defer { taken?.release() }
        return try body()
    }

    /// The app takes the write lock for each critical section; a command holds it throughout.
    private func takeWriteLockForSession() throws(StoreError) -> BookLock? {
        guard role == .session else { return nil }
        return try BookLock.acquire(directory: directory, wait: lockWait)
    }

    /// Reads the lines other programs appended after the ones read so far, replays them over
    /// `saved` and notes what they changed (`foreign`). Under `sync`. Without the write lock
    /// (a poll) only complete lines are read: a command may be appending one right now. With it,
    /// a torn tail is a crashed writer's and is cut, so the next line starts on its own.
    private func pickUpOutsideLines(underWriteLock: Bool) throws(StoreError) {
        guard BookJournal.fileSize(in: directory) > journal.size else { return }
        let contents = try BookJournal.read(directory: directory, from: journal.size)
        if underWriteLock, contents.totalLength > contents.completeLength { try journal.cutTornTail(at: contents.completeLength) }
        guard contents.completeLength > journal.size else { return }
        try BookJournal.apply(contents, to: &saved, directory: directory)
        foreign.note(contents)
        journal.noteAppendedElsewhere(upTo: contents.completeLength, collections: contents.collections)
    }

    /// For the app, between keys and after each save: the edits other programs saved since it
    /// last asked, merged into `shown` (what it shows: its own edits win a record both changed);
    /// nil when there are none. The app shows the returned book from then on.
    public func outsideEdits(mergedInto shown: Book) throws(StoreError) -> OutsideEdits? {
        guard role == .session, isOpen else { return nil }
        sync.lock()
        defer { sync.unlock() }
        try pickUpOutsideLines(underWriteLock: false)
        guard !foreign.isEmpty else { return nil }
        let merged = foreign.merge(base: base, mine: shown, theirs: saved)
        let count = foreign.count
        foreign = ForeignChanges()
        base = saved
        return OutsideEdits(book: merged, changeCount: count)
    }

    /// Folds the journal into the collection files: each collection it touched is rewritten
    /// (atomically) as saved, then the journal is removed. Crash-safe at every step, because
    /// replaying the journal over files that already hold its edits changes nothing. Waits for a
    /// background compaction first, then folds what was saved after it. A guest leaves the
    /// journal to the app.
    public func compact() throws(StoreError) {
        guard role != .guest, role != .reader else { return }
        try criticalSection(waitingForCompaction: true) { () throws(StoreError) in try compactLocked() }
    }

    /// Under `sync` and the write lock, with no background compaction running.
    private func compactLocked() throws(StoreError) {
        if role == .session { try pickUpOutsideLines(underWriteLock: true) }
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
    /// read-only, a guest or closed. Saves go on meanwhile (a journaled save never waits for it); a
    /// save that rewrites a collection, `compact` and `close` wait for it to end.
    ///
    /// It takes the book as saved (a value: copying it is free) and the journal's extent at this
    /// moment: its length, and the collections its lines touch. The background thread encodes
    /// those collections from that snapshot and replaces each file atomically; then, under
    /// `sync` (which every append takes) and the write lock (which every other program's append
    /// takes), it drops the journal's first `length` bytes: the journal is removed if nothing was
    /// appended since, else replaced atomically by the lines appended since, by this program or
    /// another.
    ///
    /// Why nothing is lost or doubled, whenever it stops: every journal line holds whole
    /// records (or removed ids), and lines are replayed in order, so replaying the journal over
    /// collection files that hold any state of the book between the files' last full write and
    /// the journal's end gives the book the journal ends with: a record named in the journal
    /// ends as its last line says, whatever the file held; a record not named in it never
    /// changed. The snapshot is such a state (it is the files plus the journal's first `length`
    /// bytes, the lines other programs appended included, since `saved` replays those as they
    /// are read), files are only ever replaced whole, and the journal's prefix is dropped only
    /// after every file it touches holds the snapshot. So:
    /// a crash or a failure before the drop leaves the whole journal over files that are
    /// old, snapshot, or a mix: right. After the drop, the lines kept are exactly the saves
    /// made after the snapshot, over files that hold the snapshot (a collection the folded
    /// lines did not touch was already as the snapshot has it): right. Readers, and commands
    /// (which read under the write lock), read the journal before the files, so they see the old
    /// journal with any files, or the new one with the new files.
    ///
    /// A failure (a full disk, a permission, the write lock held too long) leaves the journal
    /// whole and is kept in `backgroundCompactionError` for the app to show; the store keeps
    /// working, and the next compaction (in the background, at a rewrite, at close) tries again.
    @discardableResult
    public func compactInBackground() -> Bool {
        guard !isReadOnly, isOpen, role != .guest else { return false }
        sync.lock()
        guard !compactionRunning, !journal.isEmpty else {
            sync.unlock()
            return false
        }
        compactionRunning = true
        let length = journal.size
        let collections = journal.collections
        let snapshot = saved
        sync.unlock()
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
                do throws(StoreError) {
                    let taken = try takeWriteLockForSession()
                    defer { taken?.release() }
                    try journal.dropPrefix(length)
                } catch {
                    failure = error
                }
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
        BookCollection.allCases.map(\.fileName)
            + [BookJournal.fileName, BookLock.fileName, BookLock.sessionFileName, BookFolderIgnore.fileName]
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
        guard !store.isGuest else {
            store.close()
            throw .locked(directory: directory, holder: store.sessionHolder)
        }
        defer { store.close() }
        try store.save(book, force: true)
    }

    /// Waits for a background compaction, folds what remains of the journal into the files
    /// (when that fails the journal stays, and is replayed by the next open: nothing is lost) and
    /// releases the lock. After an idle background compaction there is little or nothing left.
    public func close() {
        guard isOpen else { return }
        if !isReadOnly { try? compact() }
        // The session lock first: a writer waiting for the write lock tries the session lock
        // the moment it has it, and must not find it still held by a program that is leaving
        // (the app opening then would be refused as if another app had the book).
        sessionLock?.release()
        writeLock?.release()
        writeLock = nil
        sessionLock = nil
        isOpen = false
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
