/// What one CSV file holds: one kind of record per file, as every CRM exports them.
public enum ImportKind: String, CaseIterable, Sendable {
    case contacts, companies, opportunities, activities, purchases, surveys

    /// Whether a row naming an email that is in no contact creates that contact. Deals and
    /// orders often come from a system that had the person (Pipedrive, a shop), so the person
    /// is created with them; an activity or a survey answer from an unknown email is far more
    /// often a typo, so the row is reported instead.
    public var createsUnknownContacts: Bool {
        switch self {
        case .contacts, .opportunities, .purchases: return true
        case .companies, .activities, .surveys: return false
        }
    }

    /// "contact", "opportunity": the singular used in messages.
    public var singular: String {
        switch self {
        case .contacts: return "contact"
        case .companies: return "company"
        case .opportunities: return "opportunity"
        case .activities: return "activity"
        case .purchases: return "purchase"
        case .surveys: return "survey answer"
        }
    }
}
