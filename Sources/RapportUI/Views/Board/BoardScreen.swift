import RapportCore
import RapportCanvas

/// View 1: the pipeline board, the salesperson's home screen. Its parts live in this folder:
/// state (`BoardState`), actions and keys (`BoardAction`), update (`BoardUpdate`,
/// `BoardModals`), the columns model (`BoardColumns`, from indexes in `BoardIndex`), layout
/// (`BoardLayout`) and drawing (cards, columns, footer, the opportunity pane, forms).
enum BoardScreen {
    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        let clock = environment.clock
        let board = BoardColumns.of(state.book, filter: state.board.filterText, sort: state.board.sort, clock: clock)
        let columns = board.columns
        guard !columns.isEmpty, !area.isEmpty else { return nil }
        if BoardLegend.isShown(state) { BoardLegend.render(into: &buffer, area: area.splitBottom(1).bottom) }
        let layout = BoardLayout(area: BoardLegend.boardArea(state, in: area), columns: columns, state: state.board)
        let activities = BoardActivityIndex.of(state.book)

        let stageFrames = layout.frames.filter { columns[$0.index].isStage }.map { (columns[$0.index], $0.rect.width) }
        let closedFrames = layout.frames.filter { !columns[$0.index].isStage }.map { (columns[$0.index], $0.rect.width) }
        let stageVariant = BoardColumnView.totalsVariant(for: stageFrames, state.book.settings)
        let closedVariant = BoardColumnView.totalsVariant(for: closedFrames, state.book.settings)
        for (position, frame) in layout.frames.enumerated() {
            let column = columns[frame.index]
            let isFocused = frame.index == state.board.focusedColumn
            BoardColumnView(column: column, isFocusedColumn: isFocused,
                            focusedRow: isFocused ? min(state.board.focusedRow, max(0, column.cards.count - 1)) : nil,
                            rowOffset: state.board.rowOffsets[frame.index] ?? 0,
                            detail: layout.detail(forStage: column.isStage), book: state.book, activities: activities, clock: clock,
                            totalsVariant: column.isStage ? stageVariant : closedVariant)
                .render(into: &buffer, area: frame.rect)
            if position < layout.frames.count - 1 {
                buffer.verticalLine(x: frame.rect.maxX, y: frame.rect.y, length: frame.rect.height)
            }
        }
        // Columns hidden to either side are announced at the edges.
        if layout.firstColumn > 0 {
            buffer.write("◀", at: layout.columnsArea.x, y: layout.columnsArea.y + 2, style: .accent)
        }
        if let last = layout.frames.last, last.index < columns.count - 1 {
            buffer.write("▶", at: layout.columnsArea.maxX - 1, y: layout.columnsArea.y + 2, style: .accent)
        }

        let matches = columns.reduce(0) { $0 + $1.cards.count }
        if let notice = BoardEmptyNotice.text(book: state.book, filter: state.board.filterText, shownCards: matches) {
            BoardEmptyNotice.render(notice, into: &buffer, columnsArea: layout.columnsArea)
        }
        var cursor = BoardFooter(totals: board.totals, settings: state.book.settings, sort: state.board.sort,
                                 filter: state.board.filter, isEditingFilter: state.board.isEditingFilter, matchCount: matches)
            .render(into: &buffer, area: layout.footer)

        if state.board.pane != nil {
            // The cards under the pane do not answer; the wheel scrolls the pane, as j/k do.
            BoardScreen.wheelPointerTarget.mark(OpportunityPane.frame(in: layout.columnsArea), on: &buffer)
            OpportunityPane.render(state, environment: environment, into: &buffer, area: layout.columnsArea)
            cursor = state.board.isEditingFilter ? cursor : nil
        }
        if let modal = state.board.modal {
            return BoardModalView.render(modal, state: state, environment: environment, into: &buffer, area: area)
        }
        return cursor
    }
}
