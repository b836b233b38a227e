import Foundation
import RapportCanvas
import RapportCore

/// Keys inside the contacts view's dialogs (and its search box), and what their answers do.
enum ContactsModals {
    static func handle(_ key: KeyEvent, state: inout ContactsState, context: inout ContactsContext) -> [Effect] {
        guard let modal = state.modal else {
            if state.isTyping { searchKey(key, state: &state, context: context) }
            return []
        }
        switch modal {
        case .form(let purpose, var form):
            guard let values = state.answer(form.handle(key, book: context.book), stillOpen: .form(purpose, form)) else { return [] }
            if purpose.isContactForm, let problem = ContactForms.identityProblem(values) {
                form.problem = problem
                state.modal = .form(purpose, form)
                return []
            }
            submit(purpose, values: values, form: form, state: &state, context: &context)
        case .duplicate(let form, let matches, var confirm):
            if key == .escape {
                state.modal = .form(.new, form)  // back to the form, nothing lost
                return []
            }
            switch confirm.handle(key) {
            case nil: state.modal = .duplicate(form: form, matches: matches, confirm: confirm)
            case true?:
                state.modal = nil
                if let existing = matches.first { _ = ContactsUpdate.update(.open(existing.contactID), state: &state, context: &context) }
            case false?:
                state.modal = nil
                createContact(form.form.values, state: &state, context: &context)
            }
        case .confirmDelete(let id, var confirm):
            let answer = confirm.handle(key).map { $0 ? DialogResult.submitted(id) : .cancelled }
            guard state.answer(answer, stillOpen: .confirmDelete(id, confirm)) != nil else { return [] }
            let name = context.book.contacts[id]?.displayName ?? id.rawValue
            context.commit(ContactDeletion.delete(id, from: context.book), label: "Deleted \(name) (u to undo)", state: &state)
            closePaneIfGone(&state, context)
        case .erase(let id, var prompt):
            guard let typed = state.answer(prompt.handle(key), stillOpen: .erase(id, prompt)) else { return [] }
            erase(id, typed: typed, state: &state, context: &context)
        case .merge(var dialog):
            let answer = dialog.handle(key, book: context.book)?.dialogResult
            guard let absorbedID = state.answer(answer, stillOpen: .merge(dialog)) else { return [] }
            merge(absorbedID, into: dialog.keptID, state: &state, context: &context)
        }
        return []
    }

    /// Typing in the search box: every letter narrows the list at once; ↑/↓ move the selection,
    /// Enter keeps the result and opens the selected contact, Esc clears the search.
    private static func searchKey(_ key: KeyEvent, state: inout ContactsState, context: ContactsContext) {
        switch SearchBoxKeys.keymap.action(for: key) {
        case .clear?:
            state.isTyping = false
            state.searchInput.clear()
            state.query.search = ""
        case .keep?:
            state.isTyping = false
            ContactsScreen.syncList(&state, context)
            if ContactsScreen.selectedID(state, context) != nil { state.openPane() }
            return
        case .next?:
            state.list.moveBy(1)
        case .previous?:
            state.list.moveBy(-1)
        case nil:
            guard state.searchInput.handle(key) else { return }
            state.query.search = state.searchInput.text
            state.list.select(0)
            state.list.offset = 0
        }
        ContactsScreen.syncList(&state, context)
    }
}

extension ContactsState {
    /// A dialog's answer to a key: none yet keeps the dialog open as `stillOpen`; cancelled or
    /// answered closes it, and the answer is returned for the caller to act on.
    mutating func answer<Value>(_ result: DialogResult<Value>?, stillOpen: ContactsModal) -> Value? {
        DialogResult.answer(result, closing: &modal, stillOpen: stillOpen)
    }
}
