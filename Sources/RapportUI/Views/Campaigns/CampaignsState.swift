import Foundation
import RapportCanvas
import RapportCore

/// View 5: campaigns and their results, members and who was left out, a comparison across
/// campaigns, templates with a preview on a contact, and the workflow rules.
public enum CampaignsAction: Hashable, Sendable {
    case moveUp, moveDown, top, bottom, pageUp, pageDown
    case showPanel(CampaignsPanel)
    case nextPanel, previousPanel
    /// Overview: the selected campaign's members.
    case open
    /// Asks to send the selected campaign (a confirmation with what a dry run found comes first).
    case send
    case nextPreviewContact, previousPreviewContact
    case toggleRule, longerRule, shorterRule, runRules
    /// A new campaign (a new template on the Templates panel), or the selected one edited.
    case new, edit
    /// The enabled rules' run as the book opens (the runner asks for it).
    case runRulesOnOpening
    /// The template body came back from `$EDITOR`, for the open template form.
    case templateBodyEdited(String)
    /// The runner sent the campaign: its report, and the book it left (members marked,
    /// deliveries logged, already on disk).
    case sendFinished(CampaignSendReport, book: Book)

    // A book is not Hashable (its collections are compared, never hashed): a send's hash is its
    // report; the other cases carry hashable values, told apart by how they print.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .sendFinished(let report, _):
            hasher.combine("sendFinished")
            hasher.combine(report)
        default:
            hasher.combine(String(describing: self))
        }
    }
}

public enum CampaignsPanel: Int, CaseIterable, Hashable, Sendable {
    case overview, members, compare, templates, rules

    var title: String {
        switch self {
        case .overview: return "Overview"
        case .members: return "Members"
        case .compare: return "Compare"
        case .templates: return "Templates"
        case .rules: return "Rules"
        }
    }
}

/// The send confirmation: what a dry run found, and the campaign to send.
public struct SendConfirmation: Hashable, Sendable {
    public var campaignID: CampaignID
    public var title: String
    public var message: String
    public var canSend: Bool
    public var buttons = ConfirmState(defaultConfirm: false)
}

/// An open campaign or template form.
public struct CampaignFormModal: Sendable {
    public var purpose: CampaignFormPurpose
    public var form: FormState
}

public struct CampaignsState: Sendable {
    public var panel: CampaignsPanel = .overview
    public var campaigns = ListState()
    public var members = ListState()
    public var templates = ListState()
    public var rules = ListState()
    /// Which contact the template preview is for: an index into the contacts in id order.
    public var previewContact = 0
    public var confirmation: SendConfirmation?
    /// The campaign or template form, while open.
    public var form: CampaignFormModal?
    /// What the rules did when they last ran in this session, for the Rules panel.
    public var lastRuleRun: [String] = []
    /// Results and audiences derived from the book, kept between frames.
    let caches = CampaignsCaches()

    public init() {}
}
