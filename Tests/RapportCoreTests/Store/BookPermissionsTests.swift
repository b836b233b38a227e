import Foundation
import XCTest
@testable import RapportCore
#if canImport(Glibc)
import Glibc
#endif

/// An existing book folder open to others is made private when the book is opened for writing,
/// and the user is told once; a folder that is not only a book is warned about, not changed.
final class BookPermissionsTests: XCTestCase {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        return info.st_mode & 0o7777
    }

    func testAnOpenBookFolderAndItsFilesAreMadePrivateOnce() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        XCTAssertEqual(chmod(directory, 0o777), 0)
        XCTAssertEqual(chmod(directory + "/contacts.json", 0o644), 0)
        XCTAssertEqual(chmod(directory + "/settings.json", 0o666), 0)

        let (store, _) = try BookStore.open(directory: directory)
        store.close()
        XCTAssertEqual(mode(directory), 0o700)
        XCTAssertEqual(mode(directory + "/contacts.json"), 0o600)
        XCTAssertEqual(mode(directory + "/settings.json"), 0o600)
        XCTAssertEqual(store.notices, [
            Messages.storeFolderTightened.text(["path": directory, "mode": "0777"]),
            Messages.storeFilesTightened.text(["count": 2, "path": directory]),
        ])
        XCTAssertTrue(store.notices[1].contains("2 files"), store.notices[1])

        let (again, _) = try BookStore.open(directory: directory)
        again.close()
        XCTAssertEqual(again.notices, [], "said once")
    }

    func testReadersChangeNothing() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(SampleBook.make(), to: directory)
        XCTAssertEqual(chmod(directory, 0o755), 0)
        _ = try BookStore.load(directory: directory)
        let (store, _) = try BookStore.open(directory: directory, mode: .readOnly)
        store.close()
        XCTAssertEqual(mode(directory), 0o755)
    }

    func testAFolderHoldingMoreThanABookIsOnlyWarnedAbout() throws {
        let directory = try makeTemporaryDirectory(self)
        try writeText("mine\n", to: directory + "/notes.txt")
        XCTAssertEqual(chmod(directory, 0o755), 0)
        let notices = BookPermissions.tighten(directory: directory, fileNames: BookStore.ownFileNames)
        XCTAssertEqual(notices, [Messages.storeFolderOpenToOthers.text(["path": directory, "mode": "0755"])])
        XCTAssertEqual(mode(directory), 0o755)
    }
}

/// The book folder stays clean under git: its working files are listed in a `.gitignore`.
final class BookFolderIgnoreTests: XCTestCase {
    func testABookWrittenByRapportIgnoresItsWorkingFiles() throws {
        let directory = try makeTemporaryDirectory(self) + "/book"
        try BookStore.write(SampleBook.make(), to: directory)
        let ignore = String(decoding: try readBytes(directory + "/.gitignore"), as: UTF8.self)
        let patterns = ignore.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        XCTAssertEqual(patterns, [".rapport.lock", ".rapport.session.lock", ".*.tmp-*", "journal.jsonl"])
        // Every file but the collections is covered by a pattern.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        let collections = Set(BookCollection.allCases.map(\.fileName))
        for name in names where !collections.contains(name) && name != ".gitignore" {
            XCTAssertTrue(patterns.contains { fnmatch($0, name, 0) == 0 }, "\(name) is not ignored")
        }
    }

    func testAUsersOwnGitignoreIsKept() throws {
        let directory = try makeTemporaryDirectory(self)
        try writeText("*.bak\n", to: directory + "/.gitignore")
        try BookStore.write(SampleBook.make(), to: directory)
        XCTAssertEqual(String(decoding: try readBytes(directory + "/.gitignore"), as: UTF8.self), "*.bak\n")
    }
}
