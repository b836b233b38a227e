import Foundation
import RapportCanvas
import RapportCore

/// The board's update: focus and scroll, and the changes to the book (each one undoable, since
/// it goes through `ScreenContext.commit`).
extension BoardScreen {
    static func columns(_ state: BoardState, _ context: BoardContext) -> [BoardColumn] {
        state.caches.columns(context.book, pipelineID: state.shownPipeline(context.book.settings).id, filter: state.filterText,
                             sort: state.sort, clock: context.clock).columns
    }

    /// The card with the focus, if its column has any.
    static func focusedCard(_ state: BoardState, _ context: BoardContext) -> OpportunityID? {
        let columns = columns(state, context)
        guard columns.indices.contains(state.focusedColumn) else { return nil }
        let cards = columns[state.focusedColumn].cards
        guard !cards.isEmpty else { return nil }
        return cards[min(max(0, state.focusedRow), cards.count - 1)]
    }

    /// What "the opportunity" means for an action: the pane's, else the focused card's.
    static func target(_ state: BoardState, _ context: BoardContext) -> OpportunityID? {
        state.pane?.opportunityID ?? focusedCard(state, context)
    }

    static func perform(_ action: BoardAction, state: inout BoardState, context: inout BoardContext) -> [Effect] {
        let now = context.now
        if state.pane != nil, let effects = performInPane(action, state: &state, context: context) {
            return effects
        }
        switch action {
        case .focusOpportunity(let id):
            focus(on: id, state: &state, context: context, clearingFilterIfHidden: true)
        case .focusLeft: moveFocus(columns: -1, state: &state, context: context)
        case .focusRight: moveFocus(columns: 1, state: &state, context: context)
        case .focusUp: moveFocus(rows: -1, state: &state, context: context)
        case .focusDown: moveFocus(rows: 1, state: &state, context: context)
        case .focusFirst: moveFocus(rows: Int.min / 2, state: &state, context: context)
        case .focusLast: moveFocus(rows: Int.max / 2, state: &state, context: context)
        case .pageUp: moveFocus(rows: -pageSize(state, context), state: &state, context: context)
        case .pageDown: moveFocus(rows: pageSize(state, context), state: &state, context: context)

        case .nextPipeline, .previousPipeline, .showPipeline, .moveToPipeline:
            return performPipeline(action, state: &state, context: &context)
        case .moveToNextStage, .moveToPreviousStage:
            guard let id = target(state, context) else { return nothingFocused(&context) }
            apply(BoardChanges.move(id, by: action == .moveToNextStage ? 1 : -1, in: context.book, at: now),
                  state: &state, context: &context)
        case .markWon:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            guard opportunity.status != .won else {
                context.show("\(opportunity.title) is already won", severity: .warning)
                return []
            }
            close(PendingClose(opportunityID: id, outcome: .won), state: &state, context: &context)
        case .markLost:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            guard opportunity.status != .lost else {
                context.show("\(opportunity.title) is already lost", severity: .warning)
                return []
            }
            state.modal = .lostReason(ChoicePicker(opportunityID: id, choices: context.book.settings.lostReasons))
        case .reopen:
            guard let id = target(state, context) else { return nothingFocused(&context) }
            apply(BoardChanges.reopen(id, in: context.book, at: now), state: &state, context: &context)
        case .newOpportunity:
            let columns = columns(state, context)
            var stage: PipelineStage?
            if columns.indices.contains(state.focusedColumn) { stage = columns[state.focusedColumn].stage }
            guard !state.shownPipeline(context.book.settings).stages.isEmpty else {
                context.show("The pipeline has no stages: add some in the settings", severity: .warning)
                return []
            }
            state.modal = .opportunityForm(OpportunityForm(editing: nil, defaultStage: stage, book: context.book,
                                                           pipeline: state.shownPipeline(context.book.settings)))
        case .edit:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            state.modal = .opportunityForm(OpportunityForm(editing: opportunity, defaultStage: nil, book: context.book))
        case .delete:
            guard let id = target(state, context) else { return nothingFocused(&context) }
            state.modal = .confirmDelete(id, ConfirmState(defaultConfirm: false))
        case .addOffer:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            state.modal = .offerForm(OfferForm(for: opportunity, settings: context.book.settings))
        case .addTask:
            guard let id = target(state, context) else { return nothingFocused(&context) }
            state.modal = .taskForm(TaskForm(for: id))
        case .logInteraction:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            guard let contactID = opportunity.contactID, context.book.contacts.contains(contactID) else {
                context.show(Messages.boardNoContactToLog.text(["deal": opportunity.title]), severity: .warning)
                return []
            }
            state.modal = .interaction(id, ActivityForms.interactionForm(now: now, timeZone: context.clock.timeZone))
        case .completeNextStep:
            guard let id = target(state, context) else { return nothingFocused(&context) }
            guard let step = state.caches.activityIndex(context.book).nextStep[id] else {
                context.show("No next step to mark done: t plans one", severity: .warning)
                return []
            }
            apply(BoardChanges.completeTask(step.activityID, in: context.book, at: now), state: &state, context: &context)
        case .editNotes:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            return [.editText(EditRequest(text: opportunity.notes, target: .opportunityNotes(id)))]
        case .open:
            guard let id = focusedCard(state, context) else { return nothingFocused(&context) }
            state.pane = OpportunityPaneState(opportunityID: id)
        case .openContact:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            guard let contactID = opportunity.contactID, context.book.contacts.contains(contactID) else {
                context.show("\(opportunity.title) has no contact", severity: .warning)
                return []
            }
            context.perform(.contacts(.open(contactID)))
        case .openCompany:
            guard let id = target(state, context), let opportunity = context.book.opportunities[id] else {
                return nothingFocused(&context)
            }
            guard let companyID = opportunity.companyID, context.book.companies.contains(companyID) else {
                context.show("\(opportunity.title) has no company", severity: .warning)
                return []
            }
            context.perform(.companies(.open(companyID)))
        case .startFilter:
            state.isEditingFilter = true
        case .cycleSort:
            let focused = focusedCard(state, context)
            state.sort = state.sort.next
            context.show("Sorted by \(state.sort.title)")
            if let focused { focus(on: focused, state: &state, context: context, clearingFilterIfHidden: false) }
        case .back:
            if !state.filter.isEmpty {
                state.filter.clear()
                state.focusedRow = 0
                state.rowOffsets = [:]
                syncScroll(&state, context)
            } else if BoardLegend.isShown(context.book) {
                context.hideHint(BoardLegend.hintID)
                syncScroll(&state, context)
            }
        }
        return []
    }

