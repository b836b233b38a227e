/// The kinds of record the user can define fields for.
public enum CustomFieldRecordKind: String, Codable, CaseIterable, Sendable {
    case contact, company, opportunity, activity, ticket

    /// What the command line accepts: the kind's name, its plural, or "opp"/"deal".
    public init?(typed text: String) {
        let key = text.lowercased()
        switch key {
        case "opp", "opps", "deal", "deals", "opportunities": self = .opportunity
        case "companies": self = .company
        case "activities", "task", "tasks": self = .activity
        default:
            let singular = key.hasSuffix("s") ? String(key.dropLast()) : key
            guard let kind = CustomFieldRecordKind(rawValue: singular) else { return nil }
            self = kind
        }
    }
}

/// The type of a custom field: what its values may be, how they are stored and compared.
public enum CustomFieldType: String, Codable, CaseIterable, Sendable {
    case text
    case longText = "long-text"
    case number
    case money
    case date
    case yesNo = "yes-no"
    case choice
    case choices
    case url
    case email
    case phone

    /// Whether the field's values are ordered, so `<` and `>` filters apply.
    public var isOrdered: Bool { self == .number || self == .money || self == .date }
    /// Whether the field takes its values from the definition's `choices`.
    public var hasChoices: Bool { self == .choice || self == .choices }
}

/// One field the user defined for a kind of record ("Codice fiscale", text, on contacts).
/// Names are unique per kind, ignoring case; values are stored under the name on each record.
public struct CustomFieldDefinition: Codable, Hashable, Sendable {
    public var kind: CustomFieldRecordKind
    public var name: String
    public var type: CustomFieldType
    /// The allowed values of a choice field, in the order they are offered; absent otherwise.
    public var choices: [String]?

    public init(kind: CustomFieldRecordKind, name: String, type: CustomFieldType, choices: [String]? = nil) {
        self.kind = kind
        self.name = name
        self.type = type
        self.choices = type.hasChoices ? (choices ?? []) : nil
    }
}
