import RapportCore
import RapportCanvas

/// The managers' charts: a list of reports (a tab row on narrow screens), the selected report's
/// chart sized to the terminal, and the period in the header.
enum ReportsScreen: Screen {
    typealias State = ReportsState
    typealias Action = ReportsAction

    static let id = ViewID("reports")
    static var title: String { "Reports" }
    static func makeState() -> ReportsState { ReportsState() }

    static let keymap: Keymap<ReportsAction> = {
        var keys = Keymap<ReportsAction>()
        keys.bind(["j", "down", "right"], .nextReport, Messages.reportsKeyNextReport.text, group: "Reports")
        keys.bind(["k", "up", "left"], .previousReport, Messages.reportsKeyPreviousReport.text, group: "Reports")
        keys.hintPair(.nextReport, .previousReport, Messages.reportsHintNextPreviousReport.text)
        keys.bind(["["], .previousPeriod, Messages.reportsKeyEarlierPeriod.text, group: "Reports")
        keys.bind(["]"], .nextPeriod, Messages.reportsKeyLaterPeriod.text, group: "Reports")
        keys.hintPair(.previousPeriod, .nextPeriod, Messages.reportsHintEarlierLaterPeriod.text)
        keys.bind(["p"], .cyclePeriodLength, "Period length (month, quarter, 12 months, year)", group: "Reports", hint: true)
        keys.bind(["space", "pgdn"], .scrollDown, "Scroll the chart down", group: "Reports")
        keys.bind(["pgup"], .scrollUp, "Scroll the chart up", group: "Reports")
        keys.bind(["a"], .toggleASCII, "ASCII or Unicode charts", group: "Reports")
        return keys
    }()

    static func update(_ action: ReportsAction, state: inout ReportsState, context: inout ScreenContext<ReportsScreen>) -> [Effect] {
        perform(action, state: &state, context: &context)
    }

    static func render(_ state: ReportsState, context: ScreenContext<ReportsScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        draw(state, context: context, into: &buffer, area: area)
        return nil
    }
}

extension ViewID {
    public static let reports = ReportsScreen.id
}

extension AppAction {
    static func reports(_ action: ReportsAction) -> AppAction { ReportsScreen.action(action) }
}

extension AppState {
    /// The Reports screen's state (tests read it this way).
    var reports: ReportsState {
        get { screens[ReportsScreen.self] }
        _modify { yield &screens[ReportsScreen.self] }
        set { screens[ReportsScreen.self] = newValue }
    }
}
