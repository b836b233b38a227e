import Foundation

/// An order: what retention, cohorts, segments and lifetime value are computed from.
public struct Purchase: Record {
    public typealias Kind = PurchaseKind
    public var id: PurchaseID
    public var createdAt: Date
    /// Nil once the buyer was erased under GDPR: the amount and date stay, so reports stay true.
    public var contactID: ContactID?
    public var date: LocalDate
    public var amount: Money
    public var product: String
    public var category: String

    public init(id: PurchaseID, createdAt: Date, contactID: ContactID?, date: LocalDate, amount: Money,
                product: String, category: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.contactID = contactID
        self.date = date
        self.amount = amount
        self.product = product
        self.category = category
    }
}

/// One answer to "How likely are you to recommend us?" (0-10).
public struct SurveyResponse: Record {
    public typealias Kind = SurveyKind
    public var id: SurveyResponseID
    public var createdAt: Date
    public var contactID: ContactID?
    public var date: LocalDate
    public var score: Int
    public var comment: String

    public init(id: SurveyResponseID, createdAt: Date, contactID: ContactID?, date: LocalDate, score: Int, comment: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.contactID = contactID
        self.date = date
        self.score = score
        self.comment = comment
    }

    public enum Group: String, Sendable { case promoter, passive, detractor }

    /// Promoters answer 9-10, passives 7-8, detractors 0-6.
    public var group: Group {
        switch score {
        case 9...: return .promoter
        case 7...8: return .passive
        default: return .detractor
        }
    }
}
