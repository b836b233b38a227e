import RapportCanvas

/// Selection and scroll position of a list or table, independent of what the rows contain.
///
/// The offset is the first visible row. When rows are hidden below, the last visible line shows
/// "+N more" (if the widget asks for it), which is why scrolling needs to know about it.
public struct ListState: Hashable, Sendable {
    public private(set) var itemCount: Int
    /// The selected row, nil when the list is empty.
    public private(set) var selected: Int?
    /// First visible row.
    public var offset: Int

    public init(itemCount: Int = 0, selected: Int? = 0, offset: Int = 0) {
        self.itemCount = max(0, itemCount)
        self.selected = nil
        self.offset = max(0, offset)
        select(selected)
    }

    /// Updates the number of items (after filtering, say), keeping the selection in range.
    public mutating func setItemCount(_ count: Int) {
        itemCount = max(0, count)
        if itemCount == 0 {
            selected = nil
            offset = 0
        } else {
            selected = min(selected ?? 0, itemCount - 1)
        }
    }

    public mutating func select(_ index: Int?) {
        guard let index, itemCount > 0 else {
            selected = nil
            return
        }
        selected = min(max(0, index), itemCount - 1)
    }

    public mutating func moveBy(_ delta: Int) {
        guard itemCount > 0 else { return }
        select((selected ?? 0) + delta)
    }

    public mutating func moveToTop() { select(0) }
    public mutating func moveToBottom() { select(itemCount - 1) }

    /// Moves `offset` so that the selected row is visible in `height` rows, taking the "+N more"
    /// line into account, and so that no empty space is left below the last row.
    public mutating func scrollToSelection(height: Int, showsMoreIndicator: Bool = true) {
        offset = visibleOffset(height: height, showsMoreIndicator: showsMoreIndicator)
    }

    /// The offset `scrollToSelection` would choose, without changing anything (for rendering).
    public func visibleOffset(height: Int, showsMoreIndicator: Bool = true) -> Int {
        guard height > 0, itemCount > 0 else { return 0 }
        let lastFullOffset = max(0, itemCount - height)  // from here on, everything fits
        var result = min(offset, lastFullOffset)
        guard let selected else { return result }
        if selected < result { return selected }
        if selected >= result + visibleRowCount(offset: result, height: height, showsMoreIndicator: showsMoreIndicator) {
            // Scroll as little as possible: the selection becomes the last item row, just above
            // the "+N more" line, or the view reaches the end where everything left fits.
            let itemRows = showsMoreIndicator && height > 1 ? height - 1 : height
            result = min(selected - itemRows + 1, lastFullOffset)
        }
        return result
    }

    /// How many item rows fit at `offset`: all of `height`, unless rows remain hidden below and the
    /// last line is needed for "+N more".
    public func visibleRowCount(offset: Int, height: Int, showsMoreIndicator: Bool = true) -> Int {
        let remaining = max(0, itemCount - offset)
        if remaining <= height { return remaining }
        return showsMoreIndicator && height > 1 ? height - 1 : height
    }
}
