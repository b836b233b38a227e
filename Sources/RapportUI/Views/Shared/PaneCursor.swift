import RapportCanvas

/// Moving the cursor of a detail pane (contacts, companies): through the lines that lead
/// somewhere when there are any, else scrolling the text a page at a time.
enum PaneCursor {
    enum Move { case up, down, pageUp, pageDown, top, bottom }

    static func moved(_ cursor: Int, _ move: Move, lineCount: Int, targetCount: Int, page: Int) -> Int {
        let limit = targetCount > 0 ? targetCount - 1 : max(0, lineCount - page)
        var next = cursor
        switch move {
        case .up: next -= 1
        case .down: next += 1
        case .pageUp: next -= max(1, page - 1)
        case .pageDown: next += max(1, page - 1)
        case .top: next = 0
        case .bottom: next = limit
        }
        return min(max(0, next), limit)
    }
}
