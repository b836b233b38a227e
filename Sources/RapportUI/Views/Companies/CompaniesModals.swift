import Foundation
import RapportCanvas
import RapportCore

/// Keys while the search is typed into or a form or the delete confirmation is open.
enum CompaniesModals {
    static func handle(_ key: KeyEvent, state: inout CompaniesState, context: inout ScreenContext<CompaniesScreen>) -> [Effect] {
        guard let modal = state.modal else {
            search(key, state: &state, context: context)
            return []
        }
        switch modal {
        case .form(let purpose, var form):
            if let values = DialogResult.answer(form.handle(key), closing: &state.modal, stillOpen: .form(purpose, form)) {
                CompanyForms.submit(purpose, values: values, state: &state, context: &context)
            }
        case .confirmDelete(let id, var confirm):
            switch confirm.handle(key) {
            case nil: state.modal = .confirmDelete(id, confirm)
            case false?: state.modal = nil
            case true?:
                state.modal = nil
                let name = context.book.companies[id]?.name ?? id.rawValue
                context.commit(ContactDeletion.deleteCompany(id, from: context.book), label: "Deleted \(name) (u to undo)", state: &state)
                CompaniesUpdate.closePane(&state)
                CompaniesScreen.syncList(&state, book: context.book, size: context.size)
            }
        }
        return []
    }

    private static func search(_ key: KeyEvent, state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        switch SearchBoxKeys.keymap.action(for: key) {
        case .clear?:
            state.isTyping = false
            state.searchInput.clear()
        case .keep?:
            state.isTyping = false
            CompaniesScreen.syncList(&state, book: context.book, size: context.size)
            if CompaniesScreen.selectedID(state, book: context.book) != nil {
                state.isPaneOpen = true
                state.paneHasFocus = true
            }
        case .next?: state.list.moveBy(1)
        case .previous?: state.list.moveBy(-1)
        case nil:
            if state.searchInput.handle(key) { state.list.select(0) }
        }
        CompaniesScreen.syncList(&state, book: context.book, size: context.size)
    }
}
