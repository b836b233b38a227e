import Foundation
import RapportCanvas
import RapportCore

/// Where a deal's next step stands today.
enum NextStepStatus: Hashable, Sendable {
    /// No open task: the card flags "no next step".
    case none
    /// Due before now; `days` late (0 when due earlier today).
    case overdue(NextStep, days: Int)
    case today(NextStep)
    case later(NextStep)
    /// An open task without a due date.
    case undated(NextStep)

    var step: NextStep? {
        switch self {
        case .none: return nil
        case .overdue(let step, _), .today(let step), .later(let step), .undated(let step): return step
        }
    }
}

/// What a card says about one deal, derived for the visible cards only.
struct CardFacts: Sendable {
    var opportunity: Opportunity
    /// The company's name, else the contact's.
    var party: String
    var contactName: String?
    var companyName: String?
    /// Shown only when it differs from the stage's default.
    var probabilityOverride: Int?
    var daysInStage: Int
    var isRotting: Bool
    /// Open, and the expected close date is before today.
    var isPastClose: Bool
    var next: NextStepStatus

    init(_ opportunity: Opportunity, book: Book, activities: BoardActivityIndex, now: Date, timeZone: TimeZone) {
        self.opportunity = opportunity
        contactName = opportunity.contactID.flatMap { book.contacts[$0] }?.displayName
        companyName = opportunity.companyID.flatMap { book.companies[$0] }?.name
        party = companyName ?? contactName ?? ""
        let stage = book.settings.stage(id: opportunity.stageID)
        if let override = opportunity.probabilityOverride, override != stage?.probability {
            probabilityOverride = override
        }
        let today = LocalDate(now, in: timeZone)
        let entered = opportunity.enteredCurrentStageAt
        daysInStage = max(0, LocalDate(entered, in: timeZone).days(until: today))
        isRotting = opportunity.status == .open
            && CardFacts.isRotting(enteredStage: entered, lastTouch: activities.lastTouch[opportunity.id],
                                   rottingDays: stage?.rottingDays, today: today, timeZone: timeZone)
        next = CardFacts.status(of: activities.nextStep[opportunity.id], now: now, timeZone: timeZone)
        isPastClose = CardFacts.isPastClose(opportunity, today: today)
    }

    /// The rules are `DealAttention`'s, shared with `rapport today`.
    static func isPastClose(_ opportunity: Opportunity, today: LocalDate) -> Bool {
        DealAttention.isPastClose(opportunity, today: today)
    }

    static func isRotting(enteredStage: Date, lastTouch: Date?, rottingDays: Int?, today: LocalDate,
                          timeZone: TimeZone) -> Bool {
        DealAttention.isRotting(enteredStage: enteredStage, lastTouch: lastTouch, rottingDays: rottingDays, today: today,
                                timeZone: timeZone)
    }

    static func status(of step: NextStep?, now: Date, timeZone: TimeZone) -> NextStepStatus {
        guard let step else { return .none }
        guard let due = step.due else { return .undated(step) }
        let today = LocalDate(now, in: timeZone)
        if due < today { return .overdue(step, days: due.days(until: today)) }
        if due > today { return .later(step) }
        if let time = step.time {
            let minutesNow = Int(now.timeIntervalSince(today.startOfDay(in: timeZone)) / 60)
            if time.minutesSinceMidnight < minutesNow { return .overdue(step, days: 0) }
        }
        return .today(step)
    }

    /// "2d overdue: Call Hans", "today 14:00: Demo", "Thu 26: Send the quote", "no next step":
    /// when first, so a narrow card cut short still says what matters.
    func nextStepText(today: LocalDate) -> String {
        switch next {
        case .none: return "no next step"
        case .overdue(let step, let days):
            return (days == 0 ? "overdue" : "\(days)d overdue") + ": " + CardFacts.label(step)
        case .today(let step):
            return "today" + (step.time.map { " \($0)" } ?? "") + ": " + CardFacts.label(step)
        case .later(let step):
            guard let due = step.due else { return CardFacts.label(step) }
            return BoardFormat.shortDate(due, today: today) + (step.time.map { " \($0)" } ?? "") + ": " + CardFacts.label(step)
        case .undated(let step):
            return CardFacts.label(step)
        }
    }

    var nextStepStyle: Style {
        switch next {
        case .none: return .warning
        case .overdue: return .overdue
        case .today: return .dueToday
        case .later, .undated: return .muted
        }
    }

    /// The one symbol of a one-line card, the most urgent first, in `CardMarker`'s order:
    /// overdue, close date passed, no next step, rotting, due today.
    var marker: CardMarker? {
        CardMarker.allCases.first { applies($0) }
    }

    func applies(_ marker: CardMarker) -> Bool {
        switch marker {
        case .overdue: if case .overdue = next { return true } else { return false }
        case .pastClose: return isPastClose
        case .noNextStep: if case .none = next { return true } else { return false }
        case .rotting: return isRotting
        case .dueToday: if case .today = next { return true } else { return false }
        }
    }

    private static func label(_ step: NextStep) -> String {
        step.summary.isEmpty ? (step.type?.title ?? "Task") : step.summary
    }
}

/// Small formatting helpers shared by the board's widgets.
enum BoardFormat {
    /// A total that includes converted amounts is marked `≈`; one in the base currency only is exact.
    static func total(_ text: String, approximate: Bool) -> String {
        approximate ? Messages.currencyApproximate.text(["amount": text]) : text
    }

    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "tomorrow", "Thu 26", "3 Dec", "2027-01-15": short when near, exact when far.
    static func shortDate(_ date: LocalDate, today: LocalDate) -> String {
        let days = today.days(until: date)
        if days == 1 { return "tomorrow" }
        if days == -1 { return "yesterday" }
        if days > 1, days < 7 { return "\(weekdays[date.weekday - 1]) \(date.day)" }
        if date.year == today.year { return "\(date.day) \(months[date.month - 1])" }
        return date.description
    }

    static func dayMonth(_ date: LocalDate) -> String { "\(date.day) \(months[date.month - 1])" }

    static func money(_ amount: Money, _ settings: Settings) -> String {
        amount.formattedWhole(settings.numberFormat)
    }

    static func compact(_ amount: Money, _ settings: Settings) -> String {
        amount.formattedCompact(settings.numberFormat)
    }
}
