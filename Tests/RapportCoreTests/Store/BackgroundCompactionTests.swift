import Foundation
import XCTest
@testable import RapportCore

/// `BookStore.compactInBackground`: the journal is folded into the files on another thread while
/// saves go on appending; nothing saved is ever lost, whatever happens meanwhile.
final class BackgroundCompactionTests: XCTestCase {
    private func journalPath(_ directory: String) -> String { directory + "/" + BookJournal.fileName }
    private func journalExists(_ directory: String) -> Bool { FileManager.default.fileExists(atPath: journalPath(directory)) }

    private func journalLines(_ directory: String) throws -> [Substring] {
        try String(contentsOfFile: journalPath(directory), encoding: .utf8).split(separator: "\n")
    }

    private func inode(_ path: String) throws -> Int {
        try XCTUnwrap((try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.intValue)
    }

    /// A book saved with one moved deal, one task marked done and one ticket removed (one journal
    /// line touching opportunities, activities and tickets).
    private func editedBook(in directory: String) throws -> (store: BookStore, book: Book) {
        try BookStore.write(SampleBook.make(), to: directory)
        let (store, loaded) = try BookStore.open(directory: directory)
        var book = loaded
        book.opportunities.update(OpportunityID(number: 1)) { $0.move(toStage: "negotiation", at: SampleBook.noon) }
        book.activities.update(ActivityID(number: 1)) { $0.doneAt = SampleBook.noon }
        book.tickets.remove(TicketID(number: 1))
        XCTAssertEqual(try store.save(book), [.opportunities, .activities, .tickets])
        return (store, book)
    }

    /// What the collection files alone hold, without the journal.
    private func filesOnly(_ directory: String) throws -> Book {
        try ParallelBookLoader(directory: directory).load()
    }

    /// Pauses the background job after it wrote the files, before it touches the journal, until
    /// the test releases it. A wait that never ends fails the test instead of hanging it.
    private final class Pause: Sendable {
        let reached = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)

        func install(on store: BookStore) {
            store.compactionHooks.filesWritten = { [self] in
                reached.signal()
                _ = release.wait(timeout: .now() + 60)
            }
        }

        func waitUntilReached(file: StaticString = #filePath, line: UInt = #line) {
            if reached.wait(timeout: .now() + 60) == .timedOut { XCTFail("the background compaction never got to the journal", file: file, line: line) }
        }

        /// Releases the job a moment later, from another thread: by then the caller is (most
        /// likely) waiting for it. Correctness does not depend on the delay.
        func releaseSoon() {
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { [self] in release.signal() }
        }
    }

