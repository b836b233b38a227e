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

// Each screen's half (where the held record is now) is its `Screen.heldSelection` and
// `Screen.follow`, in its own folder.
