import XCTest
import RapportCanvas
import RapportCore
@testable import RapportUI

/// The forms', dialogs' and text inputs' keys come from tables: each table is consistent, and a
/// key in it does what the table says.
final class DialogKeysTests: XCTestCase {
    private struct Table {
        var name: String
        var duplicates: [String]
        var invalidSpecs: [String]
        var bindings: [(help: String, label: String, labelled: Bool)]
    }

    private func table<Action>(_ name: String, _ keymap: Keymap<Action>) -> Table {
        Table(name: name, duplicates: keymap.duplicates().map(\.description), invalidSpecs: keymap.invalidSpecs,
              bindings: keymap.bindings.map { ($0.help, $0.keyLabel, $0.labelledKeys != nil && !$0.keys.isEmpty) })
    }

    private var tables: [Table] {
        [table("form", FormKeys.keymap), table("text input", TextInputKeys.keymap), table("confirm", ConfirmKeys.keymap),
         table("prompt", PromptKeys.keymap), table("completion", CompletionKeys.keymap)]
    }

    func testEveryTableIsConsistentAndLabelsItsOwnKeys() {
        for table in tables {
            XCTAssertEqual(table.duplicates, [], table.name)
            XCTAssertEqual(table.invalidSpecs, [], table.name)
            for binding in table.bindings {
                XCTAssertFalse(binding.help.isEmpty, "\(table.name): \(binding.label)")
                XCTAssertTrue(binding.labelled, "\(table.name): \(binding.help) (\(binding.label))")
            }
        }
    }

    /// A form takes its own keys before the field's, so the two tables must not share a key.
    func testTheFormsAndPromptsKeysLeaveTheEditingKeysAlone() {
        let editing = Set(TextInputKeys.keymap.bindings.flatMap(\.keys))
        XCTAssertTrue(Set(FormKeys.keymap.bindings.flatMap(\.keys)).isDisjoint(with: editing))
        XCTAssertTrue(Set(PromptKeys.keymap.bindings.flatMap(\.keys)).isDisjoint(with: editing))
    }

    func testTextInputKeysDoWhatTheTableSays() {
        let start = TextInputState(text: "ada lovelace")
        for action in TextEditAction.allCases {
            for key in TextInputKeys.keymap.keys(for: action) {
                var byKey = start
                byKey.setCursor(6)
                var byAction = byKey
                XCTAssertTrue(byKey.handle(key), "\(key.displayName)")
                byAction.apply(action)
                XCTAssertEqual(byKey, byAction, "\(key.displayName) does \(action)")
            }
        }
        var input = TextInputState(text: "ada lovelace")
        input.handle(.alt("\u{7F}"))
        XCTAssertEqual(input.text, "ada ", "Alt-Backspace deletes the word before")
        input.handle(.char("b"))
        input.handle(.paste("yron\nx"))
        XCTAssertEqual(input.text, "ada byron x", "typing and pastes go past the table")
        XCTAssertFalse(input.handle(.enter))
        XCTAssertEqual(KeyEvent(spec: "alt-backspace"), .alt("\u{7F}"))
    }

    private func form() -> FormState {
        FormState(fields: [FormField("Name", text: "Ada"), FormField("Email"), FormField("Phone")])
    }

    func testFormKeysDoWhatTheTableSays() {
        for key in FormKeys.keymap.keys(for: .nextField) {
            var state = form()
            XCTAssertNil(state.handle(key))
            XCTAssertEqual(state.focusedIndex, 1, key.displayName)
        }
        for key in FormKeys.keymap.keys(for: .previousField) {
            var state = form()
            XCTAssertNil(state.handle(key))
            XCTAssertEqual(state.focusedIndex, 2, key.displayName)
        }
        for key in FormKeys.keymap.keys(for: .submit) {
            var state = form()
            XCTAssertEqual(state.handle(key), .submitted(["Ada", "", ""]), key.displayName)
        }
        for key in FormKeys.keymap.keys(for: .cancel) {
            var state = form()
            XCTAssertEqual(state.handle(key), .cancelled, key.displayName)
            var empty = FormState(fields: [])
            XCTAssertEqual(empty.handle(key), .cancelled, key.displayName)
        }
        var state = form()
        _ = state.handle(.ctrl("a"))
        _ = state.handle(.char(">"))
        XCTAssertEqual(state.values[0], ">Ada", "other keys edit the focused field")
    }

