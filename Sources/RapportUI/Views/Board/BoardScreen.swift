import RapportCore
import RapportCanvas

/// View 1: the pipeline board, the salesperson's home screen. Its parts live in this folder:
/// state and actions (`BoardState`), update (`BoardUpdate`, `BoardModals`, `BoardClosing`), the
/// columns model (`BoardColumns`, from indexes in `BoardIndex`, kept by `BoardCaches`), layout
/// (`BoardLayout`) and drawing (`BoardRender`: cards, columns, footer, the opportunity pane, forms).
enum BoardScreen: Screen {
    typealias State = BoardState
    typealias Action = BoardAction

    static let id = ViewID("board")
    static var title: String { "Board" }
    static func makeState() -> BoardState { BoardState() }
    static var legend: [KeyHelpSection] { [CardMarker.helpSection] }

    /// The board's keys. Kept clear of the global ones (1-7, Tab, ?, :, u, Ctrl-R, q…): a
    /// duplicate is a test failure. Shift-H/Shift-L are not stage moves because `L` marks a
    /// deal lost; `<` and `>` move it.
    static let keymap: Keymap<BoardAction> = {
        var keys = Keymap<BoardAction>()
        let navigation = "Board: moving"
        keys.bind(["h", "left"], .focusLeft, "Previous column", group: navigation)
        keys.bind(["l", "right"], .focusRight, "Next column", group: navigation)
        keys.bind(["k", "up"], .focusUp, "Previous card (scroll the pane)", group: navigation)
        keys.bind(["j", "down"], .focusDown, "Next card (scroll the pane)", group: navigation)
        keys.bind(["g", "home"], .focusFirst, "First card", group: navigation)
        keys.bind(["G", "end"], .focusLast, "Last card", group: navigation)
        keys.bind(["pgup"], .pageUp, "Page up", group: navigation)
        keys.bind(["pgdn"], .pageDown, "Page down", group: navigation)
        keys.bind(["enter"], .open, "Open", group: navigation, hint: true)
        keys.bind(["esc"], .back, Messages.boardKeyBack.text, group: navigation)

        let pipeline = "Board: deals"
        keys.bind([">"], .moveToNextStage, "Next stage", group: pipeline, hint: true)
        keys.bind(["<"], .moveToPreviousStage, "Previous stage", group: pipeline)
        keys.bind(["n"], .newOpportunity, "New", group: pipeline, hint: true)
        keys.bind(["e"], .edit, "Edit the opportunity", group: pipeline)
        keys.bind(["W"], .markWon, "Mark won", group: pipeline)
        keys.bind(["L"], .markLost, "Mark lost (choose a reason)", group: pipeline)
        keys.bind(["R"], .reopen, "Reopen a won or lost deal", group: pipeline)
        keys.bind(["D"], .delete, "Delete the opportunity", group: pipeline)
        keys.bind(["o"], .addOffer, "Add an offer", group: pipeline)
        keys.bind(["t"], .addTask, "Plan a next step (task)", group: pipeline)
        keys.bind(["x"], .completeNextStep, "Mark the next step done", group: pipeline)
        keys.bind(["a"], .logInteraction, Messages.boardKeyLogInteraction.text, group: pipeline)
        keys.bind(["N"], .editNotes, "Edit notes in $EDITOR", group: pipeline)
        keys.bind(["c"], .openContact, "Go to the contact", group: pipeline)
        keys.bind(["C"], .openCompany, "Go to the company", group: pipeline)
        keys.bind(["P"], .moveToPipeline, Messages.pipelinesBoardKeyMove.text, group: pipeline)

        let finding = "Board: finding"
        keys.bind(["/"], .startFilter, "Filter", group: finding, hint: true)
        keys.bind(["s"], .cycleSort, "Sort: next activity, amount, age, close", group: finding)
        keys.bind(["]"], .nextPipeline, Messages.pipelinesBoardKeyNext.text, group: finding)
        keys.bind(["["], .previousPipeline, Messages.pipelinesBoardKeyPrevious.text, group: finding)
        return keys
    }()

    static func hasModal(_ state: BoardState) -> Bool {
        state.modal != nil || state.isEditingFilter
    }

    static func modalKeys(_ state: BoardState) -> KeyGuide? {
        switch state.modal {
        case .opportunityForm(let form)?: return form.fields.keyGuide
        case .offerForm(let form)?: return form.fields.keyGuide
        case .taskForm(let form)?: return form.fields.keyGuide
        case .lostReason?, .competitor?, .movePipeline?: return KeyGuide(ChoicePicker.keymap).followed(by: TextInputState.keyGuide)
        case .closeTasks?, .confirmDelete?: return ConfirmState.keyGuide
        case .interaction?: return FormState.keyGuide
        case nil: return state.isEditingFilter ? KeyGuide(filterKeymap).followed(by: TextInputState.keyGuide) : nil
        }
    }

    static func handleModalKey(_ key: KeyEvent, state: inout BoardState, context: inout BoardContext) -> [Effect] {
        handleModal(key, state: &state, context: &context)
    }

    static func update(_ action: BoardAction, state: inout BoardState, context: inout BoardContext) -> [Effect] {
        perform(action, state: &state, context: &context)
    }

    static func render(_ state: BoardState, context: BoardContext, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        draw(state, context: context, into: &buffer, area: area)
    }

    static func heldSelection(_ state: BoardState, context: BoardContext) -> HeldSelection? {
        focusedCard(state, context).map(HeldSelection.opportunity)
    }

    static func follow(_ held: HeldSelection, state: inout BoardState, context: BoardContext) {
        if case .opportunity(let id) = held { follow(id, state: &state, context: context) }
    }
}

typealias BoardContext = ScreenContext<BoardScreen>

extension ViewID {
    public static let board = BoardScreen.id
}

extension AppAction {
    static func board(_ action: BoardAction) -> AppAction { BoardScreen.action(action) }
}

extension AppState {
    /// The board's state, as tests and the saved-views dialog read it.
    var board: BoardState {
        get { screens[BoardScreen.self] }
        _modify { yield &screens[BoardScreen.self] }
        set { screens[BoardScreen.self] = newValue }
    }
}