    /// Keys that mean something else while the pane is open: j/k scroll it, Esc closes it.
    /// Returns nil for actions that work the same with or without the pane.
    private static func performInPane(_ action: BoardAction, state: inout BoardState, context: BoardContext) -> [Effect]? {
        guard var pane = state.pane else { return nil }
        let page = max(1, BoardLayout.bodyArea(for: context.size).height - 4)
        switch action {
        case .back, .open:
            state.pane = nil
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
            state.pane = nil
            return nil
        default:
            return nil
        }
        let maximum = max(0, OpportunityPane.lineCount(state, context) - OpportunityPane.textHeight(context))
        pane.offset = min(max(0, pane.offset), maximum)
        state.pane = pane
        return []
    }

    /// Commits a change, or says why there is none. Returns whether the book changed.
    @discardableResult
    static func apply(_ outcome: BoardChanges.Outcome, state: inout BoardState, context: inout BoardContext) -> Bool {
        switch outcome {
        case .changed(let book, let label, let touched):
            state.caches.carryOver(from: context.book, to: book, touched: touched,
                                   pipelineID: state.shownPipeline(context.book.settings).id)
            context.commit(book, label: label, state: &state)
            return true
        case .refused(let reason):
            context.show(reason, severity: .warning)
            return false
        }
    }

