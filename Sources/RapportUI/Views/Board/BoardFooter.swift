import RapportCore

/// The board's last line: the open pipeline, the weighted forecast and this month's outcomes on
/// the left; the sort and the filter on the right (the filter input while typing it).
struct BoardFooter {
    let totals: BoardTotals
    let settings: Settings
    let sort: BoardSort
    let filter: TextInputState
    let isEditingFilter: Bool
    /// Cards matching the filter.
    let matchCount: Int

    /// Draws the footer; returns the cursor position while the filter is being typed.
    func render(into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area, style: .normal)
        let open = "\(totals.openCount) open"
        let money = { (amount: Money) in BoardFormat.money(amount, settings) }
        let compact = { (amount: Money) in BoardFormat.compact(amount, settings) }
        let month = "won \(totals.wonThisMonth) (\(compact(totals.wonThisMonthTotal))) · lost \(totals.lostThisMonth)"
        let variants = [
            "Pipeline \(money(totals.openTotal)) (\(open)) · weighted forecast \(money(totals.weighted)) · this month: \(month)",
            "Pipeline \(compact(totals.openTotal)) (\(open)) · weighted \(compact(totals.weighted)) · this month: \(month)",
            "Pipeline \(compact(totals.openTotal)) · weighted \(compact(totals.weighted)) · month: won \(totals.wonThisMonth), lost \(totals.lostThisMonth)",
            "\(compact(totals.openTotal)) · w \(compact(totals.weighted)) · won \(totals.wonThisMonth) lost \(totals.lostThisMonth)",
        ]

        var right: String
        var cursor: CursorPosition?
        if isEditingFilter || !filter.isEmpty {
            // The filter takes the left part while it is in use; the totals move right if room.
            let label = "/"
            buffer.write(label, at: area.x, y: area.y, style: .accent)
            let inputWidth = min(30, max(8, area.width / 3))
            let inputArea = Rect(x: area.x + 2, y: area.y, width: inputWidth, height: 1)
            let input = TextInput(state: filter, placeholder: "title, company, contact, tag", isFocused: isEditingFilter,
                                  style: isEditingFilter ? .input : .accent)
            input.render(into: &buffer, area: inputArea)
            cursor = input.cursorPosition(in: inputArea)
            var x = inputArea.maxX + 1
            let matches = "\(matchCount) match" + (matchCount == 1 ? "" : "es")
            x += buffer.write(matches, at: x, y: area.y, style: .muted, maxWidth: area.maxX - x) + 2
            right = "sort: \(sort.title)"
            let room = area.maxX - x - DisplayWidth.of(right) - 2
            if let text = variants.first(where: { DisplayWidth.of($0) <= room }) {
                buffer.write(text, at: x, y: area.y, style: .normal, maxWidth: room)
            }
        } else {
            right = "sort: \(sort.title)"
            let room = area.width - DisplayWidth.of(right) - 2
            let text = variants.first { DisplayWidth.of($0) <= room } ?? variants[variants.count - 1]
            buffer.write(text, at: area.x, y: area.y, style: .normal, maxWidth: max(0, room))
        }
        buffer.writeRightAligned(right, endingAt: area.maxX, y: area.y, style: .muted)
        return cursor
    }
}
