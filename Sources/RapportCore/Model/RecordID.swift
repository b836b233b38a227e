/// A stable string id such as "con-000042", typed by the kind of record it names so a contact id
/// can never be passed where an opportunity id is expected. Stored in JSON as the plain string.
public struct RecordID<Kind: RecordKind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// "con-000042": the kind's prefix and a zero-padded sequence number, so ids sort by age.
    public init(number: Int) {
        rawValue = Kind.idPrefix + "-" + pad(number, 6)
    }

    /// The sequence number of an id this program made; nil for an id written by someone else.
    public var number: Int? {
        let prefix = Kind.idPrefix + "-"
        guard rawValue.hasPrefix(prefix) else { return nil }
        return Int(rawValue.dropFirst(prefix.count))
    }

    public var description: String { rawValue }

    /// Shorter ids first, then by text: "con-999999" < "con-1000000", and foreign ids stay stable.
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        let (l, r) = (lhs.rawValue.utf8.count, rhs.rawValue.utf8.count)
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard !text.isEmpty else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a non-empty id")
        }
        rawValue = text
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The kinds of record, each with the prefix of its ids.
public protocol RecordKind: Sendable { static var idPrefix: String { get } }

public enum ContactKind: RecordKind { public static let idPrefix = "con" }
public enum CompanyKind: RecordKind { public static let idPrefix = "com" }
public enum OpportunityKind: RecordKind { public static let idPrefix = "opp" }
public enum ActivityKind: RecordKind { public static let idPrefix = "act" }
public enum PurchaseKind: RecordKind { public static let idPrefix = "pur" }
public enum SurveyKind: RecordKind { public static let idPrefix = "nps" }
public enum CampaignKind: RecordKind { public static let idPrefix = "cmp" }
public enum TicketKind: RecordKind { public static let idPrefix = "tkt" }
public enum TemplateKind: RecordKind { public static let idPrefix = "tpl" }

public typealias ContactID = RecordID<ContactKind>
public typealias CompanyID = RecordID<CompanyKind>
public typealias OpportunityID = RecordID<OpportunityKind>
public typealias ActivityID = RecordID<ActivityKind>
public typealias PurchaseID = RecordID<PurchaseKind>
public typealias SurveyResponseID = RecordID<SurveyKind>
public typealias CampaignID = RecordID<CampaignKind>
public typealias TicketID = RecordID<TicketKind>
public typealias TemplateID = RecordID<TemplateKind>

/// A record kept in one of the book's collections.
public protocol Record: Codable, Hashable, Sendable, Identifiable where ID == RecordID<Kind> {
    associatedtype Kind: RecordKind
    var id: RecordID<Kind> { get }
}
