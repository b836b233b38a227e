import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// Ctrl-C in forms, quitting with changes that could not be saved, feedback for keys that mean
/// nothing, and panes that close with one Esc and show their focus in text.
final class QuitAndKeyFeedbackTests: XCTestCase {
    private func demoApp(width: Int = 80, height: Int = 24) -> AppHarness {
        AppHarness(book: DemoBookGenerator(size: .small, seed: 1, today: AppHarness.today).generate(), width: width, height: height)
    }

    // MARK: Ctrl-C

    func testCtrlCInAHalfFilledFormCancelsTheFormNotTheApp() {
        var app = demoApp()
        app.press("n")
        XCTAssertTrue(Screens.screen(app.state.view).hasModal(app.state), "the new-deal form is open")
        app.type("Half a deal")
        app.press("ctrl-c")
        XCTAssertFalse(Screens.screen(app.state.view).hasModal(app.state), "Ctrl-C cancels the form, as Esc does")
        XCTAssertFalse(app.effects.contains(.quit), "and does not quit")
        app.press("ctrl-c")
        XCTAssertEqual(app.effects, [.quit], "from the plain board, Ctrl-C quits")
    }

    func testCtrlCClosesOverlaysAndTheContactSearch() {
        var app = demoApp()
        app.press("?")
        app.press("ctrl-c")
        XCTAssertNil(app.state.overlay)
        app.press(":")
        app.type("sh")
        app.press("ctrl-c")
        XCTAssertNil(app.state.overlay)
        app.press("2", "/")
        app.type("an")
        app.press("ctrl-c")
        XCTAssertFalse(app.state.contacts.isTyping)
        XCTAssertEqual(app.effects, [])
    }

    // MARK: Quitting with unsaved changes

    private func appWithAFailedSave() -> AppHarness {
        var app = demoApp()
        app.press(">")
        XCTAssertTrue(app.state.needsSave, "the move changed the book")
        app.state.saveStatus = .failed("No space left on device")
        return app
    }

    func testQuittingWithAFailedSaveAsksInsteadOfQuitting() {
        var app = appWithAFailedSave()
        app.press("q")
        XCTAssertEqual(app.state.overlay, .unsavedQuit)
        XCTAssertEqual(app.effects, [], "nothing quits yet")
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("Unsaved changes"), screen)
        XCTAssertTrue(screen.contains("No space left on device"), screen)
        XCTAssertTrue(screen.contains("r  Try saving again"), screen)
        XCTAssertTrue(screen.contains("k  Keep them in a recovery copy"), screen)
        XCTAssertTrue(screen.contains("d  Discard them and quit"), screen)
        app.press("q", "ctrl-c")
        XCTAssertEqual(app.effects, [], "q and Ctrl-C do not quit from the question")
        XCTAssertNil(app.state.overlay, "Ctrl-C (as Esc) stays in the app")
        app.press("ctrl-c")
        XCTAssertEqual(app.state.overlay, .unsavedQuit, "Ctrl-C asks too")
        app.press("r")
        app.press("k")
        app.press("d")
        XCTAssertEqual(app.effects, [.quitWithUnsavedChanges(.retrySave), .quitWithUnsavedChanges(.keepRecoveryCopy),
                                     .quitWithUnsavedChanges(.discard)])
    }

    func testQuittingWithEverythingSavedQuitsAtOnce() {
        var app = demoApp()
        app.press(">")
        _ = App.perform(.finished(.saved), state: &app.state, environment: app.environment)
        app.press("q")
        XCTAssertEqual(app.effects, [.quit])
    }

    // MARK: Keys that mean nothing

    func testAnUnboundKeySaysSoInEveryView() {
        for view in ["1", "2", "3", "4", "5", "6", "7"] {
            var app = demoApp()
            app.press(view)
            app.press("ctrl-y")
            XCTAssertEqual(app.state.message?.text, "Ctrl-Y: not a key here, ? for help", "view \(view)")
            XCTAssertTrue(app.screenText().contains("Ctrl-Y: not a key here, ? for help"), "view \(view)")
        }
    }

    func testDigitsPastesAndResizesAreNotUnboundKeys() {
        var app = demoApp()
        app.press("9", "0")
        _ = App.handle(.paste("pasted"), state: &app.state, environment: app.environment)
        app.resize(width: 100, height: 30)
        XCTAssertNil(app.state.message)
        XCTAssertFalse(UnboundKey.deservesFeedback(.char("8")))
        XCTAssertTrue(UnboundKey.deservesFeedback(.char("z")))
    }

    // MARK: Panes

    func testOneEscClosesTheFocusedContactPane() {
        var app = demoApp(width: 140, height: 30)
        app.press("2", "enter")
        XCTAssertTrue(app.state.contacts.isPaneOpen && app.state.contacts.paneHasFocus)
        app.press("esc")
        XCTAssertFalse(app.state.contacts.isPaneOpen, "one Esc closes the pane that has the focus")
        app.press("enter", "h")
        XCTAssertTrue(app.state.contacts.isPaneOpen, "h only gives the focus back to the list")
        XCTAssertFalse(app.state.contacts.paneHasFocus)
        app.press("esc")
        XCTAssertFalse(app.state.contacts.isPaneOpen)
    }

    func testOneEscClosesTheFocusedCompanyPane() {
        var app = demoApp(width: 140, height: 30)
        app.press("3", "enter")
        XCTAssertTrue(app.state.companies.isPaneOpen && app.state.companies.paneHasFocus)
        app.press("esc")
        XCTAssertFalse(app.state.companies.isPaneOpen)
    }

    func testFocusIsMarkedInTextNotOnlyByColour() throws {
        var app = demoApp(width: 140, height: 30)
        app.press("2", "enter")
        let id = try XCTUnwrap(app.selectedContactID)
        let name = try XCTUnwrap(app.state.book.contacts[id]).displayName
        var lines = app.frame().lines()
        XCTAssertTrue(lines[1].contains("▶ \(name)"), "the focused pane's title carries the marker: \(lines[1])")
        XCTAssertFalse(lines[1].hasPrefix("▶"), "the list does not")
        app.press("h")
        lines = app.frame().lines()
        XCTAssertFalse(lines[1].contains("▶ \(name)"), lines[1])
        XCTAssertTrue(lines[1].hasPrefix("▶"), "the list has it now: \(lines[1])")
    }
}
