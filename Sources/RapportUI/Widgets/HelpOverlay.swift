import RapportCanvas

/// The `?` screen: every binding of the current keymap(s), grouped by section, in a centred box.
/// Long tables scroll (`offset`) and say how many lines are hidden.
public struct HelpOverlay: Widget {
    public var title: String
    public var sections: [KeyHelpSection]
    public var offset: Int

    public init(title: String = "Keys", sections: [KeyHelpSection], offset: Int = 0) {
        self.title = title
        self.sections = sections
        self.offset = max(0, offset)
    }

    public init<Action>(title: String = "Keys", keymap: Keymap<Action>, offset: Int = 0) {
        self.init(title: title, sections: keymap.sections, offset: offset)
    }

    private enum Line {
        case section(String)
        case entry(keys: String, help: String)
        case blank
    }

    private var lines: [Line] {
        var result: [Line] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { result.append(.blank) }
            result.append(.section(section.title))
            result += section.entries.map { .entry(keys: $0.keys, help: $0.help) }
        }
        return result
    }

    /// Lines of content (for scrolling limits).
    public var lineCount: Int { lines.count }

    public func render(into buffer: inout CellBuffer, area: Rect) {
        let lines = self.lines
        let keyColumn = min(
            sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0,
            max(4, area.width / 3))
        let helpWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.help) }.max() ?? 0
        let boxWidth = min(max(keyColumn + 2 + helpWidth + 4, DisplayWidth.of(title) + 8, 24), area.width)
        let (_, inner) = DialogFrame.draw(in: area, width: boxWidth, height: lines.count + 2, title: title, buffer: &buffer)
        guard !inner.isEmpty else { return }
        let start = min(offset, max(0, lines.count - inner.height))
        let hiddenBelow = max(0, lines.count - start - inner.height)
        let rows = hiddenBelow > 0 && inner.height > 1 ? inner.height - 1 : inner.height
        for row in 0..<min(rows, lines.count - start) {
            let y = inner.y + row
            switch lines[start + row] {
            case .section(let name):
                buffer.write(name, at: inner.x, y: y, style: .header, maxWidth: inner.width)
            case .entry(let keys, let help):
                buffer.write(keys, at: inner.x, y: y, style: .accent, maxWidth: keyColumn)
                let helpX = inner.x + keyColumn + 2
                buffer.write(help, at: helpX, y: y, maxWidth: max(0, inner.maxX - helpX))
            case .blank:
                break
            }
        }
        if hiddenBelow > 0, inner.height > 1 {
            let remaining = lines.count - start - rows
            buffer.write("↓ \(remaining) more", at: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
        }
    }
}
