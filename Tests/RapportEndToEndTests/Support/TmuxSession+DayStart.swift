import Foundation
import XCTest

extension TmuxSession {
    /// The demo book always has something due, so the app opens with the day-start banner over
    /// the board (docs/WORKDAY.md): waits for it and closes it with Esc.
    func dismissDayStart(file: StaticString = #filePath, line: UInt = #line) throws {
        try waitForScreen(file: file, line: line, "the day-start banner") { $0.contains("Esc closes") }
        try send("Escape")
        try waitForScreen(file: file, line: line, "the banner to close") { !$0.contains("Esc closes") }
    }
}
