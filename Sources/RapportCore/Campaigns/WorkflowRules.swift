import Foundation

/// A built-in rule's settings under `settings.automation`, keyed by the rule's id.
public struct RuleSetting: Codable, Hashable, Sendable {
    public var enabled: Bool
    /// The rule's number of days; absent: the rule's default.
    public var days: Int?
    /// The lapsed-customer rule's tag; absent: "reacquisition".
    public var tag: String?
    /// The day the rule was enabled: rules that react to an event (a first purchase, a won deal)
    /// only react to events from that day on, so enabling one on an old book does not flood it
    /// with tasks about the past.
    public var since: LocalDate?

    public init(enabled: Bool, days: Int? = nil, tag: String? = nil, since: LocalDate? = nil) {
        self.enabled = enabled
        self.days = days
        self.tag = tag
        self.since = since
    }
}

/// Marks an activity a rule created: the rule and what it fired for, so it fires only once.
public struct AutomationMark: Codable, Hashable, Sendable {
    public var rule: String
    /// What the rule fired for: "opp-000012@2026-10-01T09:00:00Z", "con-000042".
    public var key: String

    public init(rule: String, key: String) {
        self.rule = rule
        self.key = key
    }
}

/// The built-in rules: when X, then Y. Each is off until the user enables it.
public enum BuiltInRule: String, CaseIterable, Sendable {
    case idleDeal = "idle-deal"
    case firstPurchase = "first-purchase"
    case wonDealSurvey = "won-deal-nps"
    case lapsedCustomer = "lapsed-customer"

    public var title: String {
        switch self {
        case .idleDeal: return "Idle deal"
        case .firstPurchase: return "First purchase"
        case .wonDealSurvey: return "Won deal"
        case .lapsedCustomer: return "Lapsed customer"
        }
    }

    public var defaultDays: Int {
        switch self {
        case .idleDeal: return 14
        case .firstPurchase: return 3
        case .wonDealSurvey: return 30
        case .lapsedCustomer: return 365
        }
    }

    public static let defaultTag = "reacquisition"

    /// "When …, then …" with the user's numbers.
    public func sentence(_ setting: RuleSetting?) -> String {
        let days = setting?.days ?? defaultDays
        switch self {
        case .idleDeal:
            return "When an open deal stays in a stage over \(days) days, then plan a follow-up call"
        case .firstPurchase:
            return "When a contact first buys, then make them a customer and plan an onboarding call in \(days) days"
        case .wonDealSurvey:
            return "When a deal is won, then plan a satisfaction (NPS) request \(days) days later"
        case .lapsedCustomer:
            return "When a customer has not bought for \(days) days, then make them a former customer, tagged \(setting?.tag ?? BuiltInRule.defaultTag)"
        }
    }

    public init?(loose text: String) {
        let key = text.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        if let rule = BuiltInRule(rawValue: key) { self = rule; return }
        switch key {
        case "idle", "idle-deals", "follow-up": self = .idleDeal
        case "first-purchase-onboarding", "onboarding": self = .firstPurchase
        case "won-deal", "nps", "won-deal-survey": self = .wonDealSurvey
        case "lapsed", "lapsed-customers", "former-customer", "reacquisition": self = .lapsedCustomer
        default: return nil
        }
    }
}

/// One thing a rule did.
public struct RuleAction: Hashable, Sendable {
    public let rule: BuiltInRule
    /// What was done, in words: "Follow-up call planned for Fleet renewal (idle 20 days in Proposal)".
    public let summary: String
    /// The activity that logs it.
    public let activityID: ActivityID
}

public struct RuleRun: Sendable {
    /// The book with the rules' changes.
    public let book: Book
    public let actions: [RuleAction]
    public var isEmpty: Bool { actions.isEmpty }
}

/// Evaluates the enabled rules on a book. Every action is logged as an activity carrying an
/// `automation` mark (rule and key) and a summary that names the rule; the marks make a second
/// run a no-op. Pure: the caller saves (the CLI) or commits it as one undoable change (the TUI).
public enum WorkflowRules {
    public static func enabled(in settings: Settings) -> [(BuiltInRule, RuleSetting)] {
        BuiltInRule.allCases.compactMap { rule in
            guard let setting = settings.automation?[rule.rawValue], setting.enabled else { return nil }
            return (rule, setting)
        }
    }

