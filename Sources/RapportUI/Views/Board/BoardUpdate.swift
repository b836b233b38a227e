import Foundation
import RapportCanvas
import RapportCore

/// The board's update: focus and scroll, and the changes to the book (each one undoable, since
/// it goes through `AppState.commit`).
extension BoardScreen {
    static func columns(_ state: AppState, _ environment: AppEnvironment) -> [BoardColumn] {
        BoardColumns.of(state.book, filter: state.board.filterText, sort: state.board.sort, clock: environment.clock).columns
    }

    /// The card with the focus, if its column has any.
    static func focusedCard(_ state: AppState, _ environment: AppEnvironment) -> OpportunityID? {
        let columns = columns(state, environment)
        guard columns.indices.contains(state.board.focusedColumn) else { return nil }
        let cards = columns[state.board.focusedColumn].cards
        guard !cards.isEmpty else { return nil }
        return cards[min(max(0, state.board.focusedRow), cards.count - 1)]
    }

    /// What "the opportunity" means for an action: the pane's, else the focused card's.
    static func target(_ state: AppState, _ environment: AppEnvironment) -> OpportunityID? {
        state.board.pane?.opportunityID ?? focusedCard(state, environment)
    }

    static func perform(_ action: BoardAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        let now = environment.clock.now
        if state.board.pane != nil, let effects = performInPane(action, state: &state, environment: environment) {
            return effects
        }
        switch action {
        case .focusOpportunity(let id):
            focus(on: id, state: &state, environment: environment, clearingFilterIfHidden: true)
        case .focusLeft: moveFocus(columns: -1, state: &state, environment: environment)
        case .focusRight: moveFocus(columns: 1, state: &state, environment: environment)
        case .focusUp: moveFocus(rows: -1, state: &state, environment: environment)
        case .focusDown: moveFocus(rows: 1, state: &state, environment: environment)
        case .focusFirst: moveFocus(rows: Int.min / 2, state: &state, environment: environment)
        case .focusLast: moveFocus(rows: Int.max / 2, state: &state, environment: environment)
        case .pageUp: moveFocus(rows: -pageSize(state, environment), state: &state, environment: environment)
        case .pageDown: moveFocus(rows: pageSize(state, environment), state: &state, environment: environment)

        case .moveToNextStage, .moveToPreviousStage:
            guard let id = target(state, environment) else { return nothingFocused(&state, environment) }
            apply(BoardChanges.move(id, by: action == .moveToNextStage ? 1 : -1, in: state.book, at: now),
                  state: &state, environment: environment)
        case .markWon:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            guard opportunity.status != .won else {
                state.show("\(opportunity.title) is already won", severity: .warning, environment: environment)
                return []
            }
            close(PendingClose(opportunityID: id, outcome: .won), state: &state, environment: environment)
        case .markLost:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            guard opportunity.status != .lost else {
                state.show("\(opportunity.title) is already lost", severity: .warning, environment: environment)
                return []
            }
            state.board.modal = .lostReason(ChoicePicker(opportunityID: id, choices: state.book.settings.lostReasons))
        case .reopen:
            guard let id = target(state, environment) else { return nothingFocused(&state, environment) }
            apply(BoardChanges.reopen(id, in: state.book, at: now), state: &state, environment: environment)
        case .newOpportunity:
            let columns = columns(state, environment)
            var stage: PipelineStage?
            if columns.indices.contains(state.board.focusedColumn) { stage = columns[state.board.focusedColumn].stage }
            guard !state.book.settings.pipeline.isEmpty else {
                state.show("The pipeline has no stages: add some in the settings", severity: .warning, environment: environment)
                return []
            }
            state.board.modal = .opportunityForm(OpportunityForm(editing: nil, defaultStage: stage, book: state.book))
        case .edit:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            state.board.modal = .opportunityForm(OpportunityForm(editing: opportunity, defaultStage: nil, book: state.book))
        case .delete:
            guard let id = target(state, environment) else { return nothingFocused(&state, environment) }
            state.board.modal = .confirmDelete(id, ConfirmState(defaultConfirm: false))
        case .addOffer:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            state.board.modal = .offerForm(OfferForm(for: opportunity, settings: state.book.settings))
        case .addTask:
            guard let id = target(state, environment) else { return nothingFocused(&state, environment) }
            state.board.modal = .taskForm(TaskForm(for: id))
        case .logInteraction:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            guard let contactID = opportunity.contactID, state.book.contacts.contains(contactID) else {
                state.show(Messages.boardNoContactToLog.text(["deal": opportunity.title]), severity: .warning, environment: environment)
                return []
            }
            state.board.modal = .interaction(id, ActivityForms.interactionForm(now: now, timeZone: environment.clock.timeZone))
        case .completeNextStep:
            guard let id = target(state, environment) else { return nothingFocused(&state, environment) }
            guard let step = BoardActivityIndex.of(state.book).nextStep[id] else {
                state.show("No next step to mark done: t plans one", severity: .warning, environment: environment)
                return []
            }
            apply(BoardChanges.completeTask(step.activityID, in: state.book, at: now), state: &state, environment: environment)
        case .editNotes:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            return [.editText(EditRequest(text: opportunity.notes, target: .opportunityNotes(id)))]
        case .open:
            guard let id = focusedCard(state, environment) else { return nothingFocused(&state, environment) }
            state.board.pane = OpportunityPaneState(opportunityID: id)
        case .openContact:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            guard let contactID = opportunity.contactID, state.book.contacts.contains(contactID) else {
                state.show("\(opportunity.title) has no contact", severity: .warning, environment: environment)
                return []
            }
            return App.performAction(.contacts(.open(contactID)), state: &state, environment: environment)
        case .openCompany:
            guard let id = target(state, environment), let opportunity = state.book.opportunities[id] else {
                return nothingFocused(&state, environment)
            }
            guard let companyID = opportunity.companyID, state.book.companies.contains(companyID) else {
                state.show("\(opportunity.title) has no company", severity: .warning, environment: environment)
                return []
            }
            return App.performAction(.companies(.open(companyID)), state: &state, environment: environment)
        case .startFilter:
            state.board.isEditingFilter = true
        case .cycleSort:
            let focused = focusedCard(state, environment)
            state.board.sort = state.board.sort.next
            state.show("Sorted by \(state.board.sort.title)", environment: environment)
            if let focused { focus(on: focused, state: &state, environment: environment, clearingFilterIfHidden: false) }
        case .back:
            if !state.board.filter.isEmpty {
                state.board.filter.clear()
                state.board.focusedRow = 0
                state.board.rowOffsets = [:]
                syncScroll(&state, environment)
            } else if BoardLegend.isShown(state) {
                BoardLegend.hide(&state)
                syncScroll(&state, environment)
            }
        }
        return []
    }

