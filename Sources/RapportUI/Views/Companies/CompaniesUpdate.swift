import Foundation
import RapportCanvas
import RapportCore

enum CompaniesUpdate {
    static func update(_ action: CompaniesAction, state: inout CompaniesState, context: inout ScreenContext<CompaniesScreen>) -> [Effect] {
        CompaniesScreen.syncList(&state, book: context.book, size: context.size)
        let selected = CompaniesScreen.selectedID(state, book: context.book)
        switch action {
        case .open(let id):
            open(id, state: &state, context: context)
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(action, state: &state, context: context)
        case .select(let row):
            CompaniesScreen.select(row: row, state: &state, context: context)
        case .activate:
            if state.isPaneOpen, state.paneHasFocus, let selected {
                CompanyDetailPane.activate(selected, state: state, context: &context)
                return []
            }
            guard selected != nil else { return [] }
            openPane(&state)
        case .back:
            if state.paneHasFocus, context.size.width >= ContactsRender.sideBySideWidth {
                state.paneHasFocus = false
            } else if state.isPaneOpen {
                closePane(&state)
            } else {
                clearSearch(&state, context: context)
            }
        case .close:
            if state.isPaneOpen {
                closePane(&state)
            } else {
                clearSearch(&state, context: context)
            }
        case .search:
            state.isTyping = true
            closePane(&state)
        case .nextSection, .previousSection:
            let count = CompanySection.allCases.count
            let step = action == .nextSection ? 1 : count - 1
            state.section = CompanySection(rawValue: (state.section.rawValue + step) % count) ?? .profile
            state.paneCursor = 0
            if selected != nil { state.isPaneOpen = true }
        case .sortNextColumn:
            state.sort = CompanyColumn(rawValue: (state.sort.rawValue + 1) % CompanyColumn.allCases.count) ?? .name
            state.ascending = state.sort == .name || state.sort == .industry
            context.show("Sorted by \(state.sort.title.lowercased())")
        case .reverseSort:
            state.ascending.toggle()
        case .new:
            state.modal = .form(.new, CompanyForms.companyForm(nil, settings: context.book.settings, today: context.today))
        case .edit, .logInteraction, .planTask, .editNotes, .delete:
            guard let id = selected, let company = context.book.companies[id] else {
                context.show("No company selected", severity: .warning)
                return []
            }
            switch action {
            case .edit: state.modal = .form(.edit(id), CompanyForms.companyForm(company, settings: context.book.settings, today: context.today))
            case .logInteraction:
                state.modal = .form(.interaction(id), ActivityForms.interactionForm(now: context.now, timeZone: context.clock.timeZone))
            case .planTask: state.modal = .form(.task(id), ActivityForms.taskForm(today: context.today))
            case .editNotes: return [.editText(EditRequest(text: company.notes, target: .companyNotes(id)))]
            default: state.modal = .confirmDelete(id, ConfirmState(defaultConfirm: false))
            }
        }
        return []
    }

    /// Shows the company's pane, clearing a search that hides it.
    static func open(_ id: CompanyID, state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        if !CompaniesScreen.visibleRows(state, book: context.book).contains(where: { $0.row.company.id == id }) { state.searchInput.clear() }
        CompaniesScreen.syncList(&state, book: context.book, size: context.size)
        if let position = CompaniesScreen.visibleRows(state, book: context.book).firstIndex(where: { $0.row.company.id == id }) {
            state.list.select(position)
            state.list.scrollToSelection(height: CompaniesScreen.pageSize(context.size), showsMoreIndicator: false)
        }
        openPane(&state)
    }

    static func openPane(_ state: inout CompaniesState) {
        state.isPaneOpen = true
        state.paneHasFocus = true
        state.paneCursor = 0
    }

    static func closePane(_ state: inout CompaniesState) {
        state.isPaneOpen = false
        state.paneHasFocus = false
    }

    private static func clearSearch(_ state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        state.searchInput.clear()
        CompaniesScreen.syncList(&state, book: context.book, size: context.size)
    }

    private static func move(_ action: CompaniesAction, state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        if state.isPaneOpen, state.paneHasFocus {
            CompanyDetailPane.move(action, state: &state, context: context)
            return
        }
        let page = CompaniesScreen.pageSize(context.size)
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
    }
}
