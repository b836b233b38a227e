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

extension CampaignsScreen {
    static func heldSelection(_ state: AppState) -> HeldSelection? {
        switch state.campaigns.panel {
        case .templates:
            let templates = state.book.templates.sortedByID
            var list = state.campaigns.templates
            list.setItemCount(templates.count)
            return list.selected.map { .template(templates[$0].id) }
        default:
            return selectedCampaign(state).map { .campaign($0.id) }
        }
    }

    static func follow(_ held: HeldSelection, state: inout AppState) {
        switch held {
        case .campaign(let id):
            let campaigns = sortedCampaigns(state.book)
            state.campaigns.campaigns.setItemCount(campaigns.count)
            if let position = campaigns.firstIndex(where: { $0.id == id }) { state.campaigns.campaigns.select(position) }
        case .template(let id):
            let templates = state.book.templates.sortedByID
            state.campaigns.templates.setItemCount(templates.count)
            if let position = templates.firstIndex(where: { $0.id == id }) { state.campaigns.templates.select(position) }
        default:
            break
        }
    }
}