    public static func run(_ book: Book, clock: any Clock) -> RuleRun {
        let rules = enabled(in: book.settings)
        guard !rules.isEmpty else { return RuleRun(book: book, actions: []) }
        var state = RuleState(book: book, clock: clock)
        for (rule, setting) in rules {
            switch rule {
            case .idleDeal: state.idleDeals(setting)
            case .firstPurchase: state.firstPurchases(setting)
            case .wonDealSurvey: state.wonDeals(setting)
            case .lapsedCustomer: state.lapsedCustomers(setting)
            }
        }
        return RuleRun(book: state.book, actions: state.actions)
    }
}

private struct RuleState {
    var book: Book
    let clock: any Clock
    let today: LocalDate
    let days = DayConverter(ReportPeriod.utc)
    var actions: [RuleAction] = []
    /// "rule key" of every mark already in the book.
    var fired: Set<String> = []
    /// Deals with an open task: a follow-up is already planned.
    var dealsWithOpenTask: Set<OpportunityID> = []

    init(book: Book, clock: any Clock) {
        self.book = book
        self.clock = clock
        today = clock.today
        for activity in book.activities.all {
            if let mark = activity.automation { fired.insert(mark.rule + " " + mark.key) }
            if activity.isOpenTask, let deal = activity.opportunityID { dealsWithOpenTask.insert(deal) }
        }
    }

    private mutating func log(_ rule: BuiltInRule, key: String, summary: String, make: (ActivityID) -> Activity) {
        let id = book.activities.nextID()
        var activity = make(id)
        activity.automation = AutomationMark(rule: rule.rawValue, key: key)
        book.activities.upsert(activity)
        fired.insert(rule.rawValue + " " + key)
        actions.append(RuleAction(rule: rule, summary: summary, activityID: id))
    }

    private func hasFired(_ rule: BuiltInRule, _ key: String) -> Bool { fired.contains(rule.rawValue + " " + key) }

    mutating func idleDeals(_ setting: RuleSetting) {
        // A local copy: the activity-making closures must not capture self while it is mutated.
        let today = self.today
        let limit = setting.days ?? BuiltInRule.idleDeal.defaultDays
        let now = clock.now
        for deal in book.opportunities.sortedByID where deal.status == .open && !dealsWithOpenTask.contains(deal.id) {
            let entered = deal.enteredCurrentStageAt
            let idle = days.day(of: entered).days(until: today)
            guard idle > limit else { continue }
            let key = deal.id.rawValue + "@" + (JSONDateFormat.string(from: entered) ?? "")
            guard !hasFired(.idleDeal, key) else { continue }
            let stage = book.settings.stage(id: deal.stageID)?.name ?? deal.stageID
            let summary = "Follow up: \(deal.title) (idle \(idle) days in \(stage))"
            log(.idleDeal, key: key, summary: summary) { id in
                Activity(id: id, createdAt: now, task: .call, summary: summary, due: today, contactID: deal.contactID,
                         companyID: deal.companyID, opportunityID: deal.id,
                         notes: "Planned by the rule “\(BuiltInRule.idleDeal.title)”: no stage change for over \(limit) days.")
            }
            dealsWithOpenTask.insert(deal.id)
        }
    }

