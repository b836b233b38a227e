import RapportCore
import RapportCanvas

/// Draws the board: the columns with their cards, the footer, and the pane or dialog over them.
extension BoardScreen {
    static func draw(_ state: BoardState, context: BoardContext, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        let clock = context.clock
        let book = context.book
        let pipeline = state.shownPipeline(book.settings)
        let board = state.caches.columns(book, pipelineID: pipeline.id, filter: state.filterText, sort: state.sort, clock: clock)
        let columns = board.columns
        guard !columns.isEmpty, !area.isEmpty else { return nil }
        if BoardLegend.isShown(book) { BoardLegend.render(into: &buffer, area: area.splitBottom(1).bottom) }
        let layout = BoardLayout(area: BoardLegend.boardArea(book, in: area), columns: columns, state: state)
        let activities = state.caches.activityIndex(book)

        let stageFrames = layout.frames.filter { columns[$0.index].isStage }.map { (columns[$0.index], $0.rect.width) }
        let closedFrames = layout.frames.filter { !columns[$0.index].isStage }.map { (columns[$0.index], $0.rect.width) }
        let stageVariant = BoardColumnView.totalsVariant(for: stageFrames, book.settings)
        let closedVariant = BoardColumnView.totalsVariant(for: closedFrames, book.settings)
        for (position, frame) in layout.frames.enumerated() {
            let column = columns[frame.index]
            let isFocused = frame.index == state.focusedColumn
            BoardColumnView(column: column, isFocusedColumn: isFocused,
                            focusedRow: isFocused ? min(state.focusedRow, max(0, column.cards.count - 1)) : nil,
                            rowOffset: state.rowOffsets[frame.index] ?? 0,
                            detail: layout.detail(forStage: column.isStage), book: book, activities: activities,
                            cardImages: state.caches.cards, clock: clock,
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
        if let notice = BoardEmptyNotice.text(book: book, filter: state.filterText, shownCards: matches) {
            BoardEmptyNotice.render(notice, into: &buffer, columnsArea: layout.columnsArea)
        }
        var cursor = BoardFooter(totals: board.totals, settings: book.settings, sort: state.sort,
                                 filter: state.filter, isEditingFilter: state.isEditingFilter, matchCount: matches,
                                 pipelineName: BoardPipelines.footerName(pipeline, book.settings))
            .render(into: &buffer, area: layout.footer)

        if state.pane != nil {
            // The cards under the pane do not answer; the wheel scrolls the pane, as j/k do.
            BoardScreen.wheelPointerTarget.mark(OpportunityPane.frame(in: layout.columnsArea), on: &buffer)
            OpportunityPane.render(state, context: context, into: &buffer, area: layout.columnsArea)
            cursor = state.isEditingFilter ? cursor : nil
        }
        if let modal = state.modal {
            return BoardModalView.render(modal, book: book, into: &buffer, area: area)
        }
        return cursor
    }
}
