import Foundation
import XCTest

/// A fresh directory under the system's temporary folder, removed when the test ends.
func makeTemporaryDirectory(_ test: XCTestCase, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let path = NSTemporaryDirectory() + "rapport-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}

/// `../shared/fixtures` beside the package root, when it is there.
func sharedFixturesDirectory(file: String = #filePath) -> String? {
    var url = URL(fileURLWithPath: file)
    for _ in 0..<4 { url.deleteLastPathComponent() } // Support, RapportCoreTests, Tests, package root
    let path = url.deletingLastPathComponent().appendingPathComponent("shared/fixtures").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
}

func readBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

func writeText(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}
