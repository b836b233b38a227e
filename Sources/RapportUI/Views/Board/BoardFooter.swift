import RapportCore
import RapportCanvas

/// The board's last line: the open pipeline, the weighted forecast and this month's outcomes of
/// the cards shown ("Matching" instead of "Pipeline" while a filter is on) on the left; the sort and the filter on the right (the filter input while typing it).
struct BoardFooter {
    let totals: BoardTotals
    let settings: Settings
    let sort: BoardSort
    let filter: TextInputState
    let isEditingFilter: Bool
    /// Cards matching the filter, open and closed.
    let matchCount: Int
    /// The pipeline shown, when the book has several (see `BoardPipelines.footerName`).
    var pipelineName: String? = nil

    /// "5 open of 9 matches": the matching totals count open deals only, so the count says how
    /// many of the matches those are.
    static func matchesText(open: Int, matches: Int) -> String {
        if matches == 0 { return Messages.matches.text(["count": matches]) }
        if open == matches { return Messages.boardFilterAllOpen.text(["count": matches]) }
        return Messages.boardFilterOpenOf.text(["open": open, "count": matches])
    }

    /// Draws the footer; returns the cursor position while the filter is being typed.
    func render(into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area, style: .normal)
        let open = totals.isApproximate, won = totals.wonIsApproximate
        let money = { (amount: Money) in BoardFormat.total(BoardFormat.money(amount, settings), approximate: open) }
        let compact = { (amount: Money) in BoardFormat.total(BoardFormat.compact(amount, settings), approximate: open) }
        let values: [String: any CustomStringConvertible] = [
            "scope": totals.isFiltered ? Messages.boardFooterScopeFiltered.text : Messages.boardFooterScopeAll.text,
            "open": Messages.boardFooterOpen.text(["count": totals.openCount]),
            "total": money(totals.openTotal), "weighted": money(totals.weighted),
            "compactTotal": compact(totals.openTotal), "compactWeighted": compact(totals.weighted),
            "won": totals.wonThisMonth,
            "wonTotal": BoardFormat.total(BoardFormat.compact(totals.wonThisMonthTotal, settings), approximate: won),
            "lost": totals.lostThisMonth,
        ]
        // Open deals with no rate to the base are left out of the totals: the footer says so.
        let noRate = totals.openWithoutRate > 0
            ? Messages.boardFooterNoRate.text(["count": totals.openWithoutRate, "base": settings.baseCurrency]) : ""
        let variants = [Messages.boardFooterFull, Messages.boardFooterCompact, Messages.boardFooterShort,
                        Messages.boardFooterTiny].map { $0.text(values) + noRate } + (noRate.isEmpty ? [] : [
                            Messages.boardFooterTiny.text(values)])
        // Beside a filter the room is short: the matching totals still show, without the outcomes.
        let filteredVariants = variants + [Messages.reviewBoardFooterMinimal.text(values)]

        var right: String
        var cursor: CursorPosition?
        if isEditingFilter || !filter.isEmpty {
            // The filter takes the left part while it is in use; the totals move right if room.
            let label = "/"
            buffer.write(label, at: area.x, y: area.y, style: .accent)
            // Typing, the input has room to grow; applied, it takes only its text, leaving the
            // rest of the line to the matching totals.
            let typingWidth = min(30, max(8, area.width / 3))
            let inputWidth = isEditingFilter ? typingWidth : min(typingWidth, max(8, DisplayWidth.of(filter.text) + 1))
            let inputArea = Rect(x: area.x + 2, y: area.y, width: inputWidth, height: 1)
            let input = TextInput(state: filter, placeholder: "title, company, contact, tag", isFocused: isEditingFilter,
                                  style: isEditingFilter ? .input : .accent)
            input.render(into: &buffer, area: inputArea)
            cursor = input.cursorPosition(in: inputArea)
            var x = inputArea.maxX + 1
            let matches = Self.matchesText(open: totals.openCount, matches: matchCount)
            x += buffer.write(matches, at: x, y: area.y, style: .muted, maxWidth: area.maxX - x) + 2
            right = sortText
            let room = area.maxX - x - DisplayWidth.of(right) - 2
            if let text = filteredVariants.first(where: { DisplayWidth.of($0) <= room }) {
                buffer.write(text, at: x, y: area.y, style: .normal, maxWidth: room)
            }
        } else {
            right = sortText
            let room = area.width - DisplayWidth.of(right) - 2
            let text = variants.first { DisplayWidth.of($0) <= room } ?? variants[variants.count - 1]
            buffer.write(text, at: area.x, y: area.y, style: .normal, maxWidth: max(0, room))
        }
        buffer.writeRightAligned(right, endingAt: area.maxX, y: area.y, style: .muted)
        if let pipelineName {
            buffer.write(pipelineName, at: area.maxX - DisplayWidth.of(right), y: area.y, style: .accent)
        }
        return cursor
    }

    /// The sort, and room for the pipeline's name before it when one is shown.
    private var sortText: String {
        let sortText = "sort: \(sort.title)"
        guard let pipelineName else { return sortText }
        return String(repeating: " ", count: DisplayWidth.of(pipelineName) + 2) + sortText
    }
}