    func testABackgroundCompactionFoldsTheJournalIntoTheFiles() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        defer { store.close() }
        XCTAssertTrue(journalExists(directory))
        XCTAssertTrue(store.compactInBackground())
        store.waitForBackgroundCompaction()
        XCTAssertFalse(store.isCompactingInBackground)
        XCTAssertNil(store.backgroundCompactionError)
        XCTAssertFalse(journalExists(directory), "folded: the journal is gone")
        XCTAssertEqual(try filesOnly(directory), book, "the files hold every edit")
        XCTAssertEqual(try BookStore.load(directory: directory), book)
        // Byte for byte what a full write of the book gives.
        let fresh = try makeTemporaryDirectory(self)
        try BookStore.write(book, to: fresh)
        for collection in BookCollection.allCases {
            XCTAssertEqual(try readBytes(directory + "/" + collection.fileName), try readBytes(fresh + "/" + collection.fileName), collection.fileName)
        }
        XCTAssertFalse(store.compactInBackground(), "nothing left to fold")
        // Saving goes on as before: a new journal, folded at close.
        var more = book
        more.contacts.update(ContactID(number: 1)) { $0.jobTitle = "Chair" }
        XCTAssertEqual(try store.save(more), [.contacts])
        XCTAssertEqual(try journalLines(directory).count, 1)
        store.close()
        XCTAssertFalse(journalExists(directory))
        XCTAssertEqual(try BookStore.load(directory: directory), more)
    }

    func testSavesDuringABackgroundCompactionAreKeptInTheJournal() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        defer { store.close() }
        let pause = Pause()
        pause.install(on: store)
        XCTAssertTrue(store.compactInBackground())
        XCTAssertFalse(store.compactInBackground(), "one at a time")
        pause.waitUntilReached()
        // The files already hold the snapshot; the journal is untouched so far.
        XCTAssertEqual(try filesOnly(directory), book)
        let firstLine = try readBytes(journalPath(directory))

        // Saves while the job is paused do not wait for it (else this test would hang).
        var later = book
        later.opportunities.update(OpportunityID(number: 1)) { $0.title = "Renamed during the compaction" }
        XCTAssertEqual(try store.save(later), [.opportunities])
        later.contacts.update(ContactID(number: 2)) { $0.jobTitle = "Buyer" }
        XCTAssertEqual(try store.save(later), [.contacts])
        XCTAssertTrue(store.isCompactingInBackground)
        XCTAssertEqual(try BookStore.load(directory: directory), later, "readers see everything meanwhile")
        let whole = try readBytes(journalPath(directory))
        XCTAssertEqual(Array(whole.prefix(firstLine.count)), firstLine)

        pause.release.signal()
        store.waitForBackgroundCompaction()
        XCTAssertNil(store.backgroundCompactionError)
        XCTAssertEqual(try readBytes(journalPath(directory)), Array(whole.dropFirst(firstLine.count)),
                       "the journal holds exactly the lines saved after the snapshot")
        XCTAssertEqual(try journalLines(directory).count, 2)
        XCTAssertEqual(try filesOnly(directory), book, "the files hold the snapshot")
        XCTAssertEqual(try BookStore.load(directory: directory), later)
        let permissions = try FileManager.default.attributesOfItem(atPath: journalPath(directory))[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600)

        // The next save appends to the new journal, not to the replaced one.
        var latest = later
        latest.tickets.upsert(Ticket(id: TicketID(number: 2), createdAt: SampleBook.noon, contactID: nil, subject: "After the swap"))
        XCTAssertEqual(try store.save(latest), [.tickets])
        XCTAssertEqual(try journalLines(directory).count, 3)
        XCTAssertEqual(try BookStore.load(directory: directory), latest)

        // What is left touches opportunities, contacts and tickets: closing rewrites only those.
        let activitiesInode = try inode(directory + "/activities.json")
        let contactsInode = try inode(directory + "/contacts.json")
        store.close()
        XCTAssertFalse(journalExists(directory))
        XCTAssertEqual(try inode(directory + "/activities.json"), activitiesInode, "activities was folded in the background")
        XCTAssertNotEqual(try inode(directory + "/contacts.json"), contactsInode)
        XCTAssertEqual(try filesOnly(directory), latest)
        XCTAssertEqual(try BookStore.load(directory: directory), latest)
    }

    func testAnInjectedExecutorMakesTheRaceDeterministic() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        defer { store.close() }
        let queued = JobBox()
        store.compactionHooks.run = { job in queued.put(job) }
        XCTAssertTrue(store.compactInBackground())
        var later = book
        later.activities.update(ActivityID(number: 2)) { $0.summary = "Saved before the job ran" }
        try store.save(later)
        // The job folds the snapshot (one line) and keeps the line saved after it.
        try XCTUnwrap(queued.take())()
        XCTAssertFalse(store.isCompactingInBackground)
        XCTAssertEqual(try journalLines(directory).count, 1)
        XCTAssertTrue(try journalLines(directory)[0].contains("Saved before the job ran"))
        XCTAssertEqual(try filesOnly(directory), book)
        XCTAssertEqual(try BookStore.load(directory: directory), later)
        // And the same with a crash right after the swap: the next open replays the rest.
        let crashed = try makeTemporaryDirectory(self)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".json") || name.hasSuffix(".jsonl") {
            try FileManager.default.copyItem(atPath: directory + "/" + name, toPath: crashed + "/" + name)
        }
        let (reopened, loaded) = try BookStore.open(directory: crashed)
        XCTAssertEqual(loaded, later)
        reopened.close()
        XCTAssertEqual(try BookStore.load(directory: crashed), later)
    }

    func testAFailureInTheBackgroundKeepsTheJournalAndLosesNothing() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        defer { store.close() }
        let journalBefore = try readBytes(journalPath(directory))
        let diskFull = StoreError.io(path: directory + "/activities.json", operation: "write", reason: "No space left on device")
        // The first file is written, the second fails: the files are a mix of old and new.
        store.compactionHooks.write = { bytes, path throws(StoreError) in
            if path.hasSuffix("/activities.json") { throw diskFull }
            try FileSystem.writeAtomically(bytes, to: path)
        }
        XCTAssertTrue(store.compactInBackground())
        store.waitForBackgroundCompaction()
        XCTAssertEqual(store.backgroundCompactionError, diskFull)
        XCTAssertEqual(try readBytes(journalPath(directory)), journalBefore, "the journal stays whole")
        XCTAssertEqual(try filesOnly(directory).opportunities, book.opportunities, "opportunities was written before the failure")
        XCTAssertEqual(try BookStore.load(directory: directory), book)

        // The store keeps working; a later compaction tries again and clears the error.
        var later = book
        later.activities.update(ActivityID(number: 2)) { $0.summary = "After the failure" }
        XCTAssertEqual(try store.save(later), [.activities])
        XCTAssertEqual(try journalLines(directory).count, 2)
        XCTAssertEqual(try BookStore.load(directory: directory), later)
        store.compactionHooks = BookStore.CompactionHooks()
        XCTAssertTrue(store.compactInBackground())
        store.waitForBackgroundCompaction()
        XCTAssertNil(store.backgroundCompactionError)
        XCTAssertFalse(journalExists(directory))
        XCTAssertEqual(try BookStore.load(directory: directory), later)
    }

    func testAFailureAndThenCloseLosesNothing() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        store.compactionHooks.write = { _, path throws(StoreError) in
            throw .io(path: path, operation: "create a temporary file", reason: "Permission denied")
        }
        XCTAssertTrue(store.compactInBackground())
        store.waitForBackgroundCompaction()
        XCTAssertNotNil(store.backgroundCompactionError)
        XCTAssertTrue(store.backgroundCompactionError?.description.contains("Permission denied") ?? false)
        XCTAssertEqual(try BookStore.load(directory: directory), book)
        // Close compacts synchronously, as always (the hooks are the background job's only).
        store.close()
        XCTAssertFalse(journalExists(directory))
        XCTAssertEqual(try BookStore.load(directory: directory), book)
    }

    func testCloseWaitsForARunningBackgroundCompaction() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        let pause = Pause()
        pause.install(on: store)
        XCTAssertTrue(store.compactInBackground())
        pause.waitUntilReached()
        var later = book
        later.companies.update(CompanyID(number: 1)) { $0.notes = "Saved while folding" }
        try store.save(later)
        pause.releaseSoon()
        store.close()
        XCTAssertFalse(store.isCompactingInBackground, "close returned after the job ended")
        XCTAssertFalse(journalExists(directory), "and then folded what was saved meanwhile")
        XCTAssertEqual(try filesOnly(directory), later)
        XCTAssertEqual(try BookStore.load(directory: directory), later)
        XCTAssertFalse(store.compactInBackground(), "a closed store does not compact")
        XCTAssertNoThrow(try BookStore.open(directory: directory).store.close(), "the lock was released")
    }

    func testARewritingSaveWaitsForARunningBackgroundCompaction() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, edited) = try editedBook(in: directory)
        defer { store.close() }
        let pause = Pause()
        pause.install(on: store)
        XCTAssertTrue(store.compactInBackground())
        pause.waitUntilReached()
        var book = edited
        for number in 10..<(10 + BookStore.journalRecordLimit + 1) {
            book.surveys.upsert(SurveyResponse(id: SurveyResponseID(number: number), createdAt: SampleBook.noon, contactID: nil,
                                               date: SampleBook.day, score: number % 11))
        }
        pause.releaseSoon()
        XCTAssertEqual(try store.save(book), [.surveys])
        XCTAssertFalse(store.isCompactingInBackground, "the rewrite waited for the job")
        XCTAssertFalse(journalExists(directory), "compacted before the rewrite")
        XCTAssertEqual(try filesOnly(directory), book)
        XCTAssertEqual(try BookStore.load(directory: directory), book)
    }

    func testAnExplicitCompactWaitsForARunningBackgroundCompaction() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        defer { store.close() }
        let pause = Pause()
        pause.install(on: store)
        XCTAssertTrue(store.compactInBackground())
        pause.waitUntilReached()
        var later = book
        later.contacts.update(ContactID(number: 1)) { $0.jobTitle = "Saved while folding" }
        try store.save(later)
        pause.releaseSoon()
        try store.compact()
        XCTAssertFalse(store.isCompactingInBackground)
        XCTAssertFalse(journalExists(directory))
        XCTAssertEqual(try filesOnly(directory), later)
    }

    func testReadOnlyStoresNeverCompact() throws {
        let directory = try makeTemporaryDirectory(self)
        let (writer, book) = try editedBook(in: directory)
        defer { writer.close() }
        let journal = try readBytes(journalPath(directory))
        let (reader, loaded) = try BookStore.open(directory: directory, mode: .readOnly)
        XCTAssertEqual(loaded, book)
        XCTAssertFalse(reader.compactInBackground())
        XCTAssertFalse(reader.isCompactingInBackground)
        reader.close()
        XCTAssertEqual(try readBytes(journalPath(directory)), journal, "a reader never touches the journal")
    }

    func testAnEmptyJournalStartsNothing() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let (store, _) = try BookStore.open(directory: directory)
        defer { store.close() }
        XCTAssertFalse(store.compactInBackground())
        XCTAssertFalse(store.isCompactingInBackground)
    }

    func testAStrayJournalTemporaryFileIsRemovedAtOpen() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        store.close()
        // What a crash while replacing the journal leaves: a temporary copy of its last lines.
        let stray = directory + "/.journal.jsonl.tmp-999-0"
        try writeText(#"{"changes":[{"collection":"tickets","remove":"tkt-000002"}],"schema":1}"# + "\n", to: stray)
        XCTAssertEqual(try BookStore.load(directory: directory), book, "never read")
        let (reopened, _) = try BookStore.open(directory: directory)
        reopened.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: stray), "cleaned under the lock")
    }
}

/// Holds the job an injected executor was given, for the test to run when it likes.
private final class JobBox: @unchecked Sendable {
    private let lock = NSLock()
    private var job: (@Sendable () -> Void)?

    func put(_ job: @escaping @Sendable () -> Void) { lock.withLock { self.job = job } }
    func take() -> (@Sendable () -> Void)? { lock.withLock { defer { job = nil }; return job } }
}
