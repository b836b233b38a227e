import Foundation
import XCTest

/// The mouse in a real terminal: tmux writes the mouse reports a terminal would send into the
/// pane (xterm's normal tracking, which tmux's terminal type announces), and the screen shows
/// what the click did.
final class MouseTmuxTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        return directory
    }

    /// A left press then its release at a cell (0-based): ESC [ M, the button, the column and
    /// the row, each plus 32 and the position 1-based.
    private func click(x: Int, y: Int) -> String {
        func report(_ button: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
                + String(UnicodeScalar(UInt8(33 + y)))
        }
        return report(0) + report(3)
    }

    func testClickingTheContactsTabShowsTheContacts() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(try demoBook()))")
        try tmux.dismissDayStart()
        let board = try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("Negotiation") }
        let tabs = try XCTUnwrap(board.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init))
        let column = try XCTUnwrap(tabs.range(of: "2 Contacts").map { tabs.distance(from: tabs.startIndex, to: $0.lowerBound) })
        try tmux.type(click(x: column + 2, y: 0))
        try tmux.waitForScreen("the contacts list") { $0.contains("search names, emails, phones") && $0.contains("Last contact") }
    }
}
