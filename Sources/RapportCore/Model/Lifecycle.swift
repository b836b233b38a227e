import Foundation

/// The customer lifecycle as marketing and sales teams use it (HubSpot's stages): a subscriber
/// reads the newsletter; a lead has shown interest; marketing qualifies it (MQL), sales accepts it
/// (SQL); it becomes an opportunity when a deal is open, a customer when it buys, an evangelist
/// when it recommends, a former customer when it stops buying.
public enum LifecycleStage: String, Codable, CaseIterable, Sendable, Comparable {
    case subscriber
    case lead
    case mql
    case sql
    case opportunity
    case customer
    case evangelist
    case formerCustomer = "former-customer"

    public var title: String {
        switch self {
        case .subscriber: return "Subscriber"
        case .lead: return "Lead"
        case .mql: return "MQL"
        case .sql: return "SQL"
        case .opportunity: return "Opportunity"
        case .customer: return "Customer"
        case .evangelist: return "Evangelist"
        case .formerCustomer: return "Former customer"
        }
    }

    /// Parses the stored name, the title, and the usual spellings of other CRMs
    /// ("marketingqualifiedlead", "Sales Qualified Lead", "former customer").
    public init?(loose text: String) {
        let key = String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
        switch key {
        case "subscriber": self = .subscriber
        case "lead", "new", "prospect": self = .lead
        case "mql", "marketingqualifiedlead": self = .mql
        case "sql", "salesqualifiedlead", "salesacceptedlead": self = .sql
        case "opportunity": self = .opportunity
        case "customer", "client": self = .customer
        case "evangelist", "advocate": self = .evangelist
        case "formercustomer", "excustomer", "churned": self = .formerCustomer
        default: return nil
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: LifecycleStage, rhs: LifecycleStage) -> Bool { lhs.order < rhs.order }
}

public struct LifecycleEntry: Codable, Hashable, Sendable {
    public var stage: LifecycleStage
    public var enteredAt: Date

    public init(stage: LifecycleStage, enteredAt: Date) {
        self.stage = stage
        self.enteredAt = enteredAt
    }
}
