import Foundation
import Synchronization
import XCTest
@testable import RapportCore
#if canImport(Glibc)
import Glibc
#endif

/// Links and special files where the book's files should be are refused with their name, never
/// followed, truncated, created through, or read (a FIFO would block the reader for ever).
final class FilesThatAreNotWhatTheySeemTests: XCTestCase {
    private func book() throws -> String {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        return directory
    }

    /// Runs `body` on another thread; fails (and unblocks a FIFO reader) if it never returns.
    private func withoutHanging(_ fifo: String? = nil, _ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread { body(); done.signal() }
        if done.wait(timeout: .now() + 60) == .timedOut {
            XCTFail("blocked on a special file")
            if let fifo { let fd = open(fifo, O_WRONLY | O_NONBLOCK); if fd >= 0 { close(fd) } }
        }
    }

    func testALockFileThatIsALinkIsRefusedAndItsTargetKept() throws {
        let directory = try book()
        let target = try makeTemporaryDirectory(self) + "/precious.txt"
        try writeText("keep me\n", to: target)
        try FileManager.default.removeItem(atPath: directory + "/" + BookLock.fileName)
        XCTAssertEqual(symlink(target, directory + "/" + BookLock.fileName), 0)
        XCTAssertThrowsError(try BookStore.open(directory: directory)) { error in
            XCTAssertEqual(error as? StoreError, .symbolicLink(path: directory + "/" + BookLock.fileName))
            XCTAssertTrue("\(error)".contains(".rapport.lock"), "\(error)")
        }
        XCTAssertEqual(String(decoding: try readBytes(target), as: UTF8.self), "keep me\n")
    }

    func testADanglingJournalLinkIsRefusedAndNothingIsCreatedAtItsTarget() throws {
        let directory = try book()
        let target = try makeTemporaryDirectory(self) + "/created-through-the-link"
        XCTAssertEqual(symlink(target, directory + "/journal.jsonl"), 0)
        XCTAssertThrowsError(try BookStore.load(directory: directory)) { error in
            XCTAssertEqual(error as? StoreError, .symbolicLink(path: directory + "/journal.jsonl"))
        }
        XCTAssertThrowsError(try BookStore.open(directory: directory))
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }

    func testACollectionFileThatIsALinkIsRefused() throws {
        let directory = try book()
        let elsewhere = try makeTemporaryDirectory(self) + "/contacts.json"
        try FileManager.default.moveItem(atPath: directory + "/contacts.json", toPath: elsewhere)
        XCTAssertEqual(symlink(elsewhere, directory + "/contacts.json"), 0)
        XCTAssertThrowsError(try BookStore.load(directory: directory)) { error in
            XCTAssertEqual(error as? StoreError, .symbolicLink(path: directory + "/contacts.json"))
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        // A dangling one too: it is not an empty collection.
        try FileManager.default.removeItem(atPath: elsewhere)
        XCTAssertThrowsError(try BookStore.load(directory: directory))
    }

    func testTheBookFolderItselfMayBeALink() throws {
        let directory = try book()
        let link = try makeTemporaryDirectory(self) + "/book-link"
        XCTAssertEqual(symlink(directory, link), 0)
        XCTAssertEqual(try BookStore.load(directory: link), SampleBook.make())
        let (store, _) = try BookStore.open(directory: link)
        store.close()
    }

    func testAFIFOInPlaceOfACollectionIsRefusedWithoutBlocking() throws {
        let directory = try book()
        let fifo = directory + "/opportunities.json"
        try FileManager.default.removeItem(atPath: fifo)
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let outcome = Mutex<[StoreError?]>([])
        withoutHanging(fifo) {
            for attempt in 0..<2 {
                var error: StoreError?
                do {
                    if attempt == 0 { _ = try BookStore.load(directory: directory) } else { _ = try BookStore.open(directory: directory) }
                } catch let failure as StoreError { error = failure } catch {}
                outcome.withLock { $0.append(error) }
            }
        }
        XCTAssertEqual(outcome.withLock { $0 }, [.notARegularFile(path: fifo), .notARegularFile(path: fifo)])
        XCTAssertTrue(StoreError.notARegularFile(path: fifo).description.contains("opportunities.json"))
        // The lock was given back: the book opens once the FIFO is gone.
        try FileManager.default.removeItem(atPath: fifo)
        let (store, _) = try BookStore.open(directory: directory)
        store.close()
    }

    func testAFIFOInPlaceOfTheJournalOrTheLockIsRefusedWithoutBlocking() throws {
        for name in ["journal.jsonl", BookLock.fileName] {
            let directory = try book()
            let fifo = directory + "/" + name
            try? FileManager.default.removeItem(atPath: fifo)
            XCTAssertEqual(mkfifo(fifo, 0o600), 0)
            let outcome = Mutex<StoreError?>(nil)
            withoutHanging(fifo) {
                do { _ = try BookStore.open(directory: directory) } catch let error as StoreError { outcome.withLock { $0 = error } } catch {}
            }
            XCTAssertEqual(outcome.withLock { $0 }, .notARegularFile(path: fifo), name)
        }
    }
}