    static func nothingFocused(_ context: inout BoardContext) -> [Effect] {
        context.show("No opportunity here", severity: .warning)
        return []
    }

    // MARK: Focus and scroll

    static func moveFocus(columns delta: Int = 0, rows rowDelta: Int = 0, state: inout BoardState, context: BoardContext) {
        let columns = columns(state, context)
        guard !columns.isEmpty else { return }
        state.focusedColumn = min(max(0, state.focusedColumn + delta), columns.count - 1)
        let count = columns[state.focusedColumn].cards.count
        let row = min(max(0, state.focusedRow), max(0, count - 1))
        state.focusedRow = min(max(0, row + rowDelta), max(0, count - 1))
        syncScroll(&state, context)
    }

    /// Focuses the card of this opportunity wherever it is. A filter hiding it is cleared when
    /// asked (coming from another view), since the user asked to see that deal.
    static func focus(on id: OpportunityID, state: inout BoardState, context: BoardContext, clearingFilterIfHidden: Bool) {
        // A deal of another pipeline than the one shown: show its pipeline.
        if let deal = context.book.opportunities[id] {
            let own = context.book.settings.pipelineID(of: deal)
            if own != state.shownPipeline(context.book.settings).id { state.pipelineID = own }
        }
        var columns = columns(state, context)
        var location = locate(id, in: columns)
        if location == nil, clearingFilterIfHidden, !state.filter.isEmpty {
            state.filter.clear()
            columns = self.columns(state, context)
            location = locate(id, in: columns)
        }
        guard let (column, row) = location else { return }
        state.focusedColumn = column
        state.focusedRow = row
        syncScroll(&state, context)
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
    static func follow(_ id: OpportunityID, state: inout BoardState, context: BoardContext) {
        guard let (column, row) = locate(id, in: columns(state, context)) else {
            keepFocusInRange(&state, context)
            return
        }
        state.focusedColumn = column
        state.focusedRow = row
        syncScroll(&state, context)
    }

    /// After a card left the board (deleted, or hidden by the filter): the focus stays on the same row.
    static func keepFocusInRange(_ state: inout BoardState, _ context: BoardContext) {
        moveFocus(state: &state, context: context)
    }

    /// Remembers the scroll positions the renderer will use, so scrolling is minimal and stable.
    static func syncScroll(_ state: inout BoardState, _ context: BoardContext) {
        let columns = columns(state, context)
        let layout = BoardLayout(area: BoardLegend.boardArea(context.book, in: BoardLayout.bodyArea(for: context.size)), columns: columns,
                                 state: state)
        state.firstVisibleColumn = layout.firstColumn
        let index = state.focusedColumn
        guard columns.indices.contains(index) else { return }
        let height = BoardLayout.cardsArea(of: layout.columnsArea).height
        state.rowOffsets[index] = BoardLayout.visibleOffset(
            selected: state.focusedRow, offset: state.rowOffsets[index] ?? 0, count: columns[index].cards.count,
            height: height, detail: layout.detail(forStage: columns[index].isStage))
    }

    /// Cards per page in the focused column.
    static func pageSize(_ state: BoardState, _ context: BoardContext) -> Int {
        let columns = columns(state, context)
        let layout = BoardLayout(area: BoardLegend.boardArea(context.book, in: BoardLayout.bodyArea(for: context.size)), columns: columns,
                                 state: state)
        let isStage = columns.indices.contains(state.focusedColumn) ? columns[state.focusedColumn].isStage : true
        let height = BoardLayout.cardsArea(of: layout.columnsArea).height
        return max(1, BoardLayout.capacity(height: height, detail: layout.detail(forStage: isStage)).withMoreLine - 1)
    }
}
