import XCTest
import RapportCanvas
import RapportUI

private enum Action: Hashable, Sendable { case up, down, search, help, quit, redo, undo }

final class DialogTests: XCTestCase {
    private func contactForm() -> FormState {
        FormState(fields: [
            FormField("Name", placeholder: "Full name", validate: Validators.required("Name is required")),
            FormField("Email", validate: { text in
                text.isEmpty || text.contains("@") ? [] : ["Not an email address"]
            }),
            FormField("Company", text: "株式会社テスト"),
        ])
    }

    func testFormNavigationValidationAndSubmit() {
        var form = contactForm()
        XCTAssertNil(form.handle(.enter), "invalid: stays open")
        XCTAssertEqual(form.focusedIndex, 0, "focus goes to the first invalid field")
        XCTAssertEqual(form.visibleErrors(at: 0), ["Name is required"])
        for character in "Ada" { _ = form.handle(.char(character)) }
        XCTAssertTrue(form.visibleErrors(at: 0).isEmpty)
        _ = form.handle(.tab)
        XCTAssertEqual(form.focusedIndex, 1)
        for character in "ada.example" { _ = form.handle(.char(character)) }
        _ = form.handle(.tab)
        XCTAssertEqual(form.visibleErrors(at: 1), ["Not an email address"])
        _ = form.handle(.backTab)
        XCTAssertEqual(form.focusedIndex, 1)
        _ = form.handle(.backTab)
        _ = form.handle(.backTab)
        XCTAssertEqual(form.focusedIndex, 2, "Shift-Tab wraps around")
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        form.fields[1].input.setText("ada@example.com")
        XCTAssertEqual(form.handle(.enter), .submitted(["Ada", "ada@example.com", "株式会社テスト"]))
        var cancelled = contactForm()
        XCTAssertEqual(cancelled.handle(.escape), .cancelled)
    }

    func testFormGoldens() {
        var form = contactForm()
        _ = form.handle(.enter)  // shows "Name is required"
        _ = form.handle(.tab)
        for character in "nope" { _ = form.handle(.char(character)) }
        let view = FormView(state: form, title: "New contact")
        assertGolden(named: "form_large", width: 70, height: 14) { buffer, area in view.render(into: &buffer, area: area) }
        assertGolden(named: "form_small", width: 30, height: 9) { buffer, area in
            FormView(state: form, title: "New contact").render(into: &buffer, area: area)
        }
        let area = Rect(x: 0, y: 0, width: 70, height: 14)
        let buffer = Golden.render(width: 70, height: 14) { buffer, area in view.render(into: &buffer, area: area) }
        let cursor = view.cursorPosition(in: area)
        XCTAssertNotNil(cursor)
        if let cursor {
            XCTAssertTrue(buffer.text(ofRow: cursor.y).contains("nope"), "the cursor sits on the focused field's row")
        }
        let errorRow = buffer.lines().firstIndex { $0.contains("Name is required") }
        XCTAssertNotNil(errorRow)
        if let errorRow, let column = buffer.text(ofRow: errorRow).firstIndex(of: "N") {
            let x = buffer.text(ofRow: errorRow).distance(from: buffer.text(ofRow: errorRow).startIndex, to: column)
            XCTAssertEqual(buffer.style(at: x, y: errorRow), .error)
        }
    }

    func testConfirmDialog() {
        var state = ConfirmState()
        XCTAssertNil(state.handle(.tab))
        XCTAssertTrue(state.confirmIsSelected)
        XCTAssertEqual(state.handle(.enter), true)
        var fresh = ConfirmState()
        XCTAssertEqual(fresh.handle(.enter), false, "destructive default is No")
        var other = ConfirmState()
        XCTAssertEqual(other.handle(.char("y")), true)
        XCTAssertEqual(other.handle(.escape), false)
        let dialog = ConfirmDialog(title: "Delete", message: "Delete 3 contacts and their 12 activities? This cannot be undone.",
                                   confirmLabel: "Delete", cancelLabel: "Keep")
        assertGolden(named: "confirm_large", width: 60, height: 9) { buffer, area in dialog.render(into: &buffer, area: area) }
        assertGolden(named: "confirm_small", width: 24, height: 8) { buffer, area in dialog.render(into: &buffer, area: area) }
    }

