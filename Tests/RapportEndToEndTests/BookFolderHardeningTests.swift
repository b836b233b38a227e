import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The real binary on book folders that are not what they seem: open to others, with links or
/// FIFOs where its files should be.
final class BookFolderHardeningTests: XCTestCase {
    private func book() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let made = try RapportBinary.run(["--data", directory, "add", "contact", "--first-name", "Ada", "--last-name", "Byron"])
        XCTAssertEqual(made.status, 0, made.stderr)
        return directory
    }

    private func add(_ directory: String, _ first: String) throws -> RapportRun {
        try RapportBinary.run(["--data", directory, "add", "contact", "--first-name", first, "--last-name", "Test"])
    }

    func testAWriterMakesAnOpenFolderPrivateAndSaysSoOnce() throws {
        let directory = try book()
        XCTAssertEqual(chmod(directory, 0o777), 0)
        let first = try add(directory, "Grace")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("made it private (0700)"), first.stderr)
        var info = stat()
        XCTAssertEqual(stat(directory, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
        let second = try add(directory, "Alan")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stderr, "", "said once")
    }

    func testAFIFOCollectionIsRefusedByCheckListAndAddWithItsName() throws {
        let directory = try book()
        let fifo = directory + "/contacts.json"
        try FileManager.default.removeItem(atPath: fifo)
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        for arguments in [["check"], ["list", "contacts"], ["add", "contact", "--first-name", "X", "--last-name", "Y"]] {
            let run = try RapportBinary.run(["--data", directory] + arguments)
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderr.contains("contacts.json is not a regular file"), run.stderr)
        }
    }

    func testLinksInsideTheBookAreRefusedAndNotFollowed() throws {
        let directory = try book()
        let outside = try makeTemporaryDirectory(self)
        try "precious\n".write(toFile: outside + "/precious", atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: directory + "/.rapport.lock")
        XCTAssertEqual(symlink(outside + "/precious", directory + "/.rapport.lock"), 0)
        let locked = try add(directory, "Grace")
        XCTAssertEqual(locked.status, 1)
        XCTAssertTrue(locked.stderr.contains(".rapport.lock is a symbolic link"), locked.stderr)
        XCTAssertEqual(try String(contentsOfFile: outside + "/precious", encoding: .utf8), "precious\n")

        try FileManager.default.removeItem(atPath: directory + "/.rapport.lock")
        XCTAssertEqual(symlink(outside + "/made-by-rapport", directory + "/journal.jsonl"), 0)
        let journal = try add(directory, "Grace")
        XCTAssertEqual(journal.status, 1)
        XCTAssertTrue(journal.stderr.contains("journal.jsonl is a symbolic link"), journal.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside + "/made-by-rapport"))
    }
}
