import Foundation
import RapportCanvas
import RapportCore

/// What the contacts view's actions do.
enum ContactsUpdate {
    static func update(_ action: ContactsAction, state: inout ContactsState, context: inout ContactsContext) -> [Effect] {
        ContactsScreen.syncList(&state, context)
        let selected = ContactsScreen.selectedID(state, context)
        switch action {
        case .open(let id):
            ContactsScreen.select(id, state: &state, context: context)
            state.openPane()
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(action, state: &state, context: context)
        case .select(let row):
            ContactsScreen.select(row: row, state: &state, context: context)
        case .activate:
            if state.isPaneOpen, state.paneHasFocus, let selected {
                return ContactDetailPane.activate(selected, state: &state, context: &context)
            }
            guard selected != nil else { return [] }
            state.openPane()
        case .back:
            if state.paneHasFocus, context.size.width >= ContactsRender.sideBySideWidth {
                state.paneHasFocus = false
            } else if state.isPaneOpen {
                state.closePane()
            } else if !state.query.search.isEmpty {
                clearSearch(&state, context)
            }
        case .close:
            if state.isPaneOpen {
                state.closePane()
            } else if !state.query.search.isEmpty {
                clearSearch(&state, context)
            }
        case .search:
            state.isTyping = true
            state.closePane()
        case .nextSection, .previousSection:
            let count = ContactSection.allCases.count
            let step = action == .nextSection ? 1 : count - 1
            state.section = ContactSection(rawValue: (state.section.rawValue + step) % count) ?? .profile
            state.paneCursor = 0
            if !state.isPaneOpen, selected != nil { state.isPaneOpen = true }
        case .sortNextColumn, .reverseSort:
            if action == .reverseSort {
                state.query.ascending.toggle()
            } else {
                let count = ContactColumn.allCases.count
                state.query.sort = ContactColumn(rawValue: (state.query.sort.rawValue + 1) % count) ?? .name
                state.query.ascending = true
            }
            let direction = state.query.ascending ? "ascending" : "descending"
            let note = state.query.search.isEmpty ? "" : " (after the search clears)"
            context.show("Sorted by \(state.query.sort.title.lowercased()), \(direction)\(note)")
            if let selected { ContactsScreen.select(selected, state: &state, context: context) }
        case .filter:
            state.modal = .form(.filter, ContactForms.filterForm(state.query, tags: ContactsScreen.index(state, context).allTags))
        case .new:
            state.modal = .form(.new, ContactForms.contactForm(nil, book: context.book, today: context.today))
        default:
            guard let id = selected, let contact = context.book.contacts[id] else {
                context.show("No contact selected", severity: .warning)
                return []
            }
            return updateContact(action, contact: contact, state: &state, context: &context)
        }
        return []
    }

    /// The actions on the selected contact.
    private static func updateContact(_ action: ContactsAction, contact: Contact, state: inout ContactsState,
                                      context: inout ContactsContext) -> [Effect] {
        let id = contact.id
        let book = context.book
        switch action {
        case .edit:
            state.modal = .form(.edit(id), ContactForms.contactForm(contact, book: book, today: context.today))
        case .logInteraction:
            let fields = ActivityForms.interactionForm(now: context.now, timeZone: context.clock.timeZone).fields
            state.modal = .form(.interaction(id), CompletingForm(fields: fields))
        case .planTask:
            state.modal = .form(.task(id), CompletingForm(fields: ActivityForms.taskForm(today: context.today).fields))
        case .newTicket:
            state.modal = .form(.ticket(id), ContactForms.ticketForm())
        case .consent:
            state.modal = .form(.consent(id), CompletingForm(fields: ContactForms.consentForm(contact).fields))
        case .convertLead:
            guard LifecycleRules.isConvertible(contact.lifecycle) else {
                context.show("Only a lead converts; \(contact.displayName) is \(contact.lifecycle.title)", severity: .warning)
                return []
            }
            state.modal = .form(.convert(id), ContactForms.convertForm(contact, book: book))
        case .promote:
            var changedBook = book
            var changed = contact
            guard let next = LifecycleRules.promote(&changed, at: context.now) else {
                context.show("\(contact.displayName) is an evangelist: the top of the ladder", severity: .warning)
                return []
            }
            changedBook.contacts.upsert(changed)
            context.commit(changedBook, label: "\(contact.displayName): \(contact.lifecycle.title) → \(next.title)", state: &state)
        case .delete:
            state.modal = .confirmDelete(id, ConfirmState(defaultConfirm: false))
        case .erase:
            state.modal = .erase(id, PromptState())
        case .merge:
            state.modal = .merge(ContactMergeDialog(keptID: id))
        case .editNotes:
            return [.editText(EditRequest(text: contact.notes, target: .contactNotes(id)))]
        default:
            break
        }
        return []
    }

    private static func clearSearch(_ state: inout ContactsState, _ context: ContactsContext) {
        state.searchInput.clear()
        state.query.search = ""
        ContactsScreen.syncList(&state, context)
    }

    private static func move(_ action: ContactsAction, state: inout ContactsState, context: ContactsContext) {
        if state.isPaneOpen, state.paneHasFocus {
            ContactDetailPane.move(action, state: &state, context: context)
            return
        }
        let page = ContactsScreen.pageSize(context)
        switch action {
        case .moveUp: state.list.moveBy(-1)
        case .moveDown: state.list.moveBy(1)
        case .pageUp: state.list.moveBy(-max(1, page - 1))
        case .pageDown: state.list.moveBy(max(1, page - 1))
        case .top: state.list.moveToTop()
        case .bottom: state.list.moveToBottom()
        default: break
        }
        state.list.scrollToSelection(height: page, showsMoreIndicator: false)
        state.paneCursor = 0
    }
}
