import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Saving, listing, applying, renaming and deleting views, through the keys, on the fixture book.
final class SavedViewsTests: XCTestCase {
    private func contacts(width: Int = 80, height: Int = 24) -> AppHarness {
        var app = AppHarness(book: CRMFixture.make(), width: width, height: height)
        app.press("2")
        return app
    }

    /// Searches "ann", sorts descending, saves as `name`.
    private func saveAnnView(_ app: inout AppHarness, name: String = "Ann and co") {
        app.press("/")
        app.type("ann")
        app.press("enter")  // keeps the search and opens the pane
        closePane(&app)
        app.press("V")
        app.type(name)
        app.press("enter")
    }

    /// Esc until the pane is gone (one press on a narrow screen, two on a wide one), search kept.
    private func closePane(_ app: inout AppHarness) {
        while app.state.contacts.isPaneOpen || app.state.companies.isPaneOpen { app.press("esc") }
    }

    private func shownNames(_ app: AppHarness) -> [String] {
        let ids = app.contactEntries.map { app.contactIndex.rows[Int($0.row)].id }
        return ids.compactMap { app.state.book.contacts[$0]?.displayName }
    }

    func testSavingStoresTheQueryInTheSettingsAsOneUndoableChange() throws {
        var app = contacts()
        saveAnnView(&app)
        let views = try XCTUnwrap(app.state.book.settings.savedViews)
        XCTAssertEqual(views, [SavedView(name: "Ann and co", screen: .contacts, filter: SavedViewFilter(search: "ann"),
                                         sort: SavedViewSort(field: "name", ascending: true))])
        XCTAssertTrue(app.state.needsSave)
        app.press("u")
        XCTAssertNil(app.state.book.settings.savedViews)
        app.press("ctrl-r")
        XCTAssertEqual(app.state.book.settings.savedViews?.count, 1)
    }

    func testApplyingAViewRestoresItsFilterAndShowsItsNameInTheFooter() throws {
        var app = contacts()
        saveAnnView(&app)
        let filtered = shownNames(app)
        XCTAssertEqual(filtered.sorted(), ["Ann Lee", "Annabel Leeds", "Joanna Nash"].sorted())
        XCTAssertTrue(app.screenText().contains("view: Ann and co"))
        app.press("esc")  // clears the search: no longer the view
        XCTAssertEqual(shownNames(app).count, 5)
        XCTAssertFalse(app.screenText().contains("view: Ann and co"))
        app.press("v")
        XCTAssertTrue(app.screenText().contains("Saved views: Contacts"))
        app.press("enter")
        XCTAssertEqual(shownNames(app), filtered)
        XCTAssertTrue(app.screenText().contains("view: Ann and co"))
    }

    func testTheCLIRowsAreTheScreensRows() {
        var app = contacts()
        saveAnnView(&app)
        app.press("s", "S")  // sort by company, descending
        app.press("V")
        app.type("By company")
        app.press("enter")
        for name in ["Ann and co", "By company"] {
            guard let view = app.state.book.settings.savedView(named: name, screen: .contacts) else { return XCTFail(name) }
            app.press("esc")
            SavedViewQuery.apply(view, state: &app.state, environment: app.environment)
            let screen = app.contactEntries.map { app.contactIndex.rows[Int($0.row)].id }
            XCTAssertEqual(SavedViewRows.contactIDs(view, book: app.state.book, clock: app.environment.clock), screen, name)
        }
    }

    /// Every kind of contact filter and sort survives the trip through the stored view, and the
    /// command line's rows are the list's, in its order.
    func testEveryContactFilterRoundTripsAndMatchesTheScreen() {
        var app = contacts()
        var queries: [ContactListQuery] = []
        queries.append(ContactListQuery(stage: .lead, sort: .company, ascending: false))
        queries.append(ContactListQuery(tag: "vip"))
        queries.append(ContactListQuery(search: "lee", stage: .subscriber))
        queries.append(ContactListQuery(segment: .loyal, sort: .lastInteraction))
        queries.append(ContactListQuery(sort: .nextTask, ascending: false))
        for query in queries {
            let view = SavedViewQuery.contactsView(query)
            XCTAssertEqual(SavedViewQuery.contactsQuery(view), query)
            SavedViewQuery.apply(view, state: &app.state, environment: app.environment)
            XCTAssertEqual(app.state.contacts.query, query)
            XCTAssertEqual(SavedViewRows.contactIDs(view, book: app.state.book, clock: app.environment.clock),
                           app.contactEntries.map { app.contactIndex.rows[Int($0.row)].id })
        }
    }

