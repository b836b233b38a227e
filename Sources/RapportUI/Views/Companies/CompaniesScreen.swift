import Foundation
import RapportCanvas
import RapportCore

/// View 3: companies with their people and roll-ups, the same pattern as contacts.
enum CompaniesScreen {
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["/"], .companies(.search), "Search companies", group: "Companies", hint: true)
        keys.bind(["enter", "o", "right", "l"], .companies(.activate), "Open the company / the selected person or deal",
                  group: "Companies", hint: true, keyLabel: "Enter")
        keys.bind(["esc"], .companies(.close), Messages.companiesClosePane.text, group: "Companies")
        keys.bind(["left", "h"], .companies(.back), Messages.companiesBackToList.text, group: "Companies", keyLabel: "h/←")
        keys.bind(["j", "down"], .companies(.moveDown), Messages.companiesKeyNext.text, group: "Companies", keyLabel: "j/↓")
        keys.bind(["k", "up"], .companies(.moveUp), Messages.companiesKeyPrevious.text, group: "Companies", keyLabel: "k/↑")
        keys.bind(["pgdn", "ctrl-f"], .companies(.pageDown), Messages.companiesKeyPageDown.text, group: "Companies")
        keys.bind(["pgup", "ctrl-b"], .companies(.pageUp), Messages.companiesKeyPageUp.text, group: "Companies")
        keys.bind(["g", "home"], .companies(.top), Messages.companiesKeyFirst.text, group: "Companies")
        keys.bind(["G", "end"], .companies(.bottom), Messages.companiesKeyLast.text, group: "Companies")
        keys.bind(["]"], .companies(.nextSection), "Next section of the company pane", group: "Companies")
        keys.bind(["["], .companies(.previousSection), "Previous section of the company pane", group: "Companies")
        keys.bind(["s"], .companies(.sortNextColumn), "Sort companies by the next column", group: "Companies")
        keys.bind(["S"], .companies(.reverseSort), "Reverse the company sort", group: "Companies")
        keys.bind(["n"], .companies(.new), "New company", group: "Company", hint: true)
        keys.bind(["e"], .companies(.edit), "Edit the company", group: "Company")
        keys.bind(["a"], .companies(.logInteraction), "Log an interaction with the company", group: "Company")
        keys.bind(["t"], .companies(.planTask), "Plan a task for the company", group: "Company")
        keys.bind(["E"], .companies(.editNotes), "Edit the company's notes in $EDITOR", group: "Company")
        keys.bind(["D"], .companies(.delete), "Delete the company (its people stay)", group: "Company")
        return keys
    }()

    static func index(_ state: AppState) -> CompanyIndex {
        state.companies.caches.index.value(for: CompanyIndex.Key(state.book)) { CompanyIndex(book: state.book) }
    }

    static func visibleRows(_ state: AppState) -> [(row: CompanyIndex.Row, highlights: [Int])] {
        let key = VisibleRowsKey(index: CompanyIndex.Key(state.book), search: state.companies.searchInput.text,
                                 sort: state.companies.sort, ascending: state.companies.ascending)
        return state.companies.caches.visible.value(for: key) {
            index(state).visibleRows(search: key.search, sort: key.sort, ascending: key.ascending)
        }
    }

    static func selectedID(_ state: AppState) -> CompanyID? {
        let rows = visibleRows(state)
        guard let selected = state.companies.list.selected, rows.indices.contains(selected) else { return nil }
        return rows[selected].row.company.id
    }

    static func pageSize(_ state: AppState) -> Int { max(1, state.size.height - 4) }

    static func syncList(_ state: inout AppState) {
        state.companies.list.setItemCount(visibleRows(state).count)
        state.companies.list.scrollToSelection(height: pageSize(state), showsMoreIndicator: false)
    }

    static func perform(_ action: CompaniesAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        syncList(&state)
        let selected = selectedID(state)
        let now = environment.clock.now
        switch action {
        case .open(let id):
            if !visibleRows(state).contains(where: { $0.row.company.id == id }) { state.companies.searchInput.clear() }
            syncList(&state)
            if let position = visibleRows(state).firstIndex(where: { $0.row.company.id == id }) {
                state.companies.list.select(position)
                state.companies.list.scrollToSelection(height: pageSize(state), showsMoreIndicator: false)
            }
            state.companies.isPaneOpen = true
            state.companies.paneHasFocus = true
            state.companies.paneCursor = 0
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(action, state: &state, environment: environment)
        case .select(let row):
            select(row: row, state: &state)
        case .activate:
            if state.companies.isPaneOpen, state.companies.paneHasFocus, let selected {
                return CompanyDetailPane.activate(selected, state: &state, environment: environment)
            }
            guard selected != nil else { return [] }
            state.companies.isPaneOpen = true
            state.companies.paneHasFocus = true
            state.companies.paneCursor = 0
        case .back:
            if state.companies.paneHasFocus, state.size.width >= ContactsRender.sideBySideWidth {
                state.companies.paneHasFocus = false
            } else if state.companies.isPaneOpen {
                state.companies.isPaneOpen = false
                state.companies.paneHasFocus = false
            } else {
                state.companies.searchInput.clear()
                syncList(&state)
            }
        case .close:
            if state.companies.isPaneOpen {
                state.companies.isPaneOpen = false
                state.companies.paneHasFocus = false
            } else {
                state.companies.searchInput.clear()
                syncList(&state)
            }
        case .search:
            state.companies.isTyping = true
            state.companies.isPaneOpen = false
            state.companies.paneHasFocus = false
        case .nextSection, .previousSection:
            let count = CompanySection.allCases.count
            let step = action == .nextSection ? 1 : count - 1
            state.companies.section = CompanySection(rawValue: (state.companies.section.rawValue + step) % count) ?? .profile
            state.companies.paneCursor = 0
            if selected != nil { state.companies.isPaneOpen = true }
        case .sortNextColumn:
            state.companies.sort = CompanyColumn(rawValue: (state.companies.sort.rawValue + 1) % CompanyColumn.allCases.count) ?? .name
            state.companies.ascending = state.companies.sort == .name || state.companies.sort == .industry
            state.show("Sorted by \(state.companies.sort.title.lowercased())", environment: environment)
        case .reverseSort:
            state.companies.ascending.toggle()
        case .new:
            state.companies.modal = .form(.new, CompanyForms.companyForm(nil))
        case .edit, .logInteraction, .planTask, .editNotes, .delete:
            guard let id = selected, let company = state.book.companies[id] else {
                state.show("No company selected", severity: .warning, environment: environment)
                return []
            }
            switch action {
            case .edit: state.companies.modal = .form(.edit(id), CompanyForms.companyForm(company))
            case .logInteraction:
                state.companies.modal = .form(.interaction(id), ActivityForms.interactionForm(now: now, timeZone: environment.clock.timeZone))
            case .planTask: state.companies.modal = .form(.task(id), ActivityForms.taskForm(today: environment.clock.today))
            case .editNotes: return [.editText(EditRequest(text: company.notes, target: .companyNotes(id)))]
            default: state.companies.modal = .confirmDelete(id, ConfirmState(defaultConfirm: false))
            }
        }
        return []
    }

    private static func move(_ action: CompaniesAction, state: inout AppState, environment: AppEnvironment) {
        if state.companies.isPaneOpen, state.companies.paneHasFocus {
            CompanyDetailPane.move(action, state: &state, environment: environment)
            return
        }
        let page = pageSize(state)
        switch action {
        case .moveUp: state.companies.list.moveBy(-1)
        case .moveDown: state.companies.list.moveBy(1)
        case .pageUp: state.companies.list.moveBy(-max(1, page - 1))
        case .pageDown: state.companies.list.moveBy(max(1, page - 1))
        case .top: state.companies.list.moveToTop()
        case .bottom: state.companies.list.moveToBottom()
        default: break
        }
        state.companies.list.scrollToSelection(height: page, showsMoreIndicator: false)
    }

    static func hasModal(_ state: AppState) -> Bool { state.companies.modal != nil || state.companies.isTyping }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        guard let modal = state.companies.modal else {
            switch key {
            case .escape:
                state.companies.isTyping = false
                state.companies.searchInput.clear()
            case .enter:
                state.companies.isTyping = false
                syncList(&state)
                if selectedID(state) != nil {
                    state.companies.isPaneOpen = true
                    state.companies.paneHasFocus = true
                }
            case .down: state.companies.list.moveBy(1)
            case .up: state.companies.list.moveBy(-1)
            default:
                if state.companies.searchInput.handle(key) { state.companies.list.select(0) }
            }
            syncList(&state)
            return []
        }
        switch modal {
        case .form(let purpose, var form):
            switch form.handle(key) {
            case nil: state.companies.modal = .form(purpose, form)
            case .cancelled?: state.companies.modal = nil
            case .submitted(let values)?:
                state.companies.modal = nil
                CompanyForms.submit(purpose, values: values, state: &state, environment: environment)
            }
        case .confirmDelete(let id, var confirm):
            switch confirm.handle(key) {
            case nil: state.companies.modal = .confirmDelete(id, confirm)
            case false?: state.companies.modal = nil
            case true?:
                state.companies.modal = nil
                let name = state.book.companies[id]?.name ?? id.rawValue
                state.commit(ContactDeletion.deleteCompany(id, from: state.book), label: "Deleted \(name) (u to undo)", environment: environment)
                state.companies.isPaneOpen = false
                state.companies.paneHasFocus = false
                syncList(&state)
            }
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        CompaniesRender.render(state, into: &buffer, area: area, environment: environment)
    }
}
