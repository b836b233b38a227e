/// What a view that is not built yet shows: an honest sentence, not a fake screen.
struct EmptyView: Widget {
    let title: String
    let explanation: [String]

    func render(into buffer: inout CellBuffer, area: Rect) {
        let lines = [title, ""] + explanation + ["", "Press ? for the keys, : for every command."]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            buffer.writeCentered(line, in: area, y: top + offset, style: offset == 0 ? .title : .muted)
        }
    }
}
