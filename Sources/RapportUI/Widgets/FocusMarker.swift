import RapportCanvas

/// Which side of a split view (list and pane) takes the keys, said in text as well as colour, so
/// it reads in monochrome and under NO_COLOR: the focused side carries the marker, and an
/// unfocused pane's title is dimmed.
enum FocusMarker {
    static let symbol = "▶"

    static func title(_ title: String, focused: Bool) -> String {
        focused ? "\(symbol) \(title)" : title
    }

    static func titleStyle(focused: Bool) -> Style {
        focused ? .title : .muted
    }

    /// Marks the list beside an open pane: the first cell of its top line, kept free for it.
    static func markList(into buffer: inout CellBuffer, area: Rect) {
        buffer.write(symbol, at: area.x, y: area.y, style: .title)
    }
}