    func testSavingUnderAnExistingNameAsksBeforeReplacing() {
        var app = contacts()
        saveAnnView(&app)
        app.press("esc")  // a different query: no search
        app.press("V")
        app.type("ann AND CO")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("Replace the view?"))
        app.press("n")  // back to the name
        XCTAssertTrue(app.screenText().contains("Save the view as"))
        app.press("esc")
        XCTAssertEqual(app.state.book.settings.savedViews?.first?.filter.search, "ann")
        app.press("V")
        app.type("Ann and co")
        app.press("enter", "y")
        XCTAssertEqual(app.state.book.settings.savedViews?.count, 1)
        XCTAssertNil(app.state.book.settings.savedViews?.first?.filter.search)
    }

    func testAnEmptyNameIsRefused() {
        var app = contacts()
        app.press("V", "enter")
        XCTAssertNil(app.state.book.settings.savedViews)
        XCTAssertNotNil(app.state.savedViews.dialog)
    }

    func testRenameAndDeleteFromThePicker() {
        var app = contacts()
        saveAnnView(&app)
        app.press("v", "r")
        for _ in 0..<20 { app.press("backspace") }
        app.type("Anns")
        app.press("enter")
        XCTAssertEqual(app.state.book.settings.savedViews?.map(\.name), ["Anns"])
        app.press("d")
        XCTAssertTrue(app.screenText().contains("Delete the view?"))
        app.press("n")
        XCTAssertEqual(app.state.book.settings.savedViews?.count, 1)
        app.press("d", "y")
        XCTAssertNil(app.state.book.settings.savedViews, "the last view deleted leaves no key in the settings")
        XCTAssertNil(app.state.savedViews.dialog)
        app.press("u")
        XCTAssertEqual(app.state.book.settings.savedViews?.map(\.name), ["Anns"])
    }

    func testRenamingOntoAnotherViewsNameIsRefused() {
        var app = contacts()
        saveAnnView(&app, name: "One")
        app.press("esc")
        app.press("V")
        app.type("Two")
        app.press("enter", "v", "r")  // the list opens on the view on screen: Two
        for _ in 0..<5 { app.press("backspace") }
        app.type("one")
        app.press("enter")
        XCTAssertEqual(app.state.book.settings.savedViews?.map(\.name), ["One", "Two"])
        XCTAssertTrue(app.screenText().contains("Rename the view"), "the prompt stays open")
    }

    func testThePaletteListsTheScreensViews() {
        var app = contacts()
        saveAnnView(&app)
        app.press("esc")
        app.press(":")
        app.type("View: Ann")
        XCTAssertEqual(CommandPalette.matches(for: "View: Ann", in: app.state).first?.command.title, "View: Ann and co")
        app.press("enter")
        XCTAssertEqual(app.state.contacts.query.search, "ann")
        // Another screen's palette does not offer it.
        app.press("3")
        XCTAssertTrue(SavedViewPalette.commands(app.state).isEmpty)
    }

    func testBoardAndCompaniesViews() throws {
        var app = AppHarness(book: CRMFixture.make(), width: 100, height: 30)
        app.press("1", "/")
        app.type("loom")
        app.press("enter", "s")  // sort by amount
        app.press("V")
        app.type("Looms")
        app.press("enter")
        let board = try XCTUnwrap(app.state.book.settings.savedView(named: "looms", screen: .board))
        XCTAssertEqual(board.filter.search, "loom")
        XCTAssertEqual(board.sort?.field, "amount")
        XCTAssertEqual(SavedViewRows.opportunityIDs(board, book: app.state.book, clock: app.environment.clock), [OpportunityID(number: 1)])

        app.press("3", "/")
        app.type("north")
        app.press("enter")
        closePane(&app)
        app.press("V")
        app.type("North")
        app.press("enter")
        let companies = try XCTUnwrap(app.state.book.settings.savedView(named: "North", screen: .companies))
        XCTAssertEqual(SavedViewRows.companyIDs(companies, book: app.state.book), [CompanyID(number: 2)])
        XCTAssertEqual(app.state.book.settings.savedViews(for: .board).map(\.name), ["Looms"], "each screen lists its own")
    }

    func testViewsWithoutAFilterSayTheyHaveNone() {
        var app = AppHarness(book: CRMFixture.make())
        app.press("4", "V")
        XCTAssertNil(app.state.savedViews.dialog, "the activities screen has no saved-view keys")
        app.press("2", "v")
        XCTAssertNil(app.state.savedViews.dialog)
        XCTAssertTrue(app.screenText().contains("No saved views here yet: V saves"))
    }

    func testTheKeysAreFreeWhereTheyAreBoundAndThePickersTableIsClean() {
        for view in ViewID.allCases {
            let active = Keymaps.active(in: view)
            XCTAssertEqual(active.duplicates().map(\.description), [], view.title)
            let hasViews = SavedViewQuery.screen(of: view) != nil
            XCTAssertEqual(active.action(for: .char("V")) == .savedViews(.saveAs), hasViews, view.title)
        }
        XCTAssertEqual(SavedViewsScreen.pickerKeymap.duplicates().map(\.description), [])
        XCTAssertEqual(SavedViewsScreen.pickerKeymap.invalidSpecs + SavedViewsScreen.keymap.invalidSpecs, [])
    }

    func testPickerGoldens() {
        for (width, height) in [(80, 24), (120, 36)] {
            var app = contacts(width: width, height: height)
            saveAnnView(&app)
            app.press("esc", "S")
            app.press("V")
            app.type("Everyone, Z to A")
            app.press("enter", "v")
            assertGolden(app.frame(), named: "saved-views-picker-\(width)x\(height)")
        }
        var app = contacts()
        saveAnnView(&app)
        assertGolden(app.frame(), named: "saved-views-footer-80x24")
    }
}
