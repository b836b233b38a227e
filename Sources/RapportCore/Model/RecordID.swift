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
        if let digits = Self.plainNumber(rawValue) { return digits }
        let prefix = Kind.idPrefix + "-"
        guard rawValue.hasPrefix(prefix) else { return nil }
        return Int(rawValue.dropFirst(prefix.count))
    }

    /// The number of an id in exactly our form (prefix, dash, up to 18 digits), read in place:
    /// it runs for every record of every table a book loads. Nil for anything else, which the
    /// general code above then reads.
    private static func plainNumber(_ text: String) -> Int? {
        let prefix = Kind.idPrefix.utf8
        let bytes = text.utf8
        let digitCount = bytes.count - prefix.count - 1
        guard digitCount > 0, digitCount <= 18 else { return nil }
        var position = bytes.startIndex
        for expected in prefix {
            guard bytes[position] == expected else { return nil }
            position = bytes.index(after: position)
        }
        guard bytes[position] == UInt8(ascii: "-") else { return nil }
        position = bytes.index(after: position)
        var value = 0
        while position != bytes.endIndex {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            position = bytes.index(after: position)
        }
        return value
    }

    public var description: String { rawValue }

    /// Shorter ids first, then by text: "con-999999" < "con-1000000", and foreign ids stay stable.
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        let (l, r) = (lhs.rawValue.utf8.count, rhs.rawValue.utf8.count)
        if l != r { return l < r }
        // ASCII ids (all of ours) compare as bytes, which is what String's order gives for them,
        // without its Unicode machinery: sorting 250,000 ids for a save is then cheap.
        let asBytes = lhs.rawValue.utf8.withContiguousStorageIfAvailable { left -> Bool? in
            rhs.rawValue.utf8.withContiguousStorageIfAvailable { right -> Bool? in
                // Only when both are entirely ASCII: a combining mark later on could change the order.
                var firstDifference: Bool?
                for index in 0..<l {
                    let (a, b) = (left[index], right[index])
                    guard a < 0x80, b < 0x80 else { return nil }
                    if firstDifference == nil, a != b { firstDifference = a < b }
                }
                return firstDifference ?? false
            } ?? nil
        }
        if let asBytes = asBytes ?? nil { return asBytes }
        return lhs.rawValue < rhs.rawValue
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
