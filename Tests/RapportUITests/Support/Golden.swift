import Foundation
import RapportCanvas
import RapportUI
import XCTest

/// Golden-file testing for rendered screens.
///
/// Renders are compared as text (`CellBuffer.lines()`, trailing spaces trimmed, joined with "\n")
/// against `Tests/RapportUITests/Snapshots/<name>.txt`. Run with `RAPPORT_UPDATE_GOLDENS=1` to
/// (re)write the files instead, then review the diff in git.
enum Golden {
    /// The Snapshots folder, found from this source file so it works from any working directory.
    static let snapshotsDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // RapportUITests
        .appendingPathComponent("Snapshots", isDirectory: true)

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["RAPPORT_UPDATE_GOLDENS"] == "1"
    }

    /// Renders with `body` into a fresh buffer of the given size.
    static func render(width: Int, height: Int, _ body: (inout CellBuffer, Rect) -> Void) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        body(&buffer, buffer.bounds)
        return buffer
    }
}

/// Compares the buffer's text with the golden file `name`.txt (or writes it when updating).
func assertGolden(_ buffer: CellBuffer, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = buffer.lines().joined(separator: "\n") + "\n"
    let url = Golden.snapshotsDirectory.appendingPathComponent(name + ".txt")
    if Golden.isUpdating {
        do {
            try FileManager.default.createDirectory(at: Golden.snapshotsDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            XCTFail("could not write golden \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
        XCTFail("missing golden \(name).txt; run with RAPPORT_UPDATE_GOLDENS=1 to create it. Rendered:\n\(framed(actual))",
                file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("render differs from golden \(name).txt\n--- expected\n\(framed(expected))\n--- actual\n\(framed(actual))",
                file: file, line: line)
    }
}

/// Renders `body` at the given size and compares with the golden file.
func assertGolden(named name: String, width: Int, height: Int, file: StaticString = #filePath, line: UInt = #line,
                  _ body: (inout CellBuffer, Rect) -> Void) {
    assertGolden(Golden.render(width: width, height: height, body), named: name, file: file, line: line)
}

/// Text with a left margin so leading/trailing blank lines are visible in a failure message.
private func framed(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 }.joined(separator: "\n")
}
