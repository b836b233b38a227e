import Foundation
import RapportCore
import XCTest

/// `N` runs `$EDITOR` in the terminal: the editor must own it (read /dev/tty itself, as vim
/// does), and what the terminal answers the editor must not reach Rapport as keys.
final class ExternalEditorTmuxTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    /// A stand-in for vim: reads a line from /dev/tty (not stdin), writes it to the file, then
    /// asks the terminal for its version (`ESC [ > c`, as vim does) and exits before the answer
    /// (`ESC [ > 84;0;0c` from tmux, with a `>` that would move a deal) arrives.
    private func fakeEditor() throws -> String {
        let path = try makeTemporaryDirectory(self) + "/fake-editor"
        let script = """
        #!/bin/sh
        for file; do :; done
        printf 'fake editor: type the notes\\n' > /dev/tty
        IFS= read -r line < /dev/tty || exit 3
        printf '%s\\n' "$line" > "$file"
        printf '\\033[>c' > /dev/tty
        """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func testTheEditorOwnsTheTerminalAndItsAnswersAreNotKeys() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let directory = try makeTemporaryDirectory(self) + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let before = try BookStore.load(directory: directory)
        // An editor with arguments, as "vim -u NONE" or "code -w" are: the shell splits them.
        let editor = try fakeEditor() + " -u NONE"
        let tmux = try TmuxSession(self, width: 100, height: 30, environment: ["RAPPORT_NOW": now, "EDITOR": editor, "VISUAL": ""],
                                   command: "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(directory))")
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") && $0.contains("sort:") }
        try tmux.send("N")
        try tmux.waitForScreen("the editor's prompt") { $0.contains("fake editor: type the notes") }
        try tmux.type("Met at the fair")
        try tmux.send("Enter")
        try tmux.waitForScreen("the board again") { $0.contains("Notes edited") && $0.contains("sort:") }
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")

        let after = try BookStore.load(directory: directory)
        let edited = after.opportunities.all.filter { $0.notes == "Met at the fair\n" }
        XCTAssertEqual(edited.count, 1, "the notes typed in the editor are saved")
        for opportunity in after.opportunities.all {
            XCTAssertEqual(opportunity.stageID, before.opportunities[opportunity.id]?.stageID,
                           "no deal moved: the terminal's answer to the editor was not read as keys")
        }
        XCTAssertEqual(after.contacts, before.contacts)
    }
}
