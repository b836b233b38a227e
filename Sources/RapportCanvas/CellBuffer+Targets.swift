/// What the pointer can hit in a frame: while rendering, widgets mark the regions that answer a
/// click or the wheel, and the shell asks which target is under the pointer.
///
/// A short list of rectangles, searched from the last: whatever is drawn later (a dialog over a
/// list) covers what was marked before it. No per-cell storage: a frame is drawn per key.
public struct PointerTargets: Sendable {
    private var marks: [(area: Rect, target: any Hashable & Sendable)] = []
    /// Whether a modal layer began (see `CellBuffer.beginModalLayer`).
    public private(set) var hasModalLayer = false

    public init() {}

    public var count: Int { marks.count }

    mutating func mark(_ area: Rect, _ target: any Hashable & Sendable) {
        guard !area.isEmpty else { return }
        marks.append((area, target))
    }

    mutating func beginModalLayer() {
        marks.removeAll(keepingCapacity: true)
        hasModalLayer = true
    }

    mutating func removeAll() {
        marks.removeAll(keepingCapacity: true)
        hasModalLayer = false
    }

    func target(atX x: Int, y: Int) -> (any Hashable & Sendable)? {
        marks.last { $0.area.contains(x: x, y: y) }?.target
    }
}

extension CellBuffer {
    /// Marks `area` (clipped to the frame) as answering the pointer with `target`.
    public mutating func mark(_ area: Rect, _ target: some Hashable & Sendable) {
        targets.mark(area.intersection(bounds), target)
    }

    /// The target marked last over this cell, if any.
    public func target(atX x: Int, y: Int) -> (any Hashable & Sendable)? {
        targets.target(atX: x, y: y)
    }

    /// A dialog or overlay drawn from here on takes the pointer: what was marked under it no
    /// longer answers, even outside the dialog's box.
    public mutating func beginModalLayer() {
        targets.beginModalLayer()
    }
}

extension CellBuffer {
    /// Whether a dialog or overlay took the pointer in this frame.
    public var hasModalLayer: Bool { targets.hasModalLayer }
}
