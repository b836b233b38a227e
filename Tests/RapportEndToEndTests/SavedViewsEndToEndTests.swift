import Foundation
import XCTest
import RapportCore

/// Saved views seen from outside: saved in the TUI (tmux), kept in settings.json, applied again
/// after a restart, and printed by `rapport list --view` with the same rows as the screen.
final class SavedViewsEndToEndTests: XCTestCase {
    private let now = "2026-11-22T12:00:00Z"

    private func demoBook() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let run = try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return directory
    }

    /// The contact names in the list's rows of a 120-column screen (the first column).
    private func listedNames(_ screen: String) -> [String] {
        let lines = screen.components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.hasPrefix("Name ") }) else { return [] }
        return lines[(header + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix(" ") }
            .map { String($0.prefix(32)).trimmingCharacters(in: .whitespaces) }
    }

    func testSaveAViewQuitRestartApplyItAndTheCommandListsTheSameContacts() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let book = try demoBook()
        let command = "\(shellQuoted(RapportBinary.path)) --data \(shellQuoted(book))"

        var tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now], command: command)
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board") { $0.contains("Qualified") }
        try tmux.send("2")
        try tmux.waitForScreen("the contacts") { $0.contains("of 300") || $0.contains("300 contacts") || $0.contains("Name ") }
        try tmux.send("/")
        try tmux.type("camille")
        let filtered = try tmux.waitForScreen("the search") { $0.contains("/ camille") && $0.contains(" of 300") && !$0.contains("300 of 300") }
        let shown = listedNames(filtered)
        XCTAssertFalse(shown.isEmpty, filtered)
        try tmux.send("Enter")  // keeps the search (and opens the pane, which the save does not mind)
        try tmux.send("V")
        try tmux.waitForScreen("the name prompt") { $0.contains("Save the view as") }
        try tmux.type("Camilles")
        try tmux.send("Enter")
        try tmux.waitForScreen("the saved message") { $0.contains("Saved the view \"Camilles\"") && $0.contains("saved") }
        try tmux.send("q")
        XCTAssertTrue(try tmux.waitForExit(), "q quits")

        let settings = try BookStore.load(directory: book).settings
        XCTAssertEqual(settings.savedViews, [SavedView(name: "Camilles", screen: .contacts, filter: SavedViewFilter(search: "camille"),
                                                       sort: SavedViewSort(field: "name"))])

        tmux = try TmuxSession(self, width: 120, height: 36, environment: ["RAPPORT_NOW": now], command: command)
        try tmux.dismissDayStart()
        try tmux.waitForScreen("the board again") { $0.contains("Qualified") }
        try tmux.send("2")
        try tmux.waitForScreen("the whole list") { $0.contains("Name ") && !$0.contains("/ camille") }
        try tmux.send("v")
        try tmux.waitForScreen("the saved views") { $0.contains("Saved views: Contacts") && $0.contains("Camilles") }
        try tmux.send("Enter")
        let applied = try tmux.waitForScreen("the view applied") { $0.contains("view: Camilles") && $0.contains("/ camille") }
        XCTAssertEqual(listedNames(applied), shown)

        let list = try RapportBinary.run(["list", "contacts", "--view", "camilles", "--json", "--data", book],
                                         environment: ["RAPPORT_NOW": now])
        XCTAssertEqual(list.status, 0, list.stderr)
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let names = records.map { "\($0["firstName"] as? String ?? "") \($0["lastName"] as? String ?? "")" }
        // The screen shows as many rows as fit; the command prints them all, in the same order.
        XCTAssertEqual(Array(names.prefix(shown.count)), shown)
        XCTAssertEqual(names.count, shown.count, "every match fits on a 36-line screen")
    }

    func testAnUnknownViewIsAUsageErrorNamingTheSavedOnes() throws {
        let book = try demoBook()
        var loaded = try BookStore.load(directory: book)
        loaded.settings.save(SavedView(name: "Hot leads Milano", screen: .contacts, filter: SavedViewFilter(search: "milano", stage: "lead")))
        loaded.settings.save(SavedView(name: "Big deals", screen: .board, sort: SavedViewSort(field: "amount")))
        try BookStore.write(loaded, to: book)

        let unknown = try RapportBinary.run(["list", "contacts", "--view", "Cold", "--data", book])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("\"Hot leads Milano\""), unknown.stderr)
        XCTAssertFalse(unknown.stderr.contains("Big deals"), "only the contacts' views")

        let conflict = try RapportBinary.run(["list", "contacts", "--view", "Hot leads Milano", "--filter", "x", "--data", book])
        XCTAssertEqual(conflict.status, 2)

        let deals = try RapportBinary.run(["list", "deals", "--view", "big deals", "--json", "--data", book], environment: ["RAPPORT_NOW": now])
        XCTAssertEqual(deals.status, 0, deals.stderr)
        let count = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(deals.stdout.utf8)) as? [Any]).count
        XCTAssertEqual(count, loaded.opportunities.count, "no filter: every deal of the board")

        let views = try RapportBinary.run(["views", "list", "--json", "--data", book])
        XCTAssertEqual(views.status, 0, views.stderr)
        let stored = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(views.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(stored.map { $0["name"] as? String }, ["Hot leads Milano", "Big deals"])
        XCTAssertEqual(stored.first?["screen"] as? String, "contacts")
        let table = try RapportBinary.run(["views", "list", "--data", book])
        XCTAssertTrue(table.stdout.contains("Hot leads Milano"), table.stdout)
        XCTAssertTrue(table.stderr.contains("2 saved views"), table.stderr)
    }
}
