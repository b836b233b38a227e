import Foundation
import RapportCanvas
import RapportCore

/// View 2: the contact list with fuzzy search, filters and sorting, and the detail pane.
enum ContactsScreen: Screen {
    typealias State = ContactsState
    typealias Action = ContactsAction

    static let id = ViewID("contacts")
    static var title: String { "Contacts" }
    static func makeState() -> ContactsState { ContactsState() }

    static let keymap: Keymap<ContactsAction> = {
        var keys = Keymap<ContactsAction>()
        keys.bind(["/"], .search, "Search", group: "Contacts", hint: true)
        keys.bind(["enter", "o", "right", "l"], .activate, "Open", group: "Contacts",
                  hint: true, keyLabel: "Enter")
        keys.bind(["esc"], .close, Messages.contactsClosePane.text, group: "Contacts")
        keys.bind(["left", "h"], .back, Messages.contactsBackToList.text, group: "Contacts", keyLabel: "h/←")
        keys.bind(["j", "down"], .moveDown, Messages.contactsKeyNext.text, group: "Contacts", keyLabel: "j/↓")
        keys.bind(["k", "up"], .moveUp, Messages.contactsKeyPrevious.text, group: "Contacts", keyLabel: "k/↑")
        keys.bind(["pgdn", "ctrl-f"], .pageDown, "Page down", group: "Contacts")
        keys.bind(["pgup", "ctrl-b"], .pageUp, "Page up", group: "Contacts")
        keys.bind(["g", "home"], .top, Messages.contactsKeyFirst.text, group: "Contacts")
        keys.bind(["G", "end"], .bottom, Messages.contactsKeyLast.text, group: "Contacts")
        keys.bind(["]"], .nextSection, "Next section of the pane", group: "Contacts")
        keys.bind(["["], .previousSection, "Previous section of the pane", group: "Contacts")
        keys.bind(["s"], .sortNextColumn, "Sort by the next column", group: "Contacts")
        keys.bind(["S"], .reverseSort, "Reverse the sort", group: "Contacts")
        keys.bind(["f"], .filter, "Filter by stage, tag and segment", group: "Contacts")
        keys.bind(["n"], .new, "New contact", group: "Contact", hint: true)
        keys.bind(["e"], .edit, "Edit the contact", group: "Contact")
        keys.bind(["a"], .logInteraction, "Log an interaction", group: "Contact", hint: true)
        keys.bind(["t"], .planTask, "Plan a task", group: "Contact", hint: true)
        keys.bind(["T"], .newTicket, "Open a support ticket", group: "Contact")
        keys.bind(["p"], .promote, "Promote to the next lifecycle stage", group: "Contact")
        keys.bind(["C"], .convertLead, "Convert lead: create the opportunity", group: "Contact")
        keys.bind(["c"], .consent, "Change privacy or marketing consent", group: "Contact")
        keys.bind(["E"], .editNotes, "Edit notes in $EDITOR", group: "Contact")
        keys.bind(["M"], .merge, "Merge another contact into this one", group: "Contact")
        keys.bind(["D"], .delete, "Delete the contact", group: "Contact")
        keys.bind(["X"], .erase, "GDPR: erase the person for good", group: "Contact")
        return keys
    }()

    static func hasModal(_ state: ContactsState) -> Bool { state.modal != nil || state.isTyping }

    static func modalKeys(_ state: ContactsState) -> KeyGuide? {
        switch state.modal {
        case .form(_, let form)?: return form.keyGuide
        case .duplicate?, .confirmDelete?: return ConfirmState.keyGuide
        case .erase?: return PromptState.keyGuide
        case .merge(let dialog)?: return dialog.keyGuide
        case nil: return state.isTyping ? SearchBoxKeys.keyGuide : nil
        }
    }

    static func handleModalKey(_ key: KeyEvent, state: inout ContactsState, context: inout ContactsContext) -> [Effect] {
        ContactsModals.handle(key, state: &state, context: &context)
    }

    static func update(_ action: ContactsAction, state: inout ContactsState, context: inout ContactsContext) -> [Effect] {
        ContactsUpdate.update(action, state: &state, context: &context)
    }

    static func render(_ state: ContactsState, context: ContactsContext, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        ContactsRender.render(state, context, into: &buffer, area: area)
    }

    static func heldSelection(_ state: ContactsState, context: ContactsContext) -> HeldSelection? {
        selectedID(state, context).map(HeldSelection.contact)
    }

    static func follow(_ held: HeldSelection, state: inout ContactsState, context: ContactsContext) {
        if case .contact(let id) = held { follow(id, state: &state, context: context) }
    }
}

typealias ContactsContext = ScreenContext<ContactsScreen>

extension ViewID {
    public static let contacts = ContactsScreen.id
}

extension AppAction {
    static func contacts(_ action: ContactsAction) -> AppAction { ContactsScreen.action(action) }
}

extension AppState {
    /// The contacts screen's state, as the saved views and the tests read it.
    var contacts: ContactsState {
        get { screens[ContactsScreen.self] }
        _modify { yield &screens[ContactsScreen.self] }
        set { screens[ContactsScreen.self] = newValue }
    }
}
