import RapportCanvas

/// Something that draws itself into a rectangle of a `CellBuffer`.
///
/// Widgets are small value types built fresh for each frame from the app state; interactive ones
/// keep what must survive between frames (selection, cursor, scroll) in a separate state struct
/// that handles keys.
public protocol Widget {
    func render(into buffer: inout CellBuffer, area: Rect)
}

extension CellBuffer {
    /// `widget.render(into: &self, area: area)`, reads better when composing.
    public mutating func render<W: Widget>(_ widget: W, in area: Rect) {
        widget.render(into: &self, area: area)
    }
}
