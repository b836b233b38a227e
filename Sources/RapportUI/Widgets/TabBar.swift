/// The row of top-level views: " 1 Contacts  2 Deals  3 Tasks ", the active one highlighted.
/// Number keys switch views, so each tab shows its number.
public struct TabBar: Widget {
    public var titles: [String]
    public var activeIndex: Int
    public var showsNumbers: Bool

    public init(titles: [String], activeIndex: Int, showsNumbers: Bool = true) {
        self.titles = titles
        self.activeIndex = activeIndex
        self.showsNumbers = showsNumbers
    }

    /// Labels as shown, e.g. "1 Contacts".
    public var labels: [String] {
        titles.enumerated().map { index, title in showsNumbers && index < 9 ? "\(index + 1) \(title)" : title }
    }

    /// Narrow terminals get a denser bar rather than a cut one: first without separators, then
    /// with only the active tab named ("1 2 3 Activities 5 6 7") so every number stays visible.
    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: .statusBar)
        let full = labels
        let separated = full.reduce(0) { $0 + DisplayWidth.of($1) + 2 } + max(0, full.count - 1)
        let plain = full.reduce(0) { $0 + DisplayWidth.of($1) + 2 }
        let shown: [String]
        let separator: Bool
        if separated <= area.width {
            (shown, separator) = (full, true)
        } else if plain <= area.width {
            (shown, separator) = (full, false)
        } else {
            shown = full.enumerated().map { index, label in
                index == activeIndex || !showsNumbers || index >= 9 ? label : String(index + 1)
            }
            separator = false
        }
        var x = area.x
        for (index, label) in shown.enumerated() {
            guard x < area.maxX else { break }
            let isActive = index == activeIndex
            let written = buffer.write(" \(label) ", at: x, y: area.y, style: isActive ? Style.selected.bold : .statusBar,
                                       maxWidth: area.maxX - x)
            x += written
            if separator, x < area.maxX, index < titles.count - 1 {
                buffer.set("│", x: x, y: area.y, style: .statusBar)
                x += 1
            }
        }
    }
}
