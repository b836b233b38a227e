import RapportCore
import RapportCanvas

public enum CompaniesAction: Hashable, Sendable {
    /// Shows this company's detail pane.
    case open(CompanyID)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// A click on the list's row at this position (see CompaniesPointer).
    case select(row: Int)
    /// back (h/←) leaves the pane for the list beside it; close (Esc) closes the pane at once.
    case activate, back, close, search
    case nextSection, previousSection
    case sortNextColumn, reverseSort
    case new, edit, delete
    case logInteraction, planTask, editNotes
}

enum CompanySection: Int, CaseIterable, Sendable {
    case profile, people, deals, timeline

    var title: String {
        switch self {
        case .profile: return "Profile"
        case .people: return "People"
        case .deals: return "Deals"
        case .timeline: return "Timeline"
        }
    }
}

enum CompanyColumn: Int, CaseIterable, Sendable {
    case name, industry, people, openPipeline, won

    var title: String {
        switch self {
        case .name: return "Name"
        case .industry: return "Industry"
        case .people: return "People"
        case .openPipeline: return "Open pipeline"
        case .won: return "Won"
        }
    }
}

enum CompanyFormPurpose: Sendable {
    case new, edit(CompanyID), interaction(CompanyID), task(CompanyID)

    var title: String {
        switch self {
        case .new: return "New company"
        case .edit: return "Edit company"
        case .interaction: return "Log an interaction"
        case .task: return "Plan a task"
        }
    }
}

enum CompaniesModal: Sendable {
    case form(CompanyFormPurpose, FormState)
    case confirmDelete(CompanyID, ConfirmState)
}

final class CompaniesCaches: Sendable {
    let index = DerivedCache<CompanyIndex.Key, CompanyIndex>()
    /// The filtered, sorted rows: every key press asks for them several times (to count, to find
    /// the selection, to draw), and sorting 10,000 companies each time cost hundreds of ms.
    let visible = DerivedCache<VisibleRowsKey, [(row: CompanyIndex.Row, highlights: [Int])]>()
}

struct VisibleRowsKey: Equatable, Sendable {
    let index: CompanyIndex.Key
    let search: String
    let sort: CompanyColumn
    let ascending: Bool
}

public struct CompaniesState: Sendable {
    var list = ListState()
    var searchInput = TextInputState()
    var isTyping = false
    var sort: CompanyColumn = .name
    var ascending = true
    var isPaneOpen = false
    var paneHasFocus = false
    var section: CompanySection = .profile
    var paneCursor = 0
    var modal: CompaniesModal?
    let caches = CompaniesCaches()

    public init() {}
}

extension AppState {
    /// The companies screen's state, for the saved-views dialog and the tests.
    var companies: CompaniesState {
        get { screens[CompaniesScreen.self] }
        _modify { yield &screens[CompaniesScreen.self] }
        set { screens[CompaniesScreen.self] = newValue }
    }
}
