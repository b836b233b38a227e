import Foundation
import Synchronization
import XCTest
@testable import RapportCore

/// Commands saving while the full-screen app has the book open (the app's store is `.session`,
/// theirs `.readWrite`, which then becomes a guest that only appends to the journal), and
/// writers queueing for the write lock instead of being refused.
final class ManyWritersTests: XCTestCase {

    private func book() throws -> String {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        return directory
    }

    /// What a command like `rapport add contact` does: open, add, save, close.
    private static func addContact(_ number: Int, _ name: String, in directory: String) throws {
        let (store, book) = try BookStore.open(directory: directory, wait: 5)
        defer { store.close() }
        var changed = book
        changed.contacts.upsert(Contact(id: ContactID(number: number), createdAt: Date(timeIntervalSince1970: 1_795_000_000), firstName: name, lastName: "Outside"))
        try store.save(changed)
    }

    func testACommandSavesWhileTheAppIsOpenAndTheAppTakesItIn() throws {
        let directory = try book()
        let (app, shown) = try BookStore.open(directory: directory, mode: .session)
        defer { app.close() }
        XCTAssertNil(try app.outsideEdits(mergedInto: shown))

        let (guest, _) = try BookStore.open(directory: directory)
        XCTAssertTrue(guest.isGuest)
        guest.close()
        try Self.addContact(50, "Mail", in: directory)
        // Readers see it at once, through the journal.
        XCTAssertEqual(try BookStore.load(directory: directory).contacts[ContactID(number: 50)]?.firstName, "Mail")

        let edits = try XCTUnwrap(try app.outsideEdits(mergedInto: shown))
        XCTAssertEqual(edits.changeCount, 1)
        XCTAssertEqual(edits.book.contacts[ContactID(number: 50)]?.firstName, "Mail")
        XCTAssertNil(try app.outsideEdits(mergedInto: edits.book), "taken once")

        var edited = edits.book
        edited.contacts.update(ContactID(number: 1)) { $0.jobTitle = "Edited in the app" }
        try app.save(edited)
        app.close()
        let saved = try BookStore.load(directory: directory)
        XCTAssertEqual(saved, edited)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/journal.jsonl"), "the app folded the command's line too")
    }

    func testTheAppsSaveMergesWhatACommandAppendedSinceItLastLooked() throws {
        let directory = try book()
        let (app, shown) = try BookStore.open(directory: directory, mode: .session)
        defer { app.close() }
        try Self.addContact(51, "Cron", in: directory)
        // The app saves without having looked: the command's contact is kept, not overwritten,
        // also by a second save of a book made before the app took the edits in.
        var edited = shown
        edited.contacts.update(ContactID(number: 2)) { $0.jobTitle = "App" }
        try app.save(edited)
        var stale = edited
        stale.contacts.update(ContactID(number: 1)) { $0.jobTitle = "Stale" }
        try app.save(stale)
        let loaded = try BookStore.load(directory: directory)
        XCTAssertEqual(loaded.contacts[ContactID(number: 51)]?.firstName, "Cron")
        XCTAssertEqual(loaded.contacts[ContactID(number: 2)]?.jobTitle, "App")
        XCTAssertEqual(loaded.contacts[ContactID(number: 1)]?.jobTitle, "Stale")
        let edits = try XCTUnwrap(try app.outsideEdits(mergedInto: stale))
        XCTAssertEqual(edits.book, loaded)
        XCTAssertEqual(edits.changeCount, 1)
    }

    func testARecordBothChangedKeepsTheAppsVersionAndOthersKeepTheCommands() throws {
        let directory = try book()
        let (app, shown) = try BookStore.open(directory: directory, mode: .session)
        defer { app.close() }
        let (guest, theirs) = try BookStore.open(directory: directory)
        var command = theirs
        command.contacts.update(ContactID(number: 1)) { $0.jobTitle = "Command" }
        command.contacts.update(ContactID(number: 2)) { $0.jobTitle = "Command" }
        try guest.save(command)
        guest.close()
        var mine = shown
        mine.contacts.update(ContactID(number: 1)) { $0.jobTitle = "App" }
        let edits = try XCTUnwrap(try app.outsideEdits(mergedInto: mine), "unsaved edits are merged too")
        XCTAssertEqual(edits.book.contacts[ContactID(number: 1)]?.jobTitle, "App")
        XCTAssertEqual(edits.book.contacts[ContactID(number: 2)]?.jobTitle, "Command")
        try app.save(edits.book)
        app.close()
        XCTAssertEqual(try BookStore.load(directory: directory), edits.book)
    }

