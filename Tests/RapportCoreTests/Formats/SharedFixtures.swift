import Foundation
import XCTest

/// Finds `../shared/fixtures` beside the package root. The fixtures are other projects' files
/// and stay outside the repository; tests that need them skip when they are absent.
enum SharedFixtures {
    /// Package root: this file is at <root>/Tests/RapportCoreTests/Formats/SharedFixtures.swift.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let root: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared")
        .appendingPathComponent("fixtures")

    /// The fixture folder, or XCTSkip when it is not there.
    static func folder(_ relativePath: String) throws -> URL {
        let url = root.appendingPathComponent(relativePath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw XCTSkip("shared fixtures not found at \(url.path); these conformance tests need ../shared/fixtures beside the package")
        }
        return url
    }

    static func file(_ relativePath: String) throws -> Data {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw XCTSkip("shared fixture \(url.path) not found")
        }
        return data
    }
}
