import RapportCanvas

/// What to draw instead of a broken layout when the terminal is below the smallest usable size:
/// one clear line, "terminal too small: need 60x16 (have 40x10)".
public struct TooSmallNotice: Widget {
    public var minimumWidth: Int
    public var minimumHeight: Int

    public init(minimumWidth: Int, minimumHeight: Int) {
        self.minimumWidth = minimumWidth
        self.minimumHeight = minimumHeight
    }

    /// Whether `area` is big enough for the real screen.
    public func fits(_ area: Rect) -> Bool {
        area.width >= minimumWidth && area.height >= minimumHeight
    }

    public func message(for area: Rect) -> String {
        "terminal too small: need \(minimumWidth)x\(minimumHeight) (have \(area.width)x\(area.height))"
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let lines = TextWrap.wrap(message(for: area), width: area.width)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < area.maxY {
            buffer.writeCentered(line, in: area, y: top + row, style: .warning)
        }
    }
}
