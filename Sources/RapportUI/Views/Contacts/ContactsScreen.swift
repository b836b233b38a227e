import Foundation
import RapportCanvas
import RapportCore

/// View 2: the contact list with fuzzy search, filters and sorting, and the detail pane.
enum ContactsScreen {
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["/"], .contacts(.search), "Search", group: "Contacts", hint: true)
        keys.bind(["enter", "o", "right", "l"], .contacts(.activate), "Open", group: "Contacts",
                  hint: true, keyLabel: "Enter")
        keys.bind(["esc"], .contacts(.close), Messages.contactsClosePane.text, group: "Contacts")
        keys.bind(["left", "h"], .contacts(.back), Messages.contactsBackToList.text, group: "Contacts", keyLabel: "h/←")
        keys.bind(["j", "down"], .contacts(.moveDown), Messages.contactsKeyNext.text, group: "Contacts", keyLabel: "j/↓")
        keys.bind(["k", "up"], .contacts(.moveUp), Messages.contactsKeyPrevious.text, group: "Contacts", keyLabel: "k/↑")
        keys.bind(["pgdn", "ctrl-f"], .contacts(.pageDown), "Page down", group: "Contacts")
        keys.bind(["pgup", "ctrl-b"], .contacts(.pageUp), "Page up", group: "Contacts")
        keys.bind(["g", "home"], .contacts(.top), Messages.contactsKeyFirst.text, group: "Contacts")
        keys.bind(["G", "end"], .contacts(.bottom), Messages.contactsKeyLast.text, group: "Contacts")
        keys.bind(["]"], .contacts(.nextSection), "Next section of the pane", group: "Contacts")
        keys.bind(["["], .contacts(.previousSection), "Previous section of the pane", group: "Contacts")
        keys.bind(["s"], .contacts(.sortNextColumn), "Sort by the next column", group: "Contacts")
        keys.bind(["S"], .contacts(.reverseSort), "Reverse the sort", group: "Contacts")
        keys.bind(["f"], .contacts(.filter), "Filter by stage, tag and segment", group: "Contacts")
        keys.bind(["n"], .contacts(.new), "New contact", group: "Contact", hint: true)
        keys.bind(["e"], .contacts(.edit), "Edit the contact", group: "Contact")
        keys.bind(["a"], .contacts(.logInteraction), "Log an interaction", group: "Contact", hint: true)
        keys.bind(["t"], .contacts(.planTask), "Plan a task", group: "Contact", hint: true)
        keys.bind(["T"], .contacts(.newTicket), "Open a support ticket", group: "Contact")
        keys.bind(["p"], .contacts(.promote), "Promote to the next lifecycle stage", group: "Contact")
        keys.bind(["C"], .contacts(.convertLead), "Convert lead: create the opportunity", group: "Contact")
        keys.bind(["c"], .contacts(.consent), "Change privacy or marketing consent", group: "Contact")
        keys.bind(["E"], .contacts(.editNotes), "Edit notes in $EDITOR", group: "Contact")
        keys.bind(["M"], .contacts(.merge), "Merge another contact into this one", group: "Contact")
        keys.bind(["D"], .contacts(.delete), "Delete the contact", group: "Contact")
        keys.bind(["X"], .contacts(.erase), "GDPR: erase the person for good", group: "Contact")
        return keys
    }()

    // MARK: Derived data

    /// The index as of the clock's today: segments and lifetime values change with the day.
    static func index(_ state: AppState, _ environment: AppEnvironment) -> ContactIndex {
        let clock = environment.clock
        return state.contacts.caches.index.value(for: indexKey(state, environment)) {
            ContactIndex(book: state.book, asOf: clock.today, timeZone: clock.timeZone)
        }
    }

    static func indexKey(_ state: AppState, _ environment: AppEnvironment) -> ContactIndex.Key {
        ContactIndex.Key(state.book, asOf: environment.clock.today, timeZone: environment.clock.timeZone)
    }

    static func entries(_ state: AppState, _ environment: AppEnvironment) -> [ContactListEntry] {
        let index = index(state, environment)
        let key = ContactSearch.CacheKey(index: indexKey(state, environment), query: state.contacts.query)
        let caches = state.contacts.caches
        return caches.entries.value(for: key) {
            // A list narrowed by "due a touch" is no start for a search without it.
            let previous = caches.entries.last.flatMap {
                $0.key.index == key.index && $0.key.query.dueTouch == key.query.dueTouch ? ($0.key.query, $0.value) : nil
            }
            let entries = ContactSearch.entries(index, query: state.contacts.query, previous: previous)
            return state.contacts.query.dueTouch ? dueTouchOnly(entries, index: index, state: state, environment: environment) : entries
        }
    }

    static func selectedID(_ state: AppState, _ environment: AppEnvironment) -> ContactID? {
        guard let selected = state.contacts.list.selected else { return nil }
        let entries = entries(state, environment)
        guard entries.indices.contains(selected) else { return nil }
        return index(state, environment).rows[Int(entries[selected].row)].id
    }

    /// Rows of the table on screen: the body minus the search line and the header.
    static func pageSize(_ state: AppState) -> Int { max(1, state.size.height - 4) }

    /// Keeps the selection inside the list after the list changed (a search, a filter, undo).
    static func syncList(_ state: inout AppState, _ environment: AppEnvironment) {
        state.contacts.list.setItemCount(entries(state, environment).count)
        state.contacts.list.scrollToSelection(height: pageSize(state), showsMoreIndicator: false)
    }

    static func select(_ id: ContactID, state: inout AppState, environment: AppEnvironment) {
        syncList(&state, environment)
        if let row = index(state, environment).rowByID[id], let position = entries(state, environment).firstIndex(where: { $0.row == Int32(row) }) {
            state.contacts.list.select(position)
        } else if index(state, environment).rowByID[id] != nil {
            // Hidden by the search or a filter: show everything so the contact can be selected.
            state.contacts.query = ContactListQuery(sort: state.contacts.query.sort, ascending: state.contacts.query.ascending)
            state.contacts.searchInput.clear()
            select(id, state: &state, environment: environment)
            return
        }
        state.contacts.list.scrollToSelection(height: pageSize(state), showsMoreIndicator: false)
    }

    // MARK: Update

    static func perform(_ action: ContactsAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        syncList(&state, environment)
        let selected = selectedID(state, environment)
        let now = environment.clock.now
        switch action {
        case .open(let id):
            select(id, state: &state, environment: environment)
            state.contacts.isPaneOpen = true
            state.contacts.paneHasFocus = true
            state.contacts.paneCursor = 0
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(action, state: &state, environment: environment)
        case .select(let row):
            select(row: row, state: &state)
        case .activate:
            if state.contacts.isPaneOpen, state.contacts.paneHasFocus, let selected {
                return ContactDetailPane.activate(selected, state: &state, environment: environment)
            }
            guard selected != nil else { return [] }
            state.contacts.isPaneOpen = true
            state.contacts.paneHasFocus = true
            state.contacts.paneCursor = 0
        case .back:
            if state.contacts.paneHasFocus, state.size.width >= ContactsRender.sideBySideWidth {
                state.contacts.paneHasFocus = false
            } else if state.contacts.isPaneOpen {
                state.contacts.isPaneOpen = false
                state.contacts.paneHasFocus = false
            } else if !state.contacts.query.search.isEmpty {
                state.contacts.searchInput.clear()
                state.contacts.query.search = ""
                syncList(&state, environment)
            }
        case .close:
            if state.contacts.isPaneOpen {
                state.contacts.isPaneOpen = false
                state.contacts.paneHasFocus = false
            } else if !state.contacts.query.search.isEmpty {
                state.contacts.searchInput.clear()
                state.contacts.query.search = ""
                syncList(&state, environment)
            }
        case .search:
            state.contacts.isTyping = true
            state.contacts.isPaneOpen = false
            state.contacts.paneHasFocus = false
        case .nextSection, .previousSection:
            let count = ContactSection.allCases.count
            let step = action == .nextSection ? 1 : count - 1
            state.contacts.section = ContactSection(rawValue: (state.contacts.section.rawValue + step) % count) ?? .profile
            state.contacts.paneCursor = 0
            if !state.contacts.isPaneOpen, selected != nil { state.contacts.isPaneOpen = true }
        case .sortNextColumn, .reverseSort:
            if action == .reverseSort {
                state.contacts.query.ascending.toggle()
            } else {
                let count = ContactColumn.allCases.count
                state.contacts.query.sort = ContactColumn(rawValue: (state.contacts.query.sort.rawValue + 1) % count) ?? .name
                state.contacts.query.ascending = true
            }
            let direction = state.contacts.query.ascending ? "ascending" : "descending"
            let note = state.contacts.query.search.isEmpty ? "" : " (after the search clears)"
            state.show("Sorted by \(state.contacts.query.sort.title.lowercased()), \(direction)\(note)", environment: environment)
            if let selected { select(selected, state: &state, environment: environment) }
        case .filter:
            state.contacts.modal = .form(.filter, ContactForms.filterForm(state.contacts.query, tags: index(state, environment).allTags))
        case .new:
            state.contacts.modal = .form(.new, ContactForms.contactForm(nil, book: state.book))
        default:
            guard let id = selected, let contact = state.book.contacts[id] else {
                state.show("No contact selected", severity: .warning, environment: environment)
                return []
            }
            return performOnContact(action, contact: contact, state: &state, environment: environment, now: now)
        }
        return []
    }

    private static func performOnContact(_ action: ContactsAction, contact: Contact, state: inout AppState,
                                         environment: AppEnvironment, now: Date) -> [Effect] {
        let id = contact.id
        switch action {
        case .edit:
            state.contacts.modal = .form(.edit(id), ContactForms.contactForm(contact, book: state.book))
        case .logInteraction:
            state.contacts.modal = .form(.interaction(id), CompletingForm(fields: ActivityForms.interactionForm(now: now, timeZone: environment.clock.timeZone).fields))
        case .planTask:
            state.contacts.modal = .form(.task(id), CompletingForm(fields: ActivityForms.taskForm(today: environment.clock.today).fields))
        case .newTicket:
            state.contacts.modal = .form(.ticket(id), ContactForms.ticketForm())
        case .consent:
            state.contacts.modal = .form(.consent(id), CompletingForm(fields: ContactForms.consentForm(contact).fields))
        case .convertLead:
            guard LifecycleRules.isConvertible(contact.lifecycle) else {
                state.show("Only a lead converts; \(contact.displayName) is \(contact.lifecycle.title)", severity: .warning,
                           environment: environment)
                return []
            }
            state.contacts.modal = .form(.convert(id), ContactForms.convertForm(contact, book: state.book))
        case .promote:
            var book = state.book
            var changed = contact
            guard let next = LifecycleRules.promote(&changed, at: now) else {
                state.show("\(contact.displayName) is an evangelist: the top of the ladder", severity: .warning, environment: environment)
                return []
            }
            book.contacts.upsert(changed)
            state.commit(book, label: "\(contact.displayName): \(contact.lifecycle.title) → \(next.title)", environment: environment)
        case .delete:
            state.contacts.modal = .confirmDelete(id, ConfirmState(defaultConfirm: false))
        case .erase:
            state.contacts.modal = .erase(id, PromptState())
        case .merge:
            state.contacts.modal = .merge(ContactMergeDialog(keptID: id))
        case .editNotes:
            return [.editText(EditRequest(text: contact.notes, target: .contactNotes(id)))]
        default:
            break
        }
        return []
    }

    private static func move(_ action: ContactsAction, state: inout AppState, environment: AppEnvironment) {
        if state.contacts.isPaneOpen, state.contacts.paneHasFocus {
            ContactDetailPane.move(action, state: &state, environment: environment)
            return
        }
        let page = pageSize(state)
        var list = state.contacts.list
        switch action {
        case .moveUp: list.moveBy(-1)
        case .moveDown: list.moveBy(1)
        case .pageUp: list.moveBy(-max(1, page - 1))
        case .pageDown: list.moveBy(max(1, page - 1))
        case .top: list.moveToTop()
        case .bottom: list.moveToBottom()
        default: break
        }
        list.scrollToSelection(height: page, showsMoreIndicator: false)
        state.contacts.list = list
        state.contacts.paneCursor = 0
    }

    // MARK: Modal keys

    static func hasModal(_ state: AppState) -> Bool { state.contacts.modal != nil || state.contacts.isTyping }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        if state.contacts.modal == nil, state.contacts.isTyping {
            handleSearchKey(key, state: &state, environment: environment)
            return []
        }
        return ContactModals.handle(key, state: &state, environment: environment)
    }

    /// Typing in the search box: every letter narrows the list at once; ↑/↓ move the selection,
    /// Enter keeps the result and opens the selected contact, Esc clears the search.
    private static func handleSearchKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) {
        switch key {
        case .escape:
            state.contacts.isTyping = false
            state.contacts.searchInput.clear()
            state.contacts.query.search = ""
        case .enter:
            state.contacts.isTyping = false
            syncList(&state, environment)
            if selectedID(state, environment) != nil {
                state.contacts.isPaneOpen = true
                state.contacts.paneHasFocus = true
                state.contacts.paneCursor = 0
            }
            return
        case .down, .ctrl("n"):
            state.contacts.list.moveBy(1)
        case .up, .ctrl("p"):
            state.contacts.list.moveBy(-1)
        default:
            guard state.contacts.searchInput.handle(key) else { return }
            state.contacts.query.search = state.contacts.searchInput.text
            state.contacts.list.select(0)
            state.contacts.list.offset = 0
        }
        syncList(&state, environment)
    }

    // MARK: Render

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        ContactsRender.render(state, into: &buffer, area: area, environment: environment)
    }
}
