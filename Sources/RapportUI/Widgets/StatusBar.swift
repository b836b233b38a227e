import RapportCanvas

/// A styled run of text inside a bar.
public struct TextSegment: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, style: Style = .statusBar) {
        self.text = text
        self.style = style
    }
}

/// The bottom line: left (where am I), centre (a message), right (counts, mode). The right part
/// keeps its room, then the left; the centre shows only if it fits between them.
public struct StatusBar: Widget {
    public var left: [TextSegment]
    public var center: [TextSegment]
    public var right: [TextSegment]

    public init(left: [TextSegment] = [], center: [TextSegment] = [], right: [TextSegment] = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    public init(left: String, center: String = "", right: String = "") {
        self.init(left: left.isEmpty ? [] : [TextSegment(left)],
                  center: center.isEmpty ? [] : [TextSegment(center)],
                  right: right.isEmpty ? [] : [TextSegment(right)])
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let y = area.y
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .statusBar)
        let rightWidth = min(Self.width(of: right), area.width)
        let rightStart = area.maxX - rightWidth
        Self.write(right, from: rightStart, to: area.maxX, y: y, buffer: &buffer)
        let leftLimit = rightWidth > 0 ? rightStart - 1 : area.maxX
        let leftEnd = Self.write(left, from: area.x, to: leftLimit, y: y, buffer: &buffer)
        let centerWidth = Self.width(of: center)
        guard centerWidth > 0 else { return }
        let centerStart = area.x + (area.width - centerWidth) / 2
        if centerStart > leftEnd, centerStart + centerWidth < leftLimit {
            Self.write(center, from: centerStart, to: centerStart + centerWidth, y: y, buffer: &buffer)
        }
    }

    static func width(of segments: [TextSegment]) -> Int {
        segments.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Writes segments one after another until `end`; returns the column after the last one.
    @discardableResult
    static func write(_ segments: [TextSegment], from start: Int, to end: Int, y: Int, buffer: inout CellBuffer) -> Int {
        var x = start
        for segment in segments where x < end {
            x += buffer.write(segment.text, at: x, y: y, style: segment.style, maxWidth: end - x)
        }
        return x
    }
}

/// Key hints from a keymap, keys emphasised: "/ Search  ? Help  q Quit". Whole entries only.
public struct KeyHintBar: Widget {
    public var items: [(keys: String, help: String)]

    public init<Action>(keymap: Keymap<Action>, maxWidth: Int) {
        self.items = keymap.hintItems(maxWidth: maxWidth)
    }

    public init(items: [(keys: String, help: String)]) {
        self.items = items
    }

    /// As segments, to put inside a `StatusBar`.
    public var segments: [TextSegment] {
        var result: [TextSegment] = []
        for (index, item) in items.enumerated() {
            if index > 0 { result.append(TextSegment(KeyHints.separator)) }
            result.append(TextSegment(item.keys, style: .statusKey))
            result.append(TextSegment(" " + item.help))
        }
        return result
    }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        StatusBar(left: segments).render(into: &buffer, area: area)
    }
}