    mutating func firstPurchases(_ setting: RuleSetting) {
        // A local copy: the activity-making closures must not capture self while it is mutated.
        let today = self.today
        let delay = setting.days ?? BuiltInRule.firstPurchase.defaultDays
        let since = setting.since ?? today
        var firstPurchase: [ContactID: LocalDate] = [:]
        for purchase in book.purchases.all where purchase.date <= today {
            guard let contactID = purchase.contactID else { continue }
            if let known = firstPurchase[contactID], known <= purchase.date { continue }
            firstPurchase[contactID] = purchase.date
        }
        let now = clock.now
        for (contactID, first) in firstPurchase.sorted(by: { $0.key < $1.key }) where first >= since {
            guard let contact = book.contacts[contactID], !hasFired(.firstPurchase, contactID.rawValue) else { continue }
            var what = "onboarding call planned"
            if contact.lifecycle < .customer {
                book.contacts.update(contactID) { $0.enter(.customer, at: now) }
                what = "now a customer; " + what
            }
            let summary = "Onboarding call: \(contact.displayName) (first purchase \(first))"
            log(.firstPurchase, key: contactID.rawValue, summary: summary) { id in
                Activity(id: id, createdAt: now, task: .call, summary: summary, due: today.adding(days: delay),
                         contactID: contactID, companyID: contact.companyID,
                         notes: "Planned by the rule “\(BuiltInRule.firstPurchase.title)”: \(contact.displayName) is \(what).")
            }
        }
    }

    mutating func wonDeals(_ setting: RuleSetting) {
        // A local copy: the activity-making closures must not capture self while it is mutated.
        let today = self.today
        let delay = setting.days ?? BuiltInRule.wonDealSurvey.defaultDays
        let since = setting.since ?? today
        let now = clock.now
        for deal in book.opportunities.sortedByID where deal.status == .won {
            guard let closed = deal.closedAt.map(days.day(of:)), closed >= since, !hasFired(.wonDealSurvey, deal.id.rawValue) else { continue }
            let summary = "NPS request: \(deal.title)"
            log(.wonDealSurvey, key: deal.id.rawValue, summary: summary) { id in
                Activity(id: id, createdAt: now, task: .email, summary: summary, due: max(today, closed.adding(days: delay)),
                         contactID: deal.contactID, companyID: deal.companyID, opportunityID: deal.id,
                         notes: "Planned by the rule “\(BuiltInRule.wonDealSurvey.title)”: ask how likely they are to recommend us (0-10), \(delay) days after the deal was won on \(closed).")
            }
        }
    }

    mutating func lapsedCustomers(_ setting: RuleSetting) {
        // A local copy: the activity-making closures must not capture self while it is mutated.
        let today = self.today
        let limit = setting.days ?? BuiltInRule.lapsedCustomer.defaultDays
        let tag = setting.tag?.trimmingWhitespace().isEmpty == false ? (setting.tag ?? BuiltInRule.defaultTag) : BuiltInRule.defaultTag
        var lastPurchase: [ContactID: LocalDate] = [:]
        for purchase in book.purchases.all where purchase.date <= today {
            guard let contactID = purchase.contactID else { continue }
            lastPurchase[contactID] = max(lastPurchase[contactID] ?? purchase.date, purchase.date)
        }
        let now = clock.now
        for contact in book.contacts.sortedByID where contact.lifecycle == .customer || contact.lifecycle == .evangelist {
            let customerSince = (contact.enteredAt(.customer) ?? contact.enteredAt(contact.lifecycle)).map(days.day(of:))
            guard let reference = lastPurchase[contact.id] ?? customerSince else { continue }
            let quiet = reference.days(until: today)
            guard quiet > limit else { continue }
            let key = contact.id.rawValue + "@" + (customerSince?.description ?? "")
            guard !hasFired(.lapsedCustomer, key) else { continue }
            book.contacts.update(contact.id) { changed in
                changed.enter(.formerCustomer, at: now)
                if !changed.tags.contains(tag) { changed.tags.append(tag) }
            }
            let summary = "Former customer: \(contact.displayName) (no purchase for \(quiet) days), tagged \(tag)"
            log(.lapsedCustomer, key: key, summary: summary) { id in
                var entry = Activity(id: id, createdAt: now, task: .todo, summary: summary, due: today,
                                     contactID: contact.id, companyID: contact.companyID,
                                     notes: "Done by the rule “\(BuiltInRule.lapsedCustomer.title)”: moved from \(contact.lifecycle.title) to Former customer and added the tag \"\(tag)\" (the reacquisition list).")
                entry.doneAt = now
                return entry
            }
        }
    }
}
