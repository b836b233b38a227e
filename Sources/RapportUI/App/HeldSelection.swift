import RapportCore
import RapportCanvas

/// The record a list view's selection is on. A selection is kept as a row number (what the
/// list widgets draw), but what the user chose is a record: after a change to the book re-sorts
/// the list (planning a step under "next activity", logging a call under "last contact"), the
/// same row holds another record and the next key would act on it. So every change to the book
/// goes through `AppState.replaceBook`, which holds the record by id before the change and
/// selects it again afterwards, wherever it moved. A record that is gone (deleted, done, filtered
/// out) leaves the selection on the same row, as mutt and lazygit do.
public enum HeldSelection: Hashable, Sendable {
    case opportunity(OpportunityID)
    case contact(ContactID)
    case company(CompanyID)
    case activity(ActivityID)
    case ticket(TicketID)
    case campaign(CampaignID)
    case template(TemplateID)
}

// Each list view's half: where the held record is now. Kept here, next to the mechanism, so
// the views' own files stay about their screens.

extension ContactsScreen {
    /// Unlike `select`, never clears the search: a contact the change hid stays hidden.
    static func follow(_ id: ContactID, state: inout AppState, environment: AppEnvironment) {
        syncList(&state, environment)
        guard let row = index(state, environment).rowByID[id],
              let position = entries(state, environment).firstIndex(where: { $0.row == Int32(row) }) else { return }
        state.contacts.list.select(position)
        state.contacts.list.scrollToSelection(height: pageSize(state), showsMoreIndicator: false)
    }
}

extension CompaniesScreen {
    static func follow(_ id: CompanyID, state: inout AppState) {
        syncList(&state)
        guard let position = visibleRows(state).firstIndex(where: { $0.row.company.id == id }) else { return }
        state.companies.list.select(position)
        state.companies.list.scrollToSelection(height: pageSize(state), showsMoreIndicator: false)
    }
}

extension ActivitiesScreen {
    static func heldSelection(_ state: AppState, environment: AppEnvironment) -> HeldSelection? {
        guard let selected = state.activities.list.selected else { return nil }
        switch state.activities.tab {
        case .agenda: return agenda(state, environment: environment).task(at: selected).map { .activity($0.id) }
        case .tickets:
            let tickets = tickets(state)
            return tickets.indices.contains(selected) ? .ticket(tickets[selected].id) : nil
        }
    }

    static func follow(_ held: HeldSelection, state: inout AppState, environment: AppEnvironment) {
        state.activities.list.setItemCount(itemCount(state, environment: environment))
        let position: Int?
        switch (state.activities.tab, held) {
        case (.agenda, .activity(let id)):
            position = agenda(state, environment: environment).groups.lazy.flatMap(\.tasks).firstIndex { $0.id == id }
        case (.tickets, .ticket(let id)):
            position = tickets(state).firstIndex { $0.id == id }
        default:
            position = nil
        }
        guard let position else { return }
        state.activities.list.select(position)
        state.activities.list.scrollToSelection(height: pageSize(state))
    }
}
