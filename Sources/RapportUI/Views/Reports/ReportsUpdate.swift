import RapportCore
import RapportCanvas

extension ReportsScreen {
    static func perform(_ action: ReportsAction, state: inout ReportsState, context: inout ScreenContext<ReportsScreen>) -> [Effect] {
        let kinds = ReportKind.allCases
        let index = kinds.firstIndex(of: state.selected) ?? 0
        switch action {
        case .nextReport:
            state.selected = kinds[(index + 1) % kinds.count]
            state.scroll = 0
        case .show(let kind):
            state.selected = kind
            state.scroll = 0
        case .previousReport:
            state.selected = kinds[(index + kinds.count - 1) % kinds.count]
            state.scroll = 0
        case .previousPeriod:
            state.period.offset -= 1
            state.scroll = 0
        case .nextPeriod:
            guard state.period.offset < 0 else {
                context.show("This is the current period: the next one has no data yet", severity: .warning)
                return []
            }
            state.period.offset += 1
            state.scroll = 0
        case .cyclePeriodLength:
            state.period = ReportPeriodChoice(length: state.period.length.next)
            state.scroll = 0
        case .scrollDown:
            let chartArea = layout(size: context.size).chart
            let page = max(1, chartArea.height - 1)
            let content = chart(state, context: context).preferredHeight(width: chartArea.width)
            state.scroll = min(state.scroll + page, max(0, content - chartArea.height))
        case .scrollUp:
            state.scroll = max(0, state.scroll - max(1, layout(size: context.size).chart.height - 1))
        case .toggleASCII:
            state.glyphs = state.glyphs.isASCII ? .unicode : .ascii
        }
        if !state.selected.isPeriodic, [.previousPeriod, .nextPeriod, .cyclePeriodLength].contains(action) {
            context.show("\(state.selected.title) is a picture of today: the period applies to the other reports")
        }
        // Compute now, on the key, rather than on the next frame.
        _ = result(state, context: context)
        return []
    }

    // MARK: The report on screen

    static func period(_ state: ReportsState, context: ScreenContext<ReportsScreen>) -> ReportPeriod {
        state.period.period(today: context.today, timeZone: context.clock.timeZone)
    }

    /// The selected report for the current period and book: from the cache unless something changed.
    static func result(_ state: ReportsState, context: ScreenContext<ReportsScreen>) -> ReportResult {
        let key = ReportCacheKey(kind: state.selected, period: period(state, context: context), book: context.book)
        return state.cache.result(for: key, book: context.book)
    }

    static func chart(_ state: ReportsState, context: ScreenContext<ReportsScreen>) -> ReportChart {
        ReportChart(result(state, context: context), format: context.book.settings.numberFormat, glyphs: state.glyphs)
    }
}
