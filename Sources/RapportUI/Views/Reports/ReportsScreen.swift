import RapportCore
import RapportCanvas

/// View 6: the managers' charts. A list of reports (a tab row on narrow screens), the selected
/// report's chart sized to the terminal, and the period in the header.
public enum ReportsAction: Hashable, Sendable {
    case nextReport, previousReport
    case previousPeriod, nextPeriod, cyclePeriodLength
    case scrollDown, scrollUp
    case toggleASCII
}

public struct ReportsState: Hashable, Sendable {
    public var selected: ReportKind = .funnel
    public var period = ReportPeriodChoice()
    /// First chart row shown when the chart is taller than the screen.
    public var scroll = 0
    public var glyphs: ChartGlyphs = .unicode
    /// Computed reports, keyed by report, period and book revision (not part of the state's value).
    let cache = ReportCache()

    public init() {}

    public static func == (lhs: ReportsState, rhs: ReportsState) -> Bool {
        (lhs.selected, lhs.period, lhs.scroll, lhs.glyphs) == (rhs.selected, rhs.period, rhs.scroll, rhs.glyphs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(selected)
        hasher.combine(period)
        hasher.combine(scroll)
        hasher.combine(glyphs)
    }
}

enum ReportsScreen {
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["j", "down", "right"], .reports(.nextReport), Messages.reportsKeyNextReport.text, group: "Reports")
        keys.bind(["k", "up", "left"], .reports(.previousReport), Messages.reportsKeyPreviousReport.text, group: "Reports")
        keys.hintPair(.reports(.nextReport), .reports(.previousReport), Messages.reportsHintNextPreviousReport.text)
        keys.bind(["["], .reports(.previousPeriod), Messages.reportsKeyEarlierPeriod.text, group: "Reports")
        keys.bind(["]"], .reports(.nextPeriod), Messages.reportsKeyLaterPeriod.text, group: "Reports")
        keys.hintPair(.reports(.previousPeriod), .reports(.nextPeriod), Messages.reportsHintEarlierLaterPeriod.text)
        keys.bind(["p"], .reports(.cyclePeriodLength), "Period length (month, quarter, 12 months, year)", group: "Reports",
                  hint: true)
        keys.bind(["space", "pgdn"], .reports(.scrollDown), "Scroll the chart down", group: "Reports")
        keys.bind(["pgup"], .reports(.scrollUp), "Scroll the chart up", group: "Reports")
        keys.bind(["a"], .reports(.toggleASCII), "ASCII or Unicode charts", group: "Reports")
        return keys
    }()

    static func perform(_ action: ReportsAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        let kinds = ReportKind.allCases
        let index = kinds.firstIndex(of: state.reports.selected) ?? 0
        switch action {
        case .nextReport:
            state.reports.selected = kinds[(index + 1) % kinds.count]
            state.reports.scroll = 0
        case .previousReport:
            state.reports.selected = kinds[(index + kinds.count - 1) % kinds.count]
            state.reports.scroll = 0
        case .previousPeriod:
            state.reports.period.offset -= 1
            state.reports.scroll = 0
        case .nextPeriod:
            guard state.reports.period.offset < 0 else {
                state.show("This is the current period: the next one has no data yet", severity: .warning,
                           environment: environment)
                return []
            }
            state.reports.period.offset += 1
            state.reports.scroll = 0
        case .cyclePeriodLength:
            state.reports.period = ReportPeriodChoice(length: state.reports.period.length.next)
            state.reports.scroll = 0
        case .scrollDown:
            let page = max(1, layout(state).chart.height - 1)
            let content = chart(state, environment: environment).preferredHeight(width: layout(state).chart.width)
            state.reports.scroll = min(state.reports.scroll + page, max(0, content - layout(state).chart.height))
        case .scrollUp:
            state.reports.scroll = max(0, state.reports.scroll - max(1, layout(state).chart.height - 1))
        case .toggleASCII:
            state.reports.glyphs = state.reports.glyphs.isASCII ? .unicode : .ascii
        }
        if !state.reports.selected.isPeriodic, [.previousPeriod, .nextPeriod, .cyclePeriodLength].contains(action) {
            state.show("\(state.reports.selected.title) is a picture of today: the period applies to the other reports",
                       environment: environment)
        }
        // Compute now, on the key, rather than on the next frame.
        _ = result(state, environment: environment)
        return []
    }

    static func hasModal(_ state: AppState) -> Bool { false }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        []
    }

    // MARK: The report on screen

    static func period(_ state: AppState, environment: AppEnvironment) -> ReportPeriod {
        state.reports.period.period(today: environment.clock.today, timeZone: environment.clock.timeZone)
    }

    /// The selected report for the current period and book: from the cache unless something changed.
    static func result(_ state: AppState, environment: AppEnvironment) -> ReportResult {
        let key = ReportCacheKey(kind: state.reports.selected, period: period(state, environment: environment), book: state.book)
        return state.reports.cache.result(for: key, book: state.book)
    }

    static func chart(_ state: AppState, environment: AppEnvironment) -> ReportChart {
        ReportChart(result(state, environment: environment), format: state.book.settings.numberFormat,
                    glyphs: state.reports.glyphs)
    }

    // MARK: Layout and drawing

    /// A list on the left from this width; a tab row above the chart below it.
    static let listWidthThreshold = 110
    static let listWidth = 24

    struct ScreenLayout {
        var list: Rect?
        var tabs: Rect?
        var box: Rect
        var header: Rect
        var chart: Rect
    }

    static func layout(_ state: AppState) -> ScreenLayout {
        // The body between the shell's tab bar and status line.
        let area = Rect(x: 0, y: 1, width: state.size.width, height: max(0, state.size.height - 2))
        return layout(in: area)
    }

    static func layout(in area: Rect) -> ScreenLayout {
        var list: Rect?, tabs: Rect?
        var rest = area
        if area.width >= listWidthThreshold {
            let parts = area.columns([.fixed(listWidth), .fill(1)])
            list = parts[0]
            rest = parts[1]
        } else {
            let split = area.splitTop(1)
            tabs = split.top
            rest = split.rest
        }
        let inner = rest.inset(by: 1)
        let header = inner.splitTop(2)
        return ScreenLayout(list: list, tabs: tabs, box: rest, header: header.top.splitTop(1).top, chart: header.rest)
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        let screen = layout(in: area)
        let glyphs = state.reports.glyphs
        let kinds = ReportKind.allCases
        let selectedIndex = kinds.firstIndex(of: state.reports.selected) ?? 0
        if let listArea = screen.list {
            let inner = buffer.drawBox(listArea, title: "Reports")
            ListView(items: kinds.map { ListItem($0.title) }, state: ListState(itemCount: kinds.count, selected: selectedIndex),
                     selectionMarker: "› ").render(into: &buffer, area: inner)
        }
        if let tabs = screen.tabs {
            TabBar(titles: kinds.map(\.shortTitle), activeIndex: selectedIndex, showsNumbers: false).render(into: &buffer, area: tabs)
        }
        let chart = chart(state, environment: environment)
        buffer.drawBox(screen.box, border: .unicode, style: .borderFocused, title: chart.result.title)
        buffer.writeChartText(headerText(state, environment: environment), at: screen.header.x, y: screen.header.y,
                              style: .muted, maxWidth: screen.header.width, glyphs: glyphs)
        drawScrolled(chart, state: state, into: &buffer, area: screen.chart, box: screen.box)
        return nil
    }

    /// "Last 12 months: 2025-11-23 to 2026-11-22 · [ ] earlier/later · p length".
    static func headerText(_ state: AppState, environment: AppEnvironment) -> String {
        let today = environment.clock.today
        guard state.reports.selected.isPeriodic else {
            return "As of \(today): a picture of one day, whatever the period"
        }
        let choice = state.reports.period
        let period = choice.period(today: today, timeZone: environment.clock.timeZone)
        return "\(choice.title(today: today)): \(period.from) to \(period.to)" + state.reports.glyphs.separator
            + "[ ] earlier/later" + state.reports.glyphs.separator + "p length"
    }

    /// The chart at its own height when taller than the area, shown from the scroll position,
    /// with a mark on the box's edge when more is below or above.
    static func drawScrolled(_ chart: ReportChart, state: AppState, into buffer: inout CellBuffer, area: Rect, box: Rect) {
        guard !area.isEmpty else { return }
        let contentHeight = chart.preferredHeight(width: area.width)
        // Squeezing the growing parts (a line chart) is better than scrolling, while they stay readable.
        guard contentHeight > area.height, chart.minimumHeight(width: area.width) > area.height else {
            chart.render(into: &buffer, area: area)
            return
        }
        var content = CellBuffer(width: area.width, height: contentHeight)
        chart.render(into: &content, area: content.bounds)
        let offset = min(max(0, state.reports.scroll), contentHeight - area.height)
        for row in 0..<area.height {
            for column in 0..<area.width {
                let cell = content[column, offset + row]
                if !cell.isContinuation {
                    buffer.set(Character(cell.grapheme.isEmpty ? " " : cell.grapheme), x: area.x + column, y: area.y + row,
                               style: cell.style)
                }
            }
        }
        let glyphs = state.reports.glyphs
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
