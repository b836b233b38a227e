import RapportCore
import RapportCanvas

/// What the board remembers while the user looks elsewhere: focus, scroll, filter, sort, and
/// the pane, form or dialog that is open. The columns themselves are never stored: they are
/// derived from the book (see `BoardColumns`), so they can never disagree with it.
public struct BoardState: Sendable {
    /// Index into the board's columns: the pipeline's stages, then Won, then Lost.
    var focusedColumn = 0
    /// Card index inside the focused column (clamped to its length when used).
    var focusedRow = 0
    /// First column drawn: the board scrolls sideways to keep the focused one visible.
    var firstVisibleColumn = 0
    /// First card drawn in each column, by column index.
    var rowOffsets: [Int: Int] = [:]
    /// Text typed after `/`; empty shows everything.
    var filter = TextInputState()
    /// True while `/` is typing into the filter (keys edit it instead of moving).
    var isEditingFilter = false
    var sort: BoardSort = .nextActivity
    /// The pipeline shown, by id (nil: the first), so renaming it keeps it shown.
    var pipelineID: String?
    /// The opportunity pane (Enter), over the board.
    var pane: OpportunityPaneState?
    /// A form or dialog that takes every key.
    var modal: BoardModal?
    /// What the board derives from the book, kept between frames (shared by copies of the state).
    let caches = BoardCaches()

    public init() {}

    var filterText: String { filter.text }

    /// The pipeline shown: the chosen one while it exists, else the first.
    func shownPipeline(_ settings: Settings) -> Pipeline {
        pipelineID.flatMap { settings.pipeline(id: $0) } ?? settings.defaultPipeline
    }
}

/// How cards are ordered inside a column; `s` cycles through them.
enum BoardSort: CaseIterable, Hashable, Sendable {
    /// Deals needing attention first: no next step, then the earliest due.
    case nextActivity
    /// Largest first.
    case amount
    /// Longest in the stage first.
    case age
    /// Soonest expected close first; deals without a date last.
    case expectedClose

    var title: String {
        switch self {
        case .nextActivity: return "next activity"
        case .amount: return "amount"
        case .age: return "age"
        case .expectedClose: return "expected close"
        }
    }

    var next: BoardSort {
        let all = BoardSort.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}

/// The opportunity shown in the pane and how far it is scrolled.
struct OpportunityPaneState: Hashable, Sendable {
    var opportunityID: OpportunityID
    var offset = 0
}

/// Forms and dialogs of the board. While one is open it gets every key (`BoardScreen.hasModal`).
enum BoardModal: Sendable {
    case opportunityForm(OpportunityForm)
    case offerForm(OfferForm)
    case taskForm(TaskForm)
    case lostReason(ChoicePicker)
    /// After a reason that names a competitor: which one.
    case competitor(ChoicePicker, reason: String)
    /// The deal being won or lost still has open tasks: close them too, or keep them.
    case closeTasks(PendingClose, tasks: [ActivityID], ConfirmState)
    case confirmDelete(OpportunityID, ConfirmState)
    /// `a`: the contacts' "log an interaction" form, for the deal's contact.
    case interaction(OpportunityID, FormState)
    /// `P`: which pipeline and stage the deal moves to (choices as `BoardPipelines.destinations`).
    case movePipeline(ChoicePicker)
}

/// Everything the board can do. Actions that concern "the opportunity" act on the one in the
/// pane when it is open, else on the focused card, so one key means one thing everywhere.
public enum BoardAction: Hashable, Sendable {
    /// Shows the board with this opportunity focused (from a contact's pane, the palette…).
    case focusOpportunity(OpportunityID)

    // Moving around.
    case focusLeft, focusRight, focusUp, focusDown
    case focusFirst, focusLast, pageUp, pageDown

    // Changing the pipeline.
    case moveToNextStage, moveToPreviousStage
    case markWon, markLost, reopen
    case newOpportunity, edit, delete
    case addOffer, addTask, completeNextStep, editNotes
    /// `a`: logs a call, email… with the deal's contact, as `a` does in Contacts.
    case logInteraction

    // Looking.
    case open
    case openContact, openCompany
    case startFilter
    case cycleSort
    /// `]`/`[`: the next or previous pipeline; the palette shows a chosen one.
    case nextPipeline, previousPipeline
    case showPipeline(String)
    /// `P`: moves the deal to another pipeline (asks which, and which stage).
    case moveToPipeline
    /// Esc: closes the pane, else clears the filter, else hides the legend line.
    case back
}
