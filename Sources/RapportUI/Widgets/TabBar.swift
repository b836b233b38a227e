import RapportCanvas

/// A row of tabs: the top-level views (" 1 Contacts  2 Deals  3 Tasks ", each with the number
/// key that switches to it) or a pane's sections, the active one highlighted.
///
/// The active tab is always shown whole, however narrow the row: the others are first packed
/// closer, then shortened ("Pur…"), and only then scrolled out of sight, with ‹ and › saying
/// that more tabs are there (as lazygit and tig do with too many panels).
public struct TabBar: Widget {
    public var titles: [String]
    public var activeIndex: Int
    public var showsNumbers: Bool
    public var activeStyle: Style
    public var inactiveStyle: Style
    /// The style the whole row is filled with first; nil leaves what is there (a pane's rows).
    public var background: Style?
    /// A "│" between tabs when there is room for it.
    public var showsSeparators: Bool
    /// What clicking each tab does, one per title (none: the tabs do not answer the mouse).
    public var targets: [PointerTarget]

    public init(titles: [String], activeIndex: Int, showsNumbers: Bool = true, showsSeparators: Bool = true,
                activeStyle: Style = Style.selected.bold, inactiveStyle: Style = .statusBar, background: Style? = .statusBar,
                targets: [PointerTarget] = []) {
        self.titles = titles
        self.targets = targets
        self.activeIndex = activeIndex
        self.showsNumbers = showsNumbers
        self.showsSeparators = showsSeparators
        self.activeStyle = activeStyle
        self.inactiveStyle = inactiveStyle
        self.background = background
    }

    /// Labels as shown when there is room, e.g. "1 Contacts".
    public var labels: [String] {
        titles.enumerated().map { index, title in showsNumbers && index < 9 ? "\(index + 1) \(title)" : title }
    }

    /// What fits in a row of `width` columns: which tabs, with which labels.
    public struct Layout: Equatable, Sendable {
        public var tabs: [(index: Int, label: String)]
        /// A "│" between tabs (only when every label fits whole with them).
        public var separated: Bool
        /// Tabs scrolled out of sight on the left, on the right.
        public var hiddenBefore: Bool
        public var hiddenAfter: Bool

        public static func == (lhs: Layout, rhs: Layout) -> Bool {
            lhs.tabs.map(\.index) == rhs.tabs.map(\.index) && lhs.tabs.map(\.label) == rhs.tabs.map(\.label)
                && lhs.separated == rhs.separated && lhs.hiddenBefore == rhs.hiddenBefore && lhs.hiddenAfter == rhs.hiddenAfter
        }
    }

    /// Each tab takes its label plus a space either side.
    private static func width(_ labels: [String]) -> Int { labels.reduce(0) { $0 + DisplayWidth.of($1) + 2 } }

    public func layout(width: Int) -> Layout {
        let full = labels
        guard !full.isEmpty else { return Layout(tabs: [], separated: false, hiddenBefore: false, hiddenAfter: false) }
        let active = min(max(0, activeIndex), full.count - 1)
        func all(_ labels: [String], separated: Bool = false) -> Layout {
            Layout(tabs: Array(labels.enumerated()).map { ($0.offset, $0.element) }, separated: separated, hiddenBefore: false, hiddenAfter: false)
        }
        if showsSeparators, Self.width(full) + full.count - 1 <= width { return all(full, separated: true) }
        if Self.width(full) <= width { return all(full) }
        // Numbered tabs: the others by their number alone ("1 2 3 Activities 5 6 7").
        if showsNumbers {
            let numbers = full.enumerated().map { index, label in index == active || index >= 9 ? label : String(index + 1) }
            if Self.width(numbers) <= width { return all(numbers) }
        }
        // The others shortened to the widest that fits, down to one character and an ellipsis.
        let widest = full.map { DisplayWidth.of($0) }.max() ?? 0
        for limit in stride(from: widest - 1, through: 2, by: -1) {
            let shortened = full.enumerated().map { index, label in index == active ? label : Self.shortened(label, to: limit) }
            if Self.width(shortened) <= width { return all(shortened) }
        }
        // Scrolled: the active tab whole, then its neighbours (shortest form) while they fit,
        // keeping a column each side for the ‹ › markers.
        let short = full.enumerated().map { index, label in index == active ? label : Self.shortened(label, to: 2) }
        var low = active, high = active
        var used = DisplayWidth.of(short[active]) + 2
        func markers(_ low: Int, _ high: Int) -> Int { (low > 0 ? 1 : 0) + (high < full.count - 1 ? 1 : 0) }
        var growRight = true
        while low > 0 || high < full.count - 1 {
            let next = growRight && high < full.count - 1 ? high + 1 : (low > 0 ? low - 1 : high + 1)
            let (newLow, newHigh) = (min(low, next), max(high, next))
            let cost = DisplayWidth.of(short[next]) + 2
            guard used + cost + markers(newLow, newHigh) <= width else { break }
            used += cost
            (low, high) = (newLow, newHigh)
            growRight.toggle()
        }
        return Layout(tabs: (low...high).map { ($0, short[$0]) }, separated: false, hiddenBefore: low > 0,
                      hiddenAfter: high < full.count - 1)
    }

    /// `label` cut to at most `limit` columns, ending with an ellipsis when cut (never half a
    /// wide character).
    static func shortened(_ label: String, to limit: Int) -> String {
        guard DisplayWidth.of(label) > limit else { return label }
        var result = ""
        var used = 0
        for character in label {
            let width = DisplayWidth.of(character)
            if used + width > limit - 1 { break }
            result.append(character)
            used += width
        }
        // Too narrow for a wide first character and the ellipsis: the character alone still
        // tells the tabs apart.
        if result.isEmpty, let first = label.first, DisplayWidth.of(first) <= limit { return String(first) }
        return result + "…"
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        if let background { buffer.fill(row, style: background) }
        let layout = layout(width: area.width)
        let markerStyle = background ?? inactiveStyle
        var x = area.x
        if layout.hiddenBefore {
            buffer.set("‹", x: x, y: area.y, style: markerStyle)
            x += 1
        }
        for (position, tab) in layout.tabs.enumerated() {
            guard x < area.maxX else { break }
            let style = tab.index == activeIndex ? activeStyle : inactiveStyle
            let tabX = x
            x += buffer.write(" \(tab.label) ", at: x, y: area.y, style: style, maxWidth: area.maxX - x)
            if targets.indices.contains(tab.index) {
                targets[tab.index].mark(Rect(x: tabX, y: area.y, width: x - tabX, height: 1), on: &buffer)
            }
            if layout.separated, x < area.maxX, position < layout.tabs.count - 1 {
                buffer.set("│", x: x, y: area.y, style: markerStyle)
                x += 1
            }
        }
        if layout.hiddenAfter, x < area.maxX {
            buffer.set("›", x: x, y: area.y, style: markerStyle)
        }
    }
}
