import RapportCore
import RapportCanvas

/// The contacts view's actions. `open` is used by other views (a deal's contact, an agenda task).
public enum ContactsAction: Hashable, Sendable {
    /// Shows this contact's detail pane.
    case open(ContactID)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// A click on the list's row at this position (see ContactsPointer).
    case select(row: Int)
    /// Enter: opens the pane from the list; in the pane, jumps to the selected deal.
    case activate
    /// h/←: leaves the pane for the list beside it, then closes it, then clears the search.
    case back
    /// Esc: closes the pane, whichever side has the focus; else clears the search.
    case close
    case search
    case nextSection, previousSection
    case sortNextColumn, reverseSort
    case filter
    case new, edit, delete
    case logInteraction, planTask, newTicket
    case promote, convertLead, consent
    case merge, editNotes, erase
}

/// The detail pane's sections, switched with [ and ].
enum ContactSection: Int, CaseIterable, Sendable {
    case profile, lifecycle, consent, timeline, deals, purchases, tickets

    var title: String {
        switch self {
        case .profile: return "Profile"
        case .lifecycle: return "Lifecycle"
        case .consent: return "Consent"
        case .timeline: return "Timeline"
        case .deals: return "Deals"
        case .purchases: return "Purchases"
        case .tickets: return "Tickets"
        }
    }
}

/// What a form of the contacts view is for.
enum ContactFormPurpose: Sendable {
    case new
    case edit(ContactID)
    case interaction(ContactID)
    case task(ContactID)
    case consent(ContactID)
    case convert(ContactID)
    case ticket(ContactID)
    case filter

    /// The form of a contact's own fields (new or edit), which must name someone.
    var isContactForm: Bool {
        switch self {
        case .new, .edit: return true
        default: return false
        }
    }

    var title: String {
        switch self {
        case .new: return "New contact"
        case .edit: return "Edit contact"
        case .interaction: return "Log an interaction"
        case .task: return "Plan a task"
        case .consent: return "Consent"
        case .convert: return "Convert lead"
        case .ticket: return "New ticket"
        case .filter: return "Filter contacts"
        }
    }
}

/// The dialog on top of the contacts view, if any: it takes every key.
enum ContactsModal: Sendable {
    case form(ContactFormPurpose, CompletingForm)
    /// A new contact's email or phone is already known: open the existing one, or create anyway.
    case duplicate(form: CompletingForm, matches: [DuplicateDetection.Match], confirm: ConfirmState)
    case confirmDelete(ContactID, ConfirmState)
    /// GDPR erasure: the user types the contact's name to confirm.
    case erase(ContactID, PromptState)
    /// Which contact to merge into this one, and a preview before merging.
    case merge(ContactMergeDialog)
}

/// Work kept between frames: the search index and the last list, rebuilt only when the book or
/// the query changes.
final class ContactsCaches: Sendable {
    let index = DerivedCache<ContactIndex.Key, ContactIndex>()
    let entries = DerivedCache<ContactSearch.CacheKey, [ContactListEntry]>()
    /// Who is due a touch, for the filter of that name.
    let touches = DerivedCache<WorkdayCaches.TouchKey, [KeepInTouch.Due]>()
}

public struct ContactsState: Sendable {
    var query = ContactListQuery()
    var list = ListState()
    var searchInput = TextInputState()
    /// True while `/` is typing into the search box.
    var isTyping = false
    var isPaneOpen = false
    var paneHasFocus = false
    var section: ContactSection = .profile
    /// The selected deal or ticket in those sections, else the scroll offset.
    var paneCursor = 0
    var modal: ContactsModal?
    let caches = ContactsCaches()

    public init() {}

    /// Opens the selected contact's pane with the focus in it, at its top.
    mutating func openPane() {
        isPaneOpen = true
        paneHasFocus = true
        paneCursor = 0
    }

    mutating func closePane() {
        isPaneOpen = false
        paneHasFocus = false
    }
}
