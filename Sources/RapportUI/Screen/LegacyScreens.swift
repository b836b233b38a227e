import RapportCanvas
import RapportCore

// TRANSITION (removed when the last screen is moved): screens still written against the whole
// `AppState`, registered through the same hooks as a `Screen`. Each screen's move to the
// contract deletes its entry here and adds `RegisteredScreen(XScreen.self)` to `Screens.all`.

extension RegisteredScreen {
    init<Action: Hashable & Sendable>(
        legacy id: ViewID, title: String, action: Action.Type,
        keymap: @escaping @Sendable () -> Keymap<AppAction>,
        hasModal: @escaping @Sendable (AppState) -> Bool,
        handleModalKey: @escaping @Sendable (KeyEvent, inout AppState, AppEnvironment) -> [Effect],
        perform: @escaping @Sendable (Action, inout AppState, AppEnvironment) -> [Effect],
        render: @escaping @Sendable (AppState, inout CellBuffer, Rect, AppEnvironment) -> CursorPosition?,
        heldSelection: @escaping @Sendable (AppState, AppEnvironment) -> HeldSelection? = { _, _ in nil },
        follow: @escaping @Sendable (HeldSelection, inout AppState, AppEnvironment) -> Void = { _, _, _ in },
        legend: [KeyHelpSection] = []
    ) {
        self.id = id
        self.title = { title }
        self.keymap = keymap
        self.legend = { legend }
        self.installState = { _ in }
        self.hasModal = hasModal
        self.modalKeys = { _ in nil }
        self.handleModalKey = handleModalKey
        self.perform = { screenAction, state, environment in
            guard let action = screenAction.legacyValue(as: Action.self) else { return [] }
            return perform(action, &state, environment)
        }
        self.render = render
        self.heldSelection = heldSelection
        self.follow = follow
    }
}

extension ScreenAction {
    init<Action: Hashable & Sendable>(legacy view: ViewID, _ action: Action) {
        self.init(view: view, value: action)
    }
}

enum LegacyScreens {
    static let contacts = RegisteredScreen(
        legacy: .contacts, title: "Contacts", action: ContactsAction.self, keymap: { ContactsScreen.keymap },
        hasModal: ContactsScreen.hasModal, handleModalKey: ContactsScreen.handleModalKey, perform: ContactsScreen.perform,
        render: ContactsScreen.render,
        heldSelection: { state, environment in ContactsScreen.selectedID(state, environment).map(HeldSelection.contact) },
        follow: { held, state, environment in
            if case .contact(let id) = held { ContactsScreen.follow(id, state: &state, environment: environment) }
        })
    static let companies = RegisteredScreen(
        legacy: .companies, title: "Companies", action: CompaniesAction.self, keymap: { CompaniesScreen.keymap },
        hasModal: CompaniesScreen.hasModal, handleModalKey: CompaniesScreen.handleModalKey, perform: CompaniesScreen.perform,
        render: CompaniesScreen.render,
        heldSelection: { state, _ in CompaniesScreen.selectedID(state).map(HeldSelection.company) },
        follow: { held, state, _ in if case .company(let id) = held { CompaniesScreen.follow(id, state: &state) } })
    static let activities = RegisteredScreen(
        legacy: .activities, title: "Activities", action: ActivitiesAction.self, keymap: { ActivitiesScreen.keymap },
        hasModal: ActivitiesScreen.hasModal, handleModalKey: ActivitiesScreen.handleModalKey, perform: ActivitiesScreen.perform,
        render: ActivitiesScreen.render,
        heldSelection: { state, environment in ActivitiesScreen.heldSelection(state, environment: environment) },
        follow: { held, state, environment in ActivitiesScreen.follow(held, state: &state, environment: environment) })
    static let campaigns = RegisteredScreen(
        legacy: .campaigns, title: "Campaigns", action: CampaignsAction.self, keymap: { CampaignsScreen.keymap },
        hasModal: CampaignsScreen.hasModal, handleModalKey: CampaignsScreen.handleModalKey, perform: CampaignsScreen.perform,
        render: CampaignsScreen.render,
        heldSelection: { state, _ in CampaignsScreen.heldSelection(state) },
        follow: { held, state, _ in CampaignsScreen.follow(held, state: &state) })
    static let reports = RegisteredScreen(
        legacy: .reports, title: "Reports", action: ReportsAction.self, keymap: { ReportsScreen.keymap },
        hasModal: ReportsScreen.hasModal, handleModalKey: ReportsScreen.handleModalKey, perform: ReportsScreen.perform,
        render: ReportsScreen.render)
}

extension ViewID {
    public static let contacts = ViewID("contacts")
    public static let companies = ViewID("companies")
    public static let activities = ViewID("activities")
    public static let campaigns = ViewID("campaigns")
    public static let reports = ViewID("reports")
}

extension AppAction {
    static func contacts(_ action: ContactsAction) -> AppAction { .screen(ScreenAction(legacy: .contacts, action)) }
    static func companies(_ action: CompaniesAction) -> AppAction { .screen(ScreenAction(legacy: .companies, action)) }
    static func activities(_ action: ActivitiesAction) -> AppAction { .screen(ScreenAction(legacy: .activities, action)) }
    static func campaigns(_ action: CampaignsAction) -> AppAction { .screen(ScreenAction(legacy: .campaigns, action)) }
    static func reports(_ action: ReportsAction) -> AppAction { .screen(ScreenAction(legacy: .reports, action)) }
}