    func testASecondAppIsRefusedAndACommandCannotRewriteWhileTheAppIsOpen() throws {
        let directory = try book()
        let (app, _) = try BookStore.open(directory: directory, mode: .session)
        defer { app.close() }
        XCTAssertThrowsError(try BookStore.open(directory: directory, mode: .session)) { error in
            guard case .locked(_, let holder) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(holder.contains("pid \(getpid())"), holder)
        }
        let (guest, theirs) = try BookStore.open(directory: directory)
        defer { guest.close() }
        var settings = theirs
        settings.settings.userName = "Changed by a script"
        XCTAssertThrowsError(try guest.save(settings)) { error in
            guard case .rewriteWhileOpen(let file, _) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(file.hasSuffix("settings.json"))
        }
        XCTAssertFalse(BookStore.write(SampleBook.make(), toSucceeds: directory))
        XCTAssertEqual(try BookStore.load(directory: directory), SampleBook.make(), "nothing was changed")
    }

    func testAnAppendDuringTheAppsBackgroundCompactionIsKept() throws {
        let directory = try book()
        let (app, shown) = try BookStore.open(directory: directory, mode: .session)
        defer { app.close() }
        var edited = shown
        edited.contacts.update(ContactID(number: 1)) { $0.jobTitle = "Before the fold" }
        try app.save(edited)
        let job = Mutex<(@Sendable () -> Void)?>(nil)
        app.compactionHooks.run = { work in job.withLock { $0 = work } }
        // A command saves between the fold's writing of the files and its dropping of the lines.
        app.compactionHooks.filesWritten = { try? ManyWritersTests.addContact(52, "During", in: directory) }
        XCTAssertTrue(app.compactInBackground())
        try XCTUnwrap(job.withLock { $0 })()
        XCTAssertNil(app.backgroundCompactionError)
        let loaded = try BookStore.load(directory: directory)
        XCTAssertEqual(loaded.contacts[ContactID(number: 52)]?.firstName, "During", "the command's line was kept")
        XCTAssertEqual(loaded.contacts[ContactID(number: 1)]?.jobTitle, "Before the fold")
        let edits = try XCTUnwrap(try app.outsideEdits(mergedInto: edited))
        XCTAssertEqual(edits.book, loaded)
        app.close()
        XCTAssertEqual(try BookStore.load(directory: directory), loaded)
    }

    func testAWriterWaitsForTheWriteLockAndSaysWhoHeldItWhenItGivesUp() throws {
        let directory = try book()
        let held = try BookLock.acquire(directory: directory)
        XCTAssertThrowsError(try BookStore.open(directory: directory)) { error in
            guard case .locked(_, let holder) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(holder.contains("pid \(getpid())"), holder)
        }
        XCTAssertThrowsError(try BookStore.open(directory: directory, wait: 0.2)) { error in
            guard case .lockedAfterWaiting(_, let holder, let seconds) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(holder.contains("pid \(getpid())"), holder)
            XCTAssertEqual(seconds, 0.2)
            XCTAssertTrue("\(error)".contains("waited 0.2 s"), "\(error)")
        }
        // Released while a writer waits (well within its wait): the writer goes on.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { held.release() }
        let (store, _) = try BookStore.open(directory: directory, wait: 60)
        store.close()
    }

    func testTheAppOpeningWhileACommandWritesWaitsForItInsteadOfBeingRefused() throws {
        let directory = try book()
        for _ in 0..<20 {
            let (command, _) = try BookStore.open(directory: directory)
            let outcome = Mutex<String?>(nil)
            let opened = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                do {
                    let (app, _) = try BookStore.open(directory: directory, mode: .session, wait: 30)
                    app.close()
                } catch {
                    outcome.withLock { $0 = "\(error)" }
                }
                opened.signal()
            }
            usleep(20_000)
            command.close()
            opened.wait()
            XCTAssertNil(outcome.withLock { $0 })
        }
    }

    func testConcurrentWritersAllSucceed() throws {
        let directory = try book()
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 5) { writer in
            for index in 0..<20 {
                do { try ManyWritersTests.addContact(1000 + writer * 100 + index, "W\(writer)", in: directory) } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, [])
        XCTAssertEqual(try BookStore.load(directory: directory).contacts.count, SampleBook.make().contacts.count + 100)
    }
}

private extension BookStore {
    /// Whether writing a whole book into `directory` went through.
    static func write(_ book: Book, toSucceeds directory: String) -> Bool {
        (try? write(book, to: directory)) != nil
    }
}