    func testConfirmKeysDoWhatTheTableSays() {
        for key in ConfirmKeys.keymap.keys(for: .yes) {
            var state = ConfirmState()
            XCTAssertEqual(state.handle(key), true, key.displayName)
        }
        for key in ConfirmKeys.keymap.keys(for: .no) {
            var state = ConfirmState(defaultConfirm: true)
            XCTAssertEqual(state.handle(key), false, key.displayName)
        }
        for key in ConfirmKeys.keymap.keys(for: .switchButton) {
            var state = ConfirmState()
            XCTAssertNil(state.handle(key))
            XCTAssertTrue(state.confirmIsSelected, key.displayName)
        }
        for key in ConfirmKeys.keymap.keys(for: .takeSelected) {
            var state = ConfirmState(defaultConfirm: true)
            XCTAssertEqual(state.handle(key), true, key.displayName)
        }
        var state = ConfirmState()
        XCTAssertNil(state.handle(.char("x")))
    }

    func testPromptKeysDoWhatTheTableSays() {
        for key in PromptKeys.keymap.keys(for: .submit) {
            var state = PromptState(text: "Won")
            XCTAssertEqual(state.handle(key), .submitted("Won"), key.displayName)
        }
        for key in PromptKeys.keymap.keys(for: .cancel) {
            var state = PromptState(text: "Won")
            XCTAssertEqual(state.handle(key), .cancelled, key.displayName)
        }
        var state = PromptState(text: "Won")
        XCTAssertNil(state.handle(.backspace))
        XCTAssertEqual(state.input.text, "Wo")
    }

    private func stageForm() -> CompletingForm {
        CompletingForm(fields: [FormField("Stage", text: "Q"), FormField("Note")],
                       sources: [0: .options(["Qualified", "Quoted", "Won"])])
    }

    func testCompletionKeysDoWhatTheTableSays() {
        let book = Book()
        let offered = stageForm().suggestions(in: book).map(\.label)
        XCTAssertEqual(Set(offered), ["Qualified", "Quoted"])
        for key in CompletionKeys.keymap.keys(for: .nextSuggestion) {
            var form = stageForm()
            XCTAssertNil(form.handle(key, book: book))
            XCTAssertEqual(form.highlighted, 1, key.displayName)
        }
        for key in CompletionKeys.keymap.keys(for: .previousSuggestion) {
            var form = stageForm()
            XCTAssertNil(form.handle(key, book: book))
            XCTAssertEqual(form.highlighted, 1, key.displayName)
        }
        for key in CompletionKeys.keymap.keys(for: .accept) {
            var form = stageForm()
            XCTAssertNil(form.handle(key, book: book))
            XCTAssertEqual(form.text(0), offered.first, key.displayName)
            XCTAssertEqual(form.focusedIndex, 0, key.displayName)
        }
        for key in CompletionKeys.keymap.keys(for: .acceptAndNext) {
            var form = stageForm()
            XCTAssertNil(form.handle(key, book: book))
            XCTAssertEqual(form.text(0), offered.first, key.displayName)
            XCTAssertEqual(form.focusedIndex, 1, key.displayName)
        }
    }

    func testTheGuidesListTheDialogsKeysThenTheEditingKeys() {
        let editing = Messages.dialogsEditGroup.text
        XCTAssertEqual(FormState.keyGuide.sections.map(\.title), [Messages.dialogsFormGroup.text, editing])
        XCTAssertEqual(PromptState.keyGuide.sections.map(\.title), [Messages.dialogsPromptGroup.text, editing])
        XCTAssertEqual(ConfirmState.keyGuide.sections.map(\.title), [Messages.dialogsConfirmGroup.text])
        XCTAssertEqual(TextInputState.keyGuide.sections.map(\.title), [editing])
        XCTAssertEqual(stageForm().keyGuide.sections.map(\.title),
                       [Messages.dialogsCompletionGroup.text, Messages.dialogsFormGroup.text, editing])
        var onNote = stageForm()
        onNote.form.focus(1)
        XCTAssertEqual(onNote.keyGuide.sections.map(\.title), [Messages.dialogsFormGroup.text, editing])
        XCTAssertEqual(FormState.keyGuide.hints.map(\.keys), ["Enter", "Tab", "Esc"])
        XCTAssertEqual(stageForm().keyGuide.hints.first?.keys, "↓/↑")
    }
}
