/// The top-level views, switched with the number keys. The raw value is the key.
public enum ViewID: Int, CaseIterable, Hashable, Sendable {
    case board = 1
    case contacts
    case companies
    case activities
    case campaigns
    case reports
    case help

    public var title: String {
        switch self {
        case .board: return "Board"
        case .contacts: return "Contacts"
        case .companies: return "Companies"
        case .activities: return "Activities"
        case .campaigns: return "Campaigns"
        case .reports: return "Reports"
        case .help: return "Help"
        }
    }
}