    func testPrompt() {
        var state = PromptState(text: "Qualified")
        XCTAssertNil(state.handle(.char("!")))
        XCTAssertEqual(state.handle(.enter), .submitted("Qualified!"))
        XCTAssertEqual(state.handle(.escape), .cancelled)
        let prompt = Prompt(title: "Rename stage", message: "New name for “Qualified”:", state: PromptState(text: "資格 ✓"))
        assertGolden(named: "prompt_large", width: 60, height: 7) { buffer, area in prompt.render(into: &buffer, area: area) }
        assertGolden(named: "prompt_small", width: 16, height: 6) { buffer, area in prompt.render(into: &buffer, area: area) }
        let area = Rect(x: 0, y: 0, width: 60, height: 7)
        let cursor = prompt.cursorPosition(in: area)
        let buffer = Golden.render(width: 60, height: 7) { buffer, area in prompt.render(into: &buffer, area: area) }
        XCTAssertEqual(cursor.map { buffer.text(ofRow: $0.y).contains("資格 ✓") }, true)
        XCTAssertEqual(cursor.map { buffer.style(at: $0.x, y: $0.y) }, .input)
    }

    func testToast() {
        assertGolden(named: "toast", width: 40, height: 5) { buffer, area in
            buffer.fill(area, with: ".")
            Toast("Saved 3 contacts", severity: .success).render(into: &buffer, area: area)
        }
        assertGolden(named: "toast_small", width: 16, height: 5) { buffer, area in
            Toast("Could not write deals.json: disk full", severity: .error).render(into: &buffer, area: area)
        }
        let buffer = Golden.render(width: 40, height: 5) { buffer, area in
            Toast("Saved", severity: .error).render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.style(at: 39, y: 4), .error)
    }

    func testHelpOverlayFromKeymap() {
        var keys = Keymap<Action>()
        keys.bind(["k", "up"], .up, "Move up", group: "Navigation")
        keys.bind(["j", "down"], .down, "Move down", group: "Navigation")
        keys.bind(["/"], .search, "Search")
        keys.bind(["?"], .help, "This help")
        keys.bind(["u"], .undo, "Undo", group: "Editing")
        keys.bind(["ctrl-r"], .redo, "Redo", group: "Editing")
        keys.bind(["q", "ctrl-c"], .quit, "Quit")
        assertGolden(named: "help_large", width: 60, height: 16) { buffer, area in
            HelpOverlay(keymap: keys).render(into: &buffer, area: area)
        }
        assertGolden(named: "help_small", width: 26, height: 8) { buffer, area in
            HelpOverlay(keymap: keys).render(into: &buffer, area: area)
        }
        let buffer = Golden.render(width: 60, height: 16) { buffer, area in HelpOverlay(keymap: keys).render(into: &buffer, area: area) }
        let text = buffer.lines().joined(separator: "\n")
        for binding in keys.bindings {
            XCTAssertTrue(text.contains(binding.help), "help lists \(binding.help)")
        }
        XCTAssertTrue(text.contains("Ctrl-R"))
    }

    func testTextPane() {
        let text = "Met Ada at the conference. She wants a demo of the analytical engine next week.\n\n渡辺さんと会議。価格について話しました。\nFollow up 👍🏽 with pricing and a supercalifragilisticexpialidocious proposal."
        assertGolden(named: "textpane_large", width: 50, height: 10) { buffer, area in
            TextPane(text: text).render(into: &buffer, area: area)
        }
        var state = TextPaneState()
        let pane = TextPane(text: text)
        let lineCount = pane.lines(width: 18).count
        state.handle(.pageDown, lineCount: lineCount, height: 6)
        assertGolden(named: "textpane_small", width: 18, height: 6) { buffer, area in
            TextPane(text: text, state: state).render(into: &buffer, area: area)
        }
        state.handle(.char("G"), lineCount: lineCount, height: 6)
        XCTAssertEqual(state.offset, lineCount - 6)
        state.handle(.down, lineCount: lineCount, height: 6)
        XCTAssertEqual(state.offset, lineCount - 6, "cannot scroll past the end")
    }
}
