import Foundation

/// How contacts move through the lifecycle, as a CRM user means it:
/// - a lead is someone who showed interest; a prospect is a lead that was qualified (MQL by
///   marketing, SQL once sales accepts it); a customer has bought.
/// - `promote` is the manual step up the ladder (MQL → SQL is sales accepting the lead).
/// - winning a deal or recording a purchase makes a customer (or wins back a former one).
/// - a customer with no purchase for 12 months becomes a former customer.
public enum LifecycleRules {
    /// The manual next step from a stage; nil at the top of the ladder. A former customer
    /// promoted is won back.
    public static func nextStage(after stage: LifecycleStage) -> LifecycleStage? {
        switch stage {
        case .subscriber: return .lead
        case .lead: return .mql
        case .mql: return .sql
        case .sql: return .opportunity
        case .opportunity: return .customer
        case .customer: return .evangelist
        case .evangelist: return nil
        case .formerCustomer: return .customer
        }
    }

    /// Stages from which "convert lead" makes sense: nothing is being sold to them yet.
    public static func isConvertible(_ stage: LifecycleStage) -> Bool {
        stage <= .sql
    }

    /// Whether the stage counts as having bought (for the "former customer" rule).
    public static func isCustomer(_ stage: LifecycleStage) -> Bool {
        stage == .customer || stage == .evangelist
    }

    /// Moves the contact one step up; returns the new stage, or nil when there is none.
    @discardableResult
    public static func promote(_ contact: inout Contact, at date: Date) -> LifecycleStage? {
        guard let next = nextStage(after: contact.lifecycle) else { return nil }
        contact.enter(next, at: date)
        return next
    }

    /// The buyer of a won deal or a recorded purchase becomes a customer. An evangelist stays one
    /// (they are already a customer who recommends).
    public static func becameCustomer(_ contact: inout Contact, at date: Date) {
        guard contact.lifecycle != .customer, contact.lifecycle != .evangelist else { return }
        contact.enter(.customer, at: date)
    }

    /// Applies `becameCustomer` to the opportunity's contact after it is won.
    public static func opportunityWon(_ opportunityID: OpportunityID, in book: inout Book, at date: Date) {
        guard let contactID = book.opportunities[opportunityID]?.contactID else { return }
        book.contacts.update(contactID) { becameCustomer(&$0, at: date) }
    }

    /// Records a purchase and makes its buyer a customer.
    public static func recordPurchase(_ purchase: Purchase, in book: inout Book, at date: Date) {
        book.purchases.upsert(purchase)
        guard let contactID = purchase.contactID else { return }
        book.contacts.update(contactID) { becameCustomer(&$0, at: date) }
    }

    /// How long without a purchase before a customer counts as lost (the analytics issue's rule).
    public static let lapseMonths = 12

    /// Customers (and evangelists) whose last purchase is more than `lapseMonths` before `today`.
    /// Customers who never bought (won a deal only) lapse 12 months after becoming customers.
    public static func lapsedCustomers(in book: Book, today: LocalDate, timeZone: TimeZone) -> [ContactID] {
        let cutoff = today.adding(months: -lapseMonths)
        var lastPurchase: [ContactID: LocalDate] = [:]
        for purchase in book.purchases.all {
            guard let id = purchase.contactID else { continue }
            if lastPurchase[id].map({ purchase.date > $0 }) ?? true { lastPurchase[id] = purchase.date }
        }
        return book.contacts.all.filter { contact in
            guard isCustomer(contact.lifecycle) else { return false }
            let since = lastPurchase[contact.id]
                ?? contact.enteredAt(.customer).map { LocalDate($0, in: timeZone) }
                ?? LocalDate(contact.createdAt, in: timeZone)
            return since < cutoff
        }.map(\.id).sorted()
    }

    /// Moves lapsed customers to "former customer"; returns how many moved.
    @discardableResult
    public static func applyLapses(in book: inout Book, today: LocalDate, at date: Date, timeZone: TimeZone) -> Int {
        let lapsed = lapsedCustomers(in: book, today: today, timeZone: timeZone)
        for id in lapsed { book.contacts.update(id) { $0.enter(.formerCustomer, at: date) } }
        return lapsed.count
    }
}