    /// Keys that mean something else while the pane is open: j/k scroll it, Esc closes it.
    /// Returns nil for actions that work the same with or without the pane.
    private static func performInPane(_ action: BoardAction, state: inout AppState, environment: AppEnvironment) -> [Effect]? {
        guard var pane = state.board.pane else { return nil }
        let page = max(1, BoardLayout.bodyArea(for: state.size).height - 4)
        switch action {
        case .back, .open:
            state.board.pane = nil
            return []
        case .focusUp: pane.offset -= 1
        case .focusDown: pane.offset += 1
        case .pageUp: pane.offset -= page
        case .pageDown: pane.offset += page
        case .focusFirst: pane.offset = 0
        case .focusLast: pane.offset = Int.max / 2
        case .focusLeft, .focusRight:
            return []
        case .startFilter, .cycleSort, .newOpportunity, .focusOpportunity:
            state.board.pane = nil
            return nil
        default:
            return nil
        }
        let maximum = max(0, OpportunityPane.lineCount(state, environment: environment) - OpportunityPane.textHeight(state))
        pane.offset = min(max(0, pane.offset), maximum)
        state.board.pane = pane
        return []
    }

    /// Commits a change, or says why there is none. Returns whether the book changed.
    @discardableResult
    static func apply(_ outcome: BoardChanges.Outcome, state: inout AppState, environment: AppEnvironment) -> Bool {
        switch outcome {
        case .changed(let book, let label, let touched):
            BoardStageIndex.carryOver(from: state.book, to: book, touched: touched)
            state.commit(book, label: label, environment: environment)
            return true
        case .refused(let reason):
            state.show(reason, severity: .warning, environment: environment)
            return false
        }
    }

