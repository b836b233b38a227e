import Foundation
import RapportCanvas
import RapportCore

/// View 3: companies with their people and roll-ups, the same pattern as contacts.
enum CompaniesScreen: Screen {
    typealias State = CompaniesState
    typealias Action = CompaniesAction

    static let id = ViewID("companies")
    static var title: String { "Companies" }
    static func makeState() -> CompaniesState { CompaniesState() }

    static let keymap: Keymap<CompaniesAction> = {
        var keys = Keymap<CompaniesAction>()
        keys.bind(["/"], .search, "Search companies", group: "Companies", hint: true)
        keys.bind(["enter", "o", "right", "l"], .activate, "Open the company / the selected person or deal",
                  group: "Companies", hint: true, keyLabel: "Enter")
        keys.bind(["esc"], .close, Messages.companiesClosePane.text, group: "Companies")
        keys.bind(["left", "h"], .back, Messages.companiesBackToList.text, group: "Companies", keyLabel: "h/←")
        keys.bind(["j", "down"], .moveDown, Messages.companiesKeyNext.text, group: "Companies", keyLabel: "j/↓")
        keys.bind(["k", "up"], .moveUp, Messages.companiesKeyPrevious.text, group: "Companies", keyLabel: "k/↑")
        keys.bind(["pgdn", "ctrl-f"], .pageDown, Messages.companiesKeyPageDown.text, group: "Companies")
        keys.bind(["pgup", "ctrl-b"], .pageUp, Messages.companiesKeyPageUp.text, group: "Companies")
        keys.bind(["g", "home"], .top, Messages.companiesKeyFirst.text, group: "Companies")
        keys.bind(["G", "end"], .bottom, Messages.companiesKeyLast.text, group: "Companies")
        keys.bind(["]"], .nextSection, "Next section of the company pane", group: "Companies")
        keys.bind(["["], .previousSection, "Previous section of the company pane", group: "Companies")
        keys.bind(["s"], .sortNextColumn, "Sort companies by the next column", group: "Companies")
        keys.bind(["S"], .reverseSort, "Reverse the company sort", group: "Companies")
        keys.bind(["n"], .new, "New company", group: "Company", hint: true)
        keys.bind(["e"], .edit, "Edit the company", group: "Company")
        keys.bind(["a"], .logInteraction, "Log an interaction with the company", group: "Company")
        keys.bind(["t"], .planTask, "Plan a task for the company", group: "Company")
        keys.bind(["E"], .editNotes, "Edit the company's notes in $EDITOR", group: "Company")
        keys.bind(["D"], .delete, "Delete the company (its people stay)", group: "Company")
        return keys
    }()

    static func hasModal(_ state: CompaniesState) -> Bool { state.modal != nil || state.isTyping }

    static func modalKeys(_ state: CompaniesState) -> KeyGuide? {
        switch state.modal {
        case .form?: return FormState.keyGuide
        case .confirmDelete?: return ConfirmState.keyGuide
        case nil: return state.isTyping ? SearchBoxKeys.keyGuide : nil
        }
    }

    static func handleModalKey(_ key: KeyEvent, state: inout CompaniesState, context: inout ScreenContext<CompaniesScreen>) -> [Effect] {
        CompaniesModals.handle(key, state: &state, context: &context)
    }

    static func update(_ action: CompaniesAction, state: inout CompaniesState, context: inout ScreenContext<CompaniesScreen>) -> [Effect] {
        CompaniesUpdate.update(action, state: &state, context: &context)
    }

    static func render(_ state: CompaniesState, context: ScreenContext<CompaniesScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        CompaniesRender.render(state, context: context, into: &buffer, area: area)
    }

    static func heldSelection(_ state: CompaniesState, context: ScreenContext<CompaniesScreen>) -> HeldSelection? {
        selectedID(state, book: context.book).map(HeldSelection.company)
    }

    static func follow(_ held: HeldSelection, state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        guard case .company(let id) = held else { return }
        syncList(&state, book: context.book, size: context.size)
        guard let position = visibleRows(state, book: context.book).firstIndex(where: { $0.row.company.id == id }) else { return }
        state.list.select(position)
        state.list.scrollToSelection(height: pageSize(context.size), showsMoreIndicator: false)
    }
}

extension ViewID {
    public static let companies = CompaniesScreen.id
}

extension AppAction {
    static func companies(_ action: CompaniesAction) -> AppAction { CompaniesScreen.action(action) }
}
