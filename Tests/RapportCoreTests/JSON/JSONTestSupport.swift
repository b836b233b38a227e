import Foundation
import XCTest

/// Shared fixtures live beside the package: `<root>/../shared/fixtures/json/test_parsing`.
enum JSONFixtures {
    static var packageRoot: URL {
        // Tests/RapportCoreTests/JSON/<file> -> three levels up is the package root.
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var testParsingDirectory: URL {
        packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/fixtures/json/test_parsing", isDirectory: true)
    }

    /// (file name, bytes) for every fixture whose name starts with `prefix`, or XCTSkip.
    static func files(withPrefix prefix: String) throws -> [(name: String, bytes: [UInt8])] {
        let directory = testParsingDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw XCTSkip("shared fixtures not found at \(directory.path)")
        }
        return try names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted().map { name in
            (name, [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))))
        }
    }
}
