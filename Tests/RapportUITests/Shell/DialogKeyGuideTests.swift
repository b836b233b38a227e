import RapportCanvas
import RapportCore
@testable import RapportUI
import XCTest

/// Inside a dialog the status bar and the `?` overlay tell the dialog's keys, from its tables.
final class DialogKeyGuideTests: XCTestCase {
    private func demoApp() -> AppHarness {
        AppHarness(book: DemoBookGenerator(size: .small, seed: 1, today: AppHarness.today).generate(), width: 100, height: 30)
    }

    func testTheStatusBarOfAnOpenFormNamesTheFormsKeys() {
        var app = demoApp()
        app.press("1", "n")
        let bar = app.frame().text(ofRow: 29)
        XCTAssertTrue(bar.contains("Enter Save"), bar)
        XCTAssertFalse(bar.contains("n New"), "the board's keys do not work in the form: \(bar)")
    }

    func testF1InsideAFormListsTheFormsKeysAndQuestionMarkStaysText() {
        var app = demoApp()
        app.press("1", "n")
        app.type("?")
        XCTAssertNil(app.state.overlay, "? is typed into the title")
        app.press("f1")
        XCTAssertEqual(app.state.overlay, .help(offset: 0))
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("Shift-Tab") && screen.contains("Previous") && screen.contains("Esc"), screen)
        XCTAssertTrue(screen.contains("Choose a suggestion") || screen.contains("Delete"), screen)
        app.press("esc")
        XCTAssertNil(app.state.overlay)
        XCTAssertTrue(Screens.screen(app.state.view).hasModal(app.state), "the form is still open under the help")
    }

    func testEveryOpenDialogHasAKeyGuideWithHints() {
        var app = demoApp()
        // The contacts' search box, a confirm dialog and the board's filter.
        app.press("2", "/")
        XCTAssertFalse(app.state.keyGuide.hints.isEmpty)
        XCTAssertTrue(app.state.keyGuide.hints.contains { $0.keys == "Esc" })
        app.press("esc", "D")
        XCTAssertTrue(app.state.keyGuide.hints.contains { $0.keys == "y" }, "\(app.state.keyGuide.hints)")
        app.press("esc", "1", "/")
        XCTAssertTrue(app.state.keyGuide.hints.contains { $0.keys == "Esc" })
    }
}
