import RapportCore

/// Where the shell meets the views: one switch per hook, so each view's code stays in its own
/// folder and adding a view touches only these lines.
enum ViewDispatch {
    static func keymap(_ view: ViewID) -> Keymap<AppAction> {
        switch view {
        case .board: return BoardScreen.keymap
        case .contacts: return ContactsScreen.keymap
        case .companies: return CompaniesScreen.keymap
        case .activities: return ActivitiesScreen.keymap
        case .campaigns: return CampaignsScreen.keymap
        case .reports: return ReportsScreen.keymap
        case .help: return HelpView.keymap
        }
    }

    /// What a view's symbols mean, for the `?` overlay and the Help view.
    static func legend(_ view: ViewID) -> [KeyHelpSection] {
        view == .board ? [CardMarker.helpSection] : []
    }

    static func hasModal(_ state: AppState) -> Bool {
        switch state.view {
        case .board: return BoardScreen.hasModal(state)
        case .contacts: return ContactsScreen.hasModal(state)
        case .companies: return CompaniesScreen.hasModal(state)
        case .activities: return ActivitiesScreen.hasModal(state)
        case .campaigns: return CampaignsScreen.hasModal(state)
        case .reports: return ReportsScreen.hasModal(state)
        case .help: return false
        }
    }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch state.view {
        case .board: return BoardScreen.handleModalKey(key, state: &state, environment: environment)
        case .contacts: return ContactsScreen.handleModalKey(key, state: &state, environment: environment)
        case .companies: return CompaniesScreen.handleModalKey(key, state: &state, environment: environment)
        case .activities: return ActivitiesScreen.handleModalKey(key, state: &state, environment: environment)
        case .campaigns: return CampaignsScreen.handleModalKey(key, state: &state, environment: environment)
        case .reports: return ReportsScreen.handleModalKey(key, state: &state, environment: environment)
        case .help: return []
        }
    }

    /// A view's action. Performing it from elsewhere (the palette, another view's "jump to")
    /// switches to that view first.
    static func perform(_ action: AppAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch action {
        case .board(let action):
            state.view = .board
            return BoardScreen.perform(action, state: &state, environment: environment)
        case .contacts(let action):
            state.view = .contacts
            return ContactsScreen.perform(action, state: &state, environment: environment)
        case .companies(let action):
            state.view = .companies
            return CompaniesScreen.perform(action, state: &state, environment: environment)
        case .activities(let action):
            state.view = .activities
            return ActivitiesScreen.perform(action, state: &state, environment: environment)
        case .campaigns(let action):
            state.view = .campaigns
            return CampaignsScreen.perform(action, state: &state, environment: environment)
        case .reports(let action):
            state.view = .reports
            return ReportsScreen.perform(action, state: &state, environment: environment)
        case .help(let action):
            state.view = .help
            HelpView.perform(action, state: &state)
            return []
        default:
            return []
        }
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        switch state.view {
        case .board: return BoardScreen.render(state, into: &buffer, area: area, environment: environment)
        case .contacts: return ContactsScreen.render(state, into: &buffer, area: area, environment: environment)
        case .companies: return CompaniesScreen.render(state, into: &buffer, area: area, environment: environment)
        case .activities: return ActivitiesScreen.render(state, into: &buffer, area: area, environment: environment)
        case .campaigns: return CampaignsScreen.render(state, into: &buffer, area: area, environment: environment)
        case .reports: return ReportsScreen.render(state, into: &buffer, area: area, environment: environment)
        case .help:
            HelpView(state: state).render(into: &buffer, area: area)
            return nil
        }
    }
}
