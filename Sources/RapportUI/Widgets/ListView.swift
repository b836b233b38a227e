import RapportCanvas

/// One row of a `ListView`.
public struct ListItem: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// Right-aligned text (a date, an amount); it keeps its room and the main text is cut first.
    public var trailing: String?
    public var trailingStyle: Style
    /// Characters of `text` to emphasise (`FuzzyMatch.Result.matchedIndices`).
    public var highlights: [Int]
    /// The main text keeps its room and the trailing text is cut first (a name before its email).
    public var cutsTrailingFirst: Bool

    public init(_ text: String, style: Style = .normal, trailing: String? = nil, trailingStyle: Style = .muted,
                highlights: [Int] = [], cutsTrailingFirst: Bool = false) {
        self.text = text
        self.style = style
        self.trailing = trailing
        self.trailingStyle = trailingStyle
        self.highlights = highlights
        self.cutsTrailingFirst = cutsTrailingFirst
    }

    /// Shorter than this, a trailing text that yields to the main one is left out: "c…" says nothing.
    static let shortestCutTrailing = 6
}

/// A vertical list with a selection that is always visible, and "+N more" when rows are hidden
/// below.
///
///     var state = ListState(itemCount: contacts.count)
///     state.handle(key, pageSize: area.height)
///     ListView(items: contacts.map { ListItem($0.name) }, state: state).render(into: &buffer, area: area)
public struct ListView: Widget {
    /// Number of items; only the visible ones are ever asked for.
    public var itemCount: Int
    public var item: (Int) -> ListItem
    public var state: ListState
    /// Unfocused lists show their selection in the quieter `.selectedInactive` style.
    public var isFocused: Bool
    public var showsMoreIndicator: Bool
    /// Drawn before the selected row's text (and as spaces before the others), e.g. "▶ ".
    public var selectionMarker: String?
    /// Shown, muted, when there are no items.
    public var emptyText: String
    /// What the mouse does on each row, by item index (nil: the rows do not answer it).
    public var rowTarget: ((Int) -> PointerTarget)?

    public init(items: [ListItem], state: ListState, isFocused: Bool = true, showsMoreIndicator: Bool = true,
                selectionMarker: String? = nil, emptyText: String = "Nothing here") {
        self.init(itemCount: items.count, state: state, isFocused: isFocused, showsMoreIndicator: showsMoreIndicator,
                  selectionMarker: selectionMarker, emptyText: emptyText) { items[$0] }
    }

    /// A list over a large collection: `item(i)` is called for visible rows only, so a frame costs
    /// the same for 20 items or 200,000.
    public init(itemCount: Int, state: ListState, isFocused: Bool = true, showsMoreIndicator: Bool = true,
                selectionMarker: String? = nil, emptyText: String = "Nothing here", item: @escaping (Int) -> ListItem) {
        self.itemCount = max(0, itemCount)
        self.item = item
        self.state = state
        self.isFocused = isFocused
        self.showsMoreIndicator = showsMoreIndicator
        self.selectionMarker = selectionMarker
        self.emptyText = emptyText
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        guard itemCount > 0 else {
            buffer.write(emptyText, at: area.x, y: area.y, style: .muted, maxWidth: area.width)
            return
        }
        var state = self.state
        state.setItemCount(itemCount)
        let offset = state.visibleOffset(height: area.height, showsMoreIndicator: showsMoreIndicator)
        let rows = state.visibleRowCount(offset: offset, height: area.height, showsMoreIndicator: showsMoreIndicator)
        let markerWidth = selectionMarker.map { DisplayWidth.of($0) } ?? 0
        for row in 0..<rows {
            let index = offset + row
            let item = self.item(index)
            let y = area.y + row
            let isSelected = index == state.selected
            rowTarget?(index).mark(Rect(x: area.x, y: y, width: area.width, height: 1), on: &buffer)
            let selectedStyle: Style = isFocused ? .selected : .selectedInactive
            if isSelected {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: selectedStyle)
            }
            var x = area.x
            if let selectionMarker {
                if isSelected { buffer.write(selectionMarker, at: x, y: y, style: selectedStyle, maxWidth: area.width) }
                x += markerWidth
            }
            let textRoom = area.maxX - x
            var textWidth = textRoom
            if let trailing = item.trailing, !trailing.isEmpty {
                var trailingWidth = min(DisplayWidth.of(trailing), max(0, textRoom - 2))
                if item.cutsTrailingFirst {
                    trailingWidth = min(trailingWidth, max(0, textRoom - DisplayWidth.of(item.text) - 2))
                    if trailingWidth < min(ListItem.shortestCutTrailing, DisplayWidth.of(trailing)) { trailingWidth = 0 }
                }
                if trailingWidth > 0 {
                    buffer.writeRightAligned(trailing, endingAt: area.maxX, y: y, style: isSelected ? selectedStyle : item.trailingStyle,
                                             maxWidth: trailingWidth)
                    textWidth = textRoom - trailingWidth - 1
                }
            }
            buffer.write(item.text, at: x, y: y, style: isSelected ? selectedStyle : item.style,
                         highlighting: item.highlights, highlightStyle: isSelected ? .selectedHighlight : .highlight,
                         maxWidth: textWidth)
        }
        let hidden = itemCount - offset - rows
        if hidden > 0, rows < area.height {
            buffer.write("+\(hidden) more", at: area.x, y: area.y + rows, style: .muted, maxWidth: area.width)
        }
    }
}