    private static func nothingFocused(_ state: inout AppState, _ environment: AppEnvironment) -> [Effect] {
        state.show("No opportunity here", severity: .warning, environment: environment)
        return []
    }

    // MARK: Focus and scroll

    static func moveFocus(columns delta: Int = 0, rows rowDelta: Int = 0, state: inout AppState, environment: AppEnvironment) {
        let columns = columns(state, environment)
        guard !columns.isEmpty else { return }
        var board = state.board
        board.focusedColumn = min(max(0, board.focusedColumn + delta), columns.count - 1)
        let count = columns[board.focusedColumn].cards.count
        let row = min(max(0, board.focusedRow), max(0, count - 1))
        let moved = row + rowDelta
        board.focusedRow = min(max(0, moved), max(0, count - 1))
        state.board = board
        syncScroll(&state, environment)
    }

    /// Focuses the card of this opportunity wherever it is. A filter hiding it is cleared when
    /// asked (coming from another view), since the user asked to see that deal.
    static func focus(on id: OpportunityID, state: inout AppState, environment: AppEnvironment, clearingFilterIfHidden: Bool) {
        var columns = columns(state, environment)
        var location = locate(id, in: columns)
        if location == nil, clearingFilterIfHidden, !state.board.filter.isEmpty {
            state.board.filter.clear()
            columns = self.columns(state, environment)
            location = locate(id, in: columns)
        }
        guard let (column, row) = location else { return }
        state.board.focusedColumn = column
        state.board.focusedRow = row
        syncScroll(&state, environment)
    }

    private static func locate(_ id: OpportunityID, in columns: [BoardColumn]) -> (Int, Int)? {
        for (index, column) in columns.enumerated() {
            if let row = column.cards.firstIndex(of: id) { return (index, row) }
        }
        return nil
    }

    /// After a change to the book (`HeldSelection`): the focus stays on this deal wherever the
    /// change moved it (another stage, Won, a new place in the sort); on the same row when the
    /// board no longer shows it.
    static func follow(_ id: OpportunityID, state: inout AppState, environment: AppEnvironment) {
        guard let (column, row) = locate(id, in: columns(state, environment)) else {
            keepFocusInRange(&state, environment)
            return
        }
        state.board.focusedColumn = column
        state.board.focusedRow = row
        syncScroll(&state, environment)
    }

    /// After a card left the board (deleted, or hidden by the filter): the focus stays on the same row.
    static func keepFocusInRange(_ state: inout AppState, _ environment: AppEnvironment) {
        moveFocus(state: &state, environment: environment)
    }

    /// Remembers the scroll positions the renderer will use, so scrolling is minimal and stable.
    static func syncScroll(_ state: inout AppState, _ environment: AppEnvironment) {
        let columns = columns(state, environment)
        let layout = BoardLayout(area: BoardLegend.boardArea(state, in: BoardLayout.bodyArea(for: state.size)), columns: columns,
                                 state: state.board)
        state.board.firstVisibleColumn = layout.firstColumn
        let index = state.board.focusedColumn
        guard columns.indices.contains(index) else { return }
        let height = BoardLayout.cardsArea(of: layout.columnsArea).height
        state.board.rowOffsets[index] = BoardLayout.visibleOffset(
            selected: state.board.focusedRow, offset: state.board.rowOffsets[index] ?? 0, count: columns[index].cards.count,
            height: height, detail: layout.detail(forStage: columns[index].isStage))
    }

    /// Cards per page in the focused column.
    static func pageSize(_ state: AppState, _ environment: AppEnvironment) -> Int {
        let columns = columns(state, environment)
        let layout = BoardLayout(area: BoardLegend.boardArea(state, in: BoardLayout.bodyArea(for: state.size)), columns: columns,
                                 state: state.board)
        let isStage = columns.indices.contains(state.board.focusedColumn) ? columns[state.board.focusedColumn].isStage : true
        let height = BoardLayout.cardsArea(of: layout.columnsArea).height
        return max(1, BoardLayout.capacity(height: height, detail: layout.detail(forStage: isStage)).withMoreLine - 1)
    }
}
