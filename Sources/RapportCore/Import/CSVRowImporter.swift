import Foundation

/// Turns rows into records, one kind per file. Each row is read and checked in full before it
/// changes anything, so an invalid row leaves no trace in the book.
struct CSVRowImporter {
    let kind: ImportKind
    var session: ImportSession
    /// The records already in the book by key, so re-importing a file finds every row's record
    /// and changes nothing. Each row takes one record: two identical orders in the book match
    /// two identical rows, and identical rows in one file stay separate records (a customer can
    /// buy the same thing twice in a day).
    var opportunityKeys = KeyedPool<OpportunityID>()
    var activityKeys = KeyedPool<ActivityID>()
    var purchaseKeys = KeyedPool<PurchaseID>()
    var surveyKeys = KeyedPool<SurveyResponseID>()

    init(kind: ImportKind, session: ImportSession) {
        self.kind = kind
        self.session = session
        switch kind {
        case .opportunities:
            for deal in session.book.opportunities.sortedByID { opportunityKeys.add(deal.id, for: Self.key(deal)) }
        case .activities:
            for activity in session.book.activities.sortedByID { activityKeys.add(activity.id, for: Self.key(activity)) }
        case .purchases:
            for purchase in session.book.purchases.sortedByID { purchaseKeys.add(purchase.id, for: Self.key(purchase)) }
        case .surveys:
            for answer in session.book.surveys.sortedByID { surveyKeys.add(answer.id, for: Self.key(answer)) }
        case .contacts, .companies:
            break
        }
    }

    /// Imports one row; returns its problems (empty when it went in).
    mutating func importRow(_ reader: inout CSVRowReader) -> [String] {
        switch kind {
        case .contacts: importContact(&reader)
        case .companies: importCompany(&reader)
        case .opportunities: importOpportunity(&reader)
        case .activities: importActivity(&reader)
        case .purchases: importPurchase(&reader)
        case .surveys: importSurvey(&reader)
        }
        return reader.problems
    }

    /// The contact a row's email names: found, created when the kind allows it, or a problem.
    mutating func linkedContact(email: String?, first: String = "", last: String = "", createAs stage: LifecycleStage,
                                reader: inout CSVRowReader) -> ContactID? {
        guard let email else { return nil }
        if let id = session.contactID(forEmail: email) { return id }
        guard kind.createsUnknownContacts else {
            reader.problem("no contact has the email \(email) (import the contacts first)")
            return nil
        }
        guard reader.isValid else { return nil }
        var draft = ContactDraft()
        draft.firstName = first
        draft.lastName = last
        draft.emails = [LabeledValue(email)]
        draft.lifecycle = stage
        return session.createContact(draft, line: reader.line)
    }

    // MARK: Keys that identify a record across imports

    static func key(_ deal: Opportunity) -> String {
        key(title: deal.title, contactID: deal.contactID)
    }

    static func key(_ activity: Activity) -> String {
        let what: String
        let when: String
        if activity.kind == .task {
            what = activity.taskType?.rawValue ?? ""
            when = activity.dueDate?.description ?? ""
        } else {
            what = activity.channel?.rawValue ?? ""
            when = activity.occurredAt.map { String(Int($0.timeIntervalSince1970)) } ?? ""
        }
        return [activity.kind.rawValue, what, when, activity.contactID?.rawValue ?? "",
                activity.summary.trimmingWhitespace().lowercased()].joined(separator: "\u{1F}")
    }

    static func key(_ purchase: Purchase) -> String {
        [purchase.contactID?.rawValue ?? "", purchase.date.description, purchase.amount.currency.code,
         String(purchase.amount.minorUnits), purchase.product.lowercased()].joined(separator: "\u{1F}")
    }

    static func key(_ answer: SurveyResponse) -> String {
        [answer.contactID?.rawValue ?? "", answer.date.description, String(answer.score)].joined(separator: "\u{1F}")
    }
}

/// Record ids by key, each handed out once (oldest first).
struct KeyedPool<ID: Hashable> {
    private var ids: [String: [ID]] = [:]

    mutating func add(_ id: ID, for key: String) { ids[key, default: []].append(id) }

    mutating func take(_ key: String) -> ID? {
        guard var list = ids[key], !list.isEmpty else { return nil }
        let first = list.removeFirst()
        ids[key] = list.isEmpty ? nil : list
        return first
    }
}
