import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Review of polish-13, item 1: with the pane focused, Contacts' and Companies' j/k/g/G scroll the
/// pane, yet `?` and `rapport keys` said only "Next contact". The labels say both, as the board's do.
final class ListKeysInPaneLabelsTests: XCTestCase {
    func testContactsMovesScrollTheFocusedPaneAndTheirLabelsSaySo() {
        var app = AppHarness(book: CRMFixture.make(), width: 80, height: 24)
        app.press("2")
        app.press("enter")
        XCTAssertTrue(app.state.contacts.paneHasFocus)
        let selected = app.state.contacts.list.selected
        app.press("j")
        XCTAssertEqual(app.state.contacts.list.selected, selected, "j scrolls the pane, the contact stays")
        for action in [ContactsAction.moveDown, .moveUp] {
            let help = ContactsScreen.keymap.binding(for: action)?.help ?? ""
            XCTAssertTrue(help.contains("scroll the pane"), help)
        }
        for action in [ContactsAction.top, .bottom] {
            let help = ContactsScreen.keymap.binding(for: action)?.help ?? ""
            XCTAssertTrue(help.contains("pane"), help)
        }
    }

    func testCompaniesMovesScrollTheFocusedPaneAndTheirLabelsSaySo() {
        var app = AppHarness(book: CRMFixture.make(), width: 80, height: 24)
        app.press("3")
        app.press("enter")
        XCTAssertTrue(app.state.companies.paneHasFocus)
        let selected = app.state.companies.list.selected
        app.press("j")
        XCTAssertEqual(app.state.companies.list.selected, selected, "j scrolls the pane, the company stays")
        for action in [CompaniesAction.moveDown, .moveUp] {
            let help = CompaniesScreen.keymap.binding(for: action)?.help ?? ""
            XCTAssertTrue(help.contains("scroll the pane"), help)
        }
        for action in [CompaniesAction.top, .bottom, .pageUp, .pageDown] {
            let help = CompaniesScreen.keymap.binding(for: action)?.help ?? ""
            XCTAssertTrue(help.contains("pane"), help)
        }
    }
}
