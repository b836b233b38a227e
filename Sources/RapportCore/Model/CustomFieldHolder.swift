/// A record that carries values of the user's own fields: contacts, companies, opportunities,
/// activities and tickets. `customValues` is empty, never nil, for a record with none.
public protocol CustomFieldHolder {
    static var customFieldKind: CustomFieldRecordKind { get }
    var customValues: [String: String] { get set }
}

extension Contact: CustomFieldHolder {
    public static var customFieldKind: CustomFieldRecordKind { .contact }
    public var customValues: [String: String] {
        get { customFields }
        set { customFields = newValue }
    }
}

// The other kinds store nil for none, so their files do not grow a key per record.
extension Company: CustomFieldHolder {
    public static var customFieldKind: CustomFieldRecordKind { .company }
    public var customValues: [String: String] {
        get { customFields ?? [:] }
        set { customFields = newValue.isEmpty ? nil : newValue }
    }
}

extension Opportunity: CustomFieldHolder {
    public static var customFieldKind: CustomFieldRecordKind { .opportunity }
    public var customValues: [String: String] {
        get { customFields ?? [:] }
        set { customFields = newValue.isEmpty ? nil : newValue }
    }
}

extension Activity: CustomFieldHolder {
    public static var customFieldKind: CustomFieldRecordKind { .activity }
    public var customValues: [String: String] {
        get { customFields ?? [:] }
        set { customFields = newValue.isEmpty ? nil : newValue }
    }
}

extension Ticket: CustomFieldHolder {
    public static var customFieldKind: CustomFieldRecordKind { .ticket }
    public var customValues: [String: String] {
        get { customFields ?? [:] }
        set { customFields = newValue.isEmpty ? nil : newValue }
    }
}
