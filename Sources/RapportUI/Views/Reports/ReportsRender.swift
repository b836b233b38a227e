import RapportCore
import RapportCanvas

extension ReportsScreen {
    static func draw(_ state: ReportsState, context: ScreenContext<ReportsScreen>, into buffer: inout CellBuffer, area: Rect) {
        let screen = ReportsLayout(in: area)
        let kinds = ReportKind.allCases
        let selectedIndex = kinds.firstIndex(of: state.selected) ?? 0
        if let listArea = screen.list {
            let inner = buffer.drawBox(listArea, title: "Reports")
            var list = ListView(items: kinds.map { ListItem($0.title) }, state: ListState(itemCount: kinds.count, selected: selectedIndex),
                                selectionMarker: "› ")
            // A click shows the report; the wheel goes through them as j/k do.
            list.rowTarget = { PointerTarget(click: .reports(.show(kinds[$0])), wheelUp: .reports(.previousReport),
                                             wheelDown: .reports(.nextReport)) }
            list.render(into: &buffer, area: inner)
        }
        if let tabs = screen.tabs {
            TabBar(titles: kinds.map(\.shortTitle), activeIndex: selectedIndex, showsNumbers: false).render(into: &buffer, area: tabs)
        }
        let chart = chart(state, context: context)
        buffer.drawBox(screen.box, border: .unicode, style: .borderFocused, title: chart.result.title)
        buffer.writeChartText(headerText(state, context: context), at: screen.header.x, y: screen.header.y,
                              style: .muted, maxWidth: screen.header.width, glyphs: state.glyphs)
        drawScrolled(chart, state: state, into: &buffer, area: screen.chart, box: screen.box)
    }

    /// "Last 12 months: 2025-11-23 to 2026-11-22 · [ ] earlier/later · p length".
    static func headerText(_ state: ReportsState, context: ScreenContext<ReportsScreen>) -> String {
        let today = context.today
        guard state.selected.isPeriodic else {
            return "As of \(today): a picture of one day, whatever the period"
        }
        let choice = state.period
        let period = choice.period(today: today, timeZone: context.clock.timeZone)
        return "\(choice.title(today: today)): \(period.from) to \(period.to)" + state.glyphs.separator
            + "[ ] earlier/later" + state.glyphs.separator + "p length"
    }

    /// The chart at its own height when taller than the area, shown from the scroll position,
    /// with a mark on the box's edge when more is below or above.
    static func drawScrolled(_ chart: ReportChart, state: ReportsState, into buffer: inout CellBuffer, area: Rect, box: Rect) {
        guard !area.isEmpty else { return }
        let contentHeight = chart.preferredHeight(width: area.width)
        // Squeezing the growing parts (a line chart) is better than scrolling, while they stay readable.
        guard contentHeight > area.height, chart.minimumHeight(width: area.width) > area.height else {
            chart.render(into: &buffer, area: area)
            return
        }
        var content = CellBuffer(width: area.width, height: contentHeight)
        chart.render(into: &content, area: content.bounds)
        let offset = min(max(0, state.scroll), contentHeight - area.height)
        for row in 0..<area.height {
            for column in 0..<area.width {
                let cell = content[column, offset + row]
                if !cell.isContinuation {
                    buffer.set(Character(cell.grapheme.isEmpty ? " " : cell.grapheme), x: area.x + column, y: area.y + row,
                               style: cell.style)
                }
            }
        }
        let glyphs = state.glyphs
        if offset + area.height < contentHeight {
            let more = " \(glyphs.down) more below: space "
            buffer.writeChartText(more, endingAt: box.maxX - 2, y: box.maxY - 1, style: .accent, maxWidth: box.width - 4,
                                  glyphs: glyphs)
        }
        if offset > 0 {
            buffer.writeChartText(" \(glyphs.up) pgup ", endingAt: box.maxX - 2, y: box.y, style: .accent, maxWidth: 12,
                                  glyphs: glyphs)
        }
    }
}
