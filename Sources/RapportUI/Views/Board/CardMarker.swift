import RapportCore
import RapportCanvas

/// The symbols a card uses when there is no room for words, and what they mean: the one list
/// the cards, the legend line on the board's first use (`BoardLegend`) and the `?` overlay are
/// made from, so they cannot disagree.
enum CardMarker: CaseIterable, Hashable, Sendable {
    /// The next step's due date has passed.
    case overdue
    /// An open deal whose expected close date has passed: the forecast counts it on a wrong date.
    case pastClose
    /// No open task: the deal needs a next step.
    case noNextStep
    /// Idle in its stage longer than the stage's rotting days; `~106d`: 106 days in the stage.
    case rotting
    /// The next step is due today.
    case dueToday

    var symbol: String {
        switch self {
        case .overdue: return "!"
        case .pastClose: return "»"
        case .noNextStep: return "?"
        case .rotting: return "~"
        case .dueToday: return "•"
        }
    }

    var style: Style {
        switch self {
        case .overdue: return .overdue
        case .pastClose, .noNextStep, .rotting: return .warning
        case .dueToday: return .dueToday
        }
    }

    /// A few words, for the legend line.
    var shortMeaning: Message {
        switch self {
        case .overdue: return Messages.boardMarkerOverdueShort
        case .pastClose: return Messages.boardMarkerPastCloseShort
        case .noNextStep: return Messages.boardMarkerNoNextStepShort
        case .rotting: return Messages.boardMarkerRottingShort
        case .dueToday: return Messages.boardMarkerDueTodayShort
        }
    }

    /// A sentence, for the `?` overlay.
    var meaning: Message {
        switch self {
        case .overdue: return Messages.boardMarkerOverdue
        case .pastClose: return Messages.boardMarkerPastClose
        case .noNextStep: return Messages.boardMarkerNoNextStep
        case .rotting: return Messages.boardMarkerRotting
        case .dueToday: return Messages.boardMarkerDueToday
        }
    }

    /// The `?` overlay's section for the board.
    static var helpSection: KeyHelpSection {
        var entries = allCases.map { KeyHelpSection.Entry(keys: $0.symbol, help: $0.meaning.text) }
        entries.append(KeyHelpSection.Entry(keys: "12d", help: Messages.boardMarkerRottingDays.text))
        return KeyHelpSection(title: Messages.boardLegendTitle.text, entries: entries)
    }
}
