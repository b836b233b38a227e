import Foundation
import XCTest
@testable import RapportCore

/// Saving a few edits appends one flushed line to journal.jsonl; readers replay it; closing folds
/// it into the files. A crash at any point leaves either the old or the new state of each save.
final class JournalTests: XCTestCase {
    private func journalPath(_ directory: String) -> String { directory + "/" + BookJournal.fileName }

    private func copyBook(_ directory: String, to copy: String) throws {
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".json") || name.hasSuffix(".jsonl") {
            try FileManager.default.copyItem(atPath: directory + "/" + name, toPath: copy + "/" + name)
        }
    }

    /// A book saved with one moved deal and one task marked done, and the expected result.
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

    func testAnEditIsOneJournalLineAndTheFilesStayUntilClose() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let before = try readBytes(directory + "/opportunities.json")
        let (store, book) = try editedBook(in: directory)
        let journal = try String(contentsOfFile: journalPath(directory), encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1, journal)
        XCTAssertTrue(journal.hasPrefix(#"{"changes":[{"collection":"opportunities","record":{"amount":{"currency":"EUR","#), journal)
        XCTAssertTrue(journal.contains(#"{"collection":"tickets","remove":"tkt-000001"}"#), journal)
        XCTAssertTrue(journal.hasSuffix("],\"schema\":1}\n"), journal)
        XCTAssertEqual(try readBytes(directory + "/opportunities.json"), before, "the edit is in the journal, not the file")
        // Readers (rapport check, reports) see the journal's edits.
        XCTAssertEqual(try BookStore.load(directory: directory), book)
        let permissions = try FileManager.default.attributesOfItem(atPath: journalPath(directory))[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600)

        store.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: journalPath(directory)), "compacted at close")
        XCTAssertEqual(try BookStore.load(directory: directory), book)
        // The compacted files are exactly what a full write of the book gives.
        let fresh = try makeTemporaryDirectory(self)
        try BookStore.write(book, to: fresh)
        for collection in BookCollection.allCases {
            XCTAssertEqual(try readBytes(directory + "/" + collection.fileName), try readBytes(fresh + "/" + collection.fileName), collection.fileName)
        }
    }

    func testACrashBeforeCompactionKeepsEverySavedEdit() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        // What a crash leaves: the files of before and the journal.
        let crashed = try makeTemporaryDirectory(self)
        try copyBook(directory, to: crashed)
        store.close()
        XCTAssertEqual(try BookStore.load(directory: crashed), book)
        // Opening it for writing keeps the journal, and the next close compacts it.
        let (reopened, loaded) = try BookStore.open(directory: crashed)
        XCTAssertEqual(loaded, book)
        var more = loaded
        more.opportunities.update(OpportunityID(number: 1)) { $0.title = "Renamed" }
        try reopened.save(more)
        reopened.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: journalPath(crashed)))
        XCTAssertEqual(try BookStore.load(directory: crashed), more)
    }

    func testACrashDuringCompactionReplaysHarmlessly() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        let journal = try readBytes(journalPath(directory))
        store.close()
        // Files rewritten, journal not yet removed: its edits are already in the files.
        try Data(journal).write(to: URL(fileURLWithPath: journalPath(directory)))
        XCTAssertEqual(try BookStore.load(directory: directory), book)
        // Even with some files old and some new.
        let older = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: older)
        try FileManager.default.removeItem(atPath: directory + "/activities.json")
        try FileManager.default.copyItem(atPath: older + "/activities.json", toPath: directory + "/activities.json")
        XCTAssertEqual(try BookStore.load(directory: directory), book)
    }

    func testATornLastLineIsIgnoredThenCut() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, book) = try editedBook(in: directory)
        let crashed = try makeTemporaryDirectory(self)
        try copyBook(directory, to: crashed)
        store.close()
        // A second save that died half-way through its line.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: journalPath(crashed)))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"changes":[{"collection":"opportunities","record":{"amou"#.utf8))
        handle.closeFile()
        XCTAssertEqual(try BookStore.load(directory: crashed), book, "the torn save is not applied")
        let (reopened, loaded) = try BookStore.open(directory: crashed)
        var more = loaded
        more.activities.update(ActivityID(number: 2)) { $0.summary = "Came back" }
        try reopened.save(more)
        let lines = try String(contentsOfFile: journalPath(crashed), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "the torn line was cut before appending")
        XCTAssertEqual(try BookStore.load(directory: crashed), more)
        reopened.close()
        XCTAssertEqual(try BookStore.load(directory: crashed), more)
    }

    func testABadJournalLineStopsTheLoadWithItsPosition() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let good = #"{"changes":[{"collection":"tickets","remove":"tkt-000001"}],"schema":1}"#
        try writeText(good + "\n" + #"{"changes":[{"collection":"tickets","remove":}],"schema":1}"# + "\n", to: journalPath(directory))
        XCTAssertThrowsError(try BookStore.load(directory: directory)) { error in
            guard case .corrupt(let file, let line, let column, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(file.hasSuffix("/journal.jsonl"), file)
            XCTAssertEqual([line, column], [2, 46])
        }
        try writeText(good + "\n" + #"{"changes":[{"collection":"wishes","remove":"x"}],"schema":1}"# + "\n", to: journalPath(directory))
        XCTAssertThrowsError(try BookStore.open(directory: directory)) { error in
            XCTAssertTrue(String(describing: error).contains("journal.jsonl:2:1:"), String(describing: error))
        }
        try writeText(#"{"changes":[],"schema":2}"# + "\n", to: journalPath(directory))
        XCTAssertThrowsError(try BookStore.load(directory: directory)) { error in
            guard case .newerSchema? = error as? StoreError else { return XCTFail("\(error)") }
        }
    }

    func testManyChangesRewriteTheCollectionAfterCompacting() throws {
        let directory = try makeTemporaryDirectory(self)
        let (store, edited) = try editedBook(in: directory)
        defer { store.close() }
        var book = edited
        for number in 10..<(10 + BookStore.journalRecordLimit + 1) {
            book.surveys.upsert(SurveyResponse(id: SurveyResponseID(number: number), createdAt: SampleBook.noon, contactID: nil,
                                               date: SampleBook.day, score: number % 11))
        }
        XCTAssertEqual(try store.save(book), [.surveys])
        XCTAssertFalse(FileManager.default.fileExists(atPath: journalPath(directory)), "compacted before the rewrite")
        XCTAssertEqual(try BookStore.load(directory: directory), book)
        // Undo of a bulk change is a change like any other.
        book = edited
        XCTAssertEqual(try store.save(book), [.surveys])
        XCTAssertEqual(try BookStore.load(directory: directory), edited)
    }

    func testUndoAndRedoAcrossSavesAreJournaledCorrectly() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let (store, loaded) = try BookStore.open(directory: directory)
        defer { store.close() }
        var first = loaded
        first.contacts.update(ContactID(number: 1)) { $0.jobTitle = "CTO" }
        try store.save(first)
        var second = first
        second.contacts.update(ContactID(number: 2)) { $0.jobTitle = "Buyer" }
        second.contacts.upsert(Contact(id: second.contacts.nextID(), createdAt: SampleBook.noon, firstName: "New", lastName: "Person"))
        try store.save(second)
        XCTAssertEqual(try BookStore.load(directory: directory), second)
        try store.save(first)  // undo
        XCTAssertEqual(try BookStore.load(directory: directory), first)
        try store.save(loaded)  // undo again
        XCTAssertEqual(try BookStore.load(directory: directory), loaded)
        try store.save(second)  // redo twice
        XCTAssertEqual(try BookStore.load(directory: directory), second)
    }
}
