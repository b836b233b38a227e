import Foundation
import XCTest
@testable import RapportCore

final class BookStoreTests: XCTestCase {
    func testRoundTripKeepsEveryField() throws {
        let directory = try makeTemporaryDirectory(self)
        let book = SampleBook.make()
        try BookStore.write(book, to: directory)
        let loaded = try BookStore.load(directory: directory)
        XCTAssertEqual(loaded, book)
        XCTAssertEqual(loaded.contacts[ContactID(number: 1)]?.lifecycleHistory.map(\.stage), [.lead, .sql])
        XCTAssertEqual(loaded.settings, book.settings)
    }

    func testOutputIsDeterministicAndSorted() throws {
        let first = try makeTemporaryDirectory(self)
        let second = try makeTemporaryDirectory(self)
        let book = SampleBook.make()
        try BookStore.write(book, to: first)
        // The same records inserted in another order give the same bytes.
        var shuffled = Book(settings: book.settings)
        for contact in book.contacts.sortedByID.reversed() { shuffled.contacts.upsert(contact) }
        shuffled.companies = book.companies
        shuffled.opportunities = book.opportunities
        shuffled.activities = RecordTable(book.activities.sortedByID.reversed())
        shuffled.purchases = book.purchases
        shuffled.surveys = book.surveys
        shuffled.campaigns = book.campaigns
        shuffled.tickets = book.tickets
        shuffled.templates = book.templates
        try BookStore.write(shuffled, to: second)
        for collection in BookCollection.allCases {
            XCTAssertEqual(try readBytes(first + "/" + collection.fileName), try readBytes(second + "/" + collection.fileName), collection.fileName)
        }
        let text = String(decoding: try readBytes(first + "/contacts.json"), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"contacts\": [\n"), text)
        XCTAssertTrue(text.hasSuffix("\"schema\": 1\n}\n"))
        let giulia = try XCTUnwrap(text.range(of: "con-000001"))
        let zoe = try XCTUnwrap(text.range(of: "con-000002"))
        XCTAssertLessThan(giulia.lowerBound, zoe.lowerBound)
        XCTAssertTrue(text.contains("\"createdAt\": \"2026-11-22T12:00:00Z\""), "dates are ISO 8601 UTC")
        XCTAssertTrue(text.contains("Lefèvre 漢字 👍🏽"), "non-ASCII stays readable")
    }

    func testMoneyIsStoredAsIntegerMinorUnits() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let text = String(decoding: try readBytes(directory + "/opportunities.json"), as: UTF8.self)
        XCTAssertTrue(text.contains("\"minor\": 1150000"), text)
        XCTAssertTrue(text.contains("\"currency\": \"EUR\""))
    }

    func testPermissionsArePrivate() throws {
        let parent = try makeTemporaryDirectory(self)
        let directory = parent + "/book"
        try BookStore.write(SampleBook.make(), to: directory)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        for collection in BookCollection.allCases {
            let file = try FileManager.default.attributesOfItem(atPath: directory + "/" + collection.fileName)
            XCTAssertEqual((file[.posixPermissions] as? NSNumber)?.intValue, 0o600, collection.fileName)
        }
    }

    func testOnlyChangedCollectionsAreRewritten() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let (store, loaded) = try BookStore.open(directory: directory)
        defer { store.close() }
        var book = loaded
        XCTAssertEqual(try store.save(book), [])
        book.opportunities.update(OpportunityID(number: 1)) { $0.move(toStage: "negotiation", at: SampleBook.noon) }
        XCTAssertEqual(try store.save(book), [.opportunities])
        XCTAssertEqual(try store.save(book), [])
        book.settings.userName = "Marta"
        XCTAssertEqual(try store.save(book), [.settings])
        // Undo to an earlier state is a change too.
        book.opportunities = loaded.opportunities
        XCTAssertEqual(try store.save(book), [.opportunities])
        XCTAssertEqual(try BookStore.load(directory: directory).opportunities, loaded.opportunities)
    }

    func testAStrayTemporaryFileFromACrashIsIgnored() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let before = try readBytes(directory + "/contacts.json")
        // What a save that died after writing half of its temporary file leaves behind.
        try writeText("{\"schema\": 1, \"contacts\": [{\"id\": \"con-0", to: directory + "/.contacts.json.tmp-999-0")
        XCTAssertEqual(try BookStore.load(directory: directory), SampleBook.make())
        let (store, _) = try BookStore.open(directory: directory)
        store.close()
        XCTAssertEqual(try readBytes(directory + "/contacts.json"), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/.contacts.json.tmp-999-0"), "cleaned under the lock")
    }

    func testASecondWriterIsRefusedWithTheHolder() throws {
        let directory = try makeTemporaryDirectory(self)
        let (first, _) = try BookStore.open(directory: directory)
        XCTAssertThrowsError(try BookStore.open(directory: directory)) { error in
            guard case .locked(_, let holder) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(holder.contains("pid \(getpid())"), holder)
            XCTAssertTrue((error as? StoreError)?.description.contains("is in use by") ?? false)
        }
        // Readers are never blocked.
        XCTAssertNoThrow(try BookStore.open(directory: directory, mode: .readOnly))
        first.close()
        XCTAssertNoThrow(try BookStore.open(directory: directory).store.close())
    }

    func testReadOnlyStoresRefuseToSave() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        let (store, book) = try BookStore.open(directory: directory, mode: .readOnly)
        XCTAssertThrowsError(try store.save(book)) { XCTAssertEqual($0 as? StoreError, .readOnly(directory: directory)) }
    }

    func testAMissingDirectoryIsAnEmptyBook() throws {
        let parent = try makeTemporaryDirectory(self)
        XCTAssertTrue(try BookStore.load(directory: parent + "/nothing-here").isEmpty)
        let (store, book) = try BookStore.open(directory: parent + "/new/book")
        defer { store.close() }
        XCTAssertEqual(book.settings.pipeline.map(\.name), ["New", "Qualified", "Meeting", "Proposal", "Negotiation"])
        XCTAssertEqual(try store.save(book), [.settings])
    }
}
