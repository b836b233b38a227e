import RapportCore
import RapportCanvas

/// How much a card shows: narrow terminals get one line per card, wide ones more detail.
enum CardDetail: Hashable, Sendable {
    case oneLine
    /// Title; company and amount; next step and days in stage.
    case detailed
    /// As detailed, plus the contact, the expected close and the tags.
    case wide

    var rows: Int {
        switch self {
        case .oneLine: return 1
        case .detailed: return 3
        case .wide: return 4
        }
    }

    /// Blank rows between two cards.
    var gap: Int { self == .oneLine ? 0 : 1 }
    var pitch: Int { rows + gap }

    /// Narrowest stage column that still reads well at this detail.
    var minimumStageWidth: Int {
        switch self {
        case .oneLine: return 15
        case .detailed: return 17
        case .wide: return 26
        }
    }
}

/// Where everything goes on the board: which columns are visible (the board scrolls sideways to
/// keep the focused one in view), their rectangles, the footer, and how many cards fit.
struct BoardLayout: Hashable, Sendable {
    struct ColumnFrame: Hashable, Sendable {
        var index: Int
        var rect: Rect
    }

    static let headerRows = 3
    /// Won and Lost are collapsed: a summary and one line per deal.
    static let summaryWidth = 13
    static let wideSummaryWidth = 22

    let area: Rect
    let footer: Rect
    let columnsArea: Rect
    let detail: CardDetail
    let firstColumn: Int
    let frames: [ColumnFrame]

    /// The area the board body gets from the shell for a terminal of this size.
    static func bodyArea(for size: TerminalExtent) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
    }

    init(area: Rect, columnIsStage: [Bool], focusedColumn: Int, firstColumnHint: Int) {
        self.area = area
        let split = area.splitBottom(1)
        columnsArea = split.rest
        footer = split.bottom
        let cardRows = max(0, columnsArea.height - BoardLayout.headerRows)
        var detail: CardDetail = area.width >= 160 ? .wide : (area.width >= 100 ? .detailed : .oneLine)
        if detail != .oneLine, cardRows < 2 * detail.pitch { detail = .oneLine }
        self.detail = detail

        let summaryWidth = detail == .wide ? BoardLayout.wideSummaryWidth : BoardLayout.summaryWidth
        let minimumWidths = columnIsStage.map { $0 ? detail.minimumStageWidth : summaryWidth }
        let count = minimumWidths.count
        let width = columnsArea.width
        /// How many columns fit starting at `start`, one separator between two.
        func fitting(from start: Int) -> Int {
            var used = 0
            var fitted = 0
            for index in start..<count {
                let needed = minimumWidths[index] + (fitted > 0 ? 1 : 0)
                if used + needed > width { break }
                used += needed
                fitted += 1
            }
            return max(fitted, start < count ? 1 : 0)
        }
        guard count > 0 else {
            firstColumn = 0
            frames = []
            return
        }
        let focus = min(max(0, focusedColumn), count - 1)
        var first = min(max(0, firstColumnHint), count - 1)
        if focus < first { first = focus }
        while focus >= first + fitting(from: first) { first += 1 }
        // No empty room on the right while columns are hidden on the left.
        while first > 0, fitting(from: first - 1) >= count - first + 1 { first -= 1 }
        firstColumn = first

        let visible = Array(first..<(first + fitting(from: first)))
        let separators = max(0, visible.count - 1)
        var widths = visible.map { minimumWidths[$0] }
        var spare = width - separators - widths.reduce(0, +)
        // Spare room goes to the stage columns (Won and Lost stay collapsed), evenly.
        let growable = visible.indices.filter { columnIsStage[visible[$0]] }
        let receivers = growable.isEmpty ? Array(visible.indices) : growable
        if spare > 0, !receivers.isEmpty {
            let share = spare / receivers.count
            for position in receivers { widths[position] += share }
            spare -= share * receivers.count
            for position in receivers.prefix(spare) { widths[position] += 1 }
        } else if spare < 0, let last = widths.indices.last {
            widths[last] = max(1, widths[last] + spare)  // a single column wider than the screen
        }
        var x = columnsArea.x
        var frames: [ColumnFrame] = []
        for (position, index) in visible.enumerated() {
            frames.append(ColumnFrame(index: index, rect: Rect(x: x, y: columnsArea.y, width: widths[position], height: columnsArea.height)))
            x += widths[position] + 1
        }
        self.frames = frames
    }

    init(area: Rect, columns: [BoardColumn], state: BoardState) {
        self.init(area: area, columnIsStage: columns.map(\.isStage), focusedColumn: state.focusedColumn,
                  firstColumnHint: state.firstVisibleColumn)
    }

    /// The detail cards get in a column of this kind: Won and Lost are always one line.
    func detail(forStage isStage: Bool) -> CardDetail { isStage ? detail : .oneLine }

    static func cardsArea(of column: Rect) -> Rect {
        column.inset(top: headerRows)
    }

    /// Cards that fit in `height` rows: all of them, or fewer with a "+N more" line at the bottom.
    static func capacity(height: Int, detail: CardDetail) -> (all: Int, withMoreLine: Int) {
        let all = max(0, (height + detail.gap) / detail.pitch)
        let withMore = max(height > 1 ? 1 : 0, (height - 1 + detail.gap) / detail.pitch)
        return (all, min(all, withMore))
    }

    /// The first card to draw so that the selected one is visible, scrolling as little as
    /// possible from `offset` (as `ListState` does for rows).
    static func visibleOffset(selected: Int?, offset: Int, count: Int, height: Int, detail: CardDetail) -> Int {
        let (all, withMore) = capacity(height: height, detail: detail)
        guard count > all, all > 0 else { return 0 }
        func shown(from start: Int) -> Int { count - start <= all ? count - start : max(1, withMore) }
        let lastFullOffset = count - all
        var result = min(max(0, offset), lastFullOffset)
        guard let selected else { return result }
        if selected < result { return selected }
        if selected >= result + shown(from: result) {
            result = min(selected - max(1, withMore) + 1, lastFullOffset)
        }
        return max(0, result)
    }
}
