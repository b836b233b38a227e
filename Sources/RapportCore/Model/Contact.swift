import Foundation

/// A person: a subscriber, a lead, a customer… depending on where they are in the lifecycle.
public struct Contact: Record {
    public typealias Kind = ContactKind
    public var id: ContactID
    public var createdAt: Date
    public var updatedAt: Date
    public var firstName: String
    public var lastName: String
    public var emails: [LabeledValue]
    public var phones: [LabeledValue]
    public var companyID: CompanyID?
    public var jobTitle: String
    public var address: PostalAddress?
    public var birthday: LocalDate?
    /// Where the contact came from: "website", "referral", "trade fair", an import file…
    public var source: String
    public var tags: [String]
    public var notes: String
    public var customFields: [String: String]
    public var lifecycle: LifecycleStage
    /// Every stage the contact entered, oldest first; the last entry is the current stage.
    public var lifecycleHistory: [LifecycleEntry]
    public var consent: Consent
    /// How often the user wants to be in touch, in days ("every 30 days"); nil: no cadence of
    /// its own (a tag's, from `Settings.keepInTouch`, may apply). Written only when set.
    public var keepInTouchDays: Int? = nil

    public init(id: ContactID, createdAt: Date, firstName: String, lastName: String,
                emails: [LabeledValue] = [], phones: [LabeledValue] = [], companyID: CompanyID? = nil,
                jobTitle: String = "", address: PostalAddress? = nil, birthday: LocalDate? = nil,
                source: String = "", tags: [String] = [], notes: String = "", customFields: [String: String] = [:],
                lifecycle: LifecycleStage = .lead, lifecycleHistory: [LifecycleEntry]? = nil,
                consent: Consent = Consent()) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.firstName = firstName
        self.lastName = lastName
        self.emails = emails
        self.phones = phones
        self.companyID = companyID
        self.jobTitle = jobTitle
        self.address = address
        self.birthday = birthday
        self.source = source
        self.tags = tags
        self.notes = notes
        self.customFields = customFields
        self.lifecycle = lifecycle
        self.lifecycleHistory = lifecycleHistory ?? [LifecycleEntry(stage: lifecycle, enteredAt: createdAt)]
        self.consent = consent
    }

    /// "Giulia Rossi"; a contact with no names shows its first email instead.
    public var displayName: String {
        let full = [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
        return full.isEmpty ? (primaryEmail ?? "(no name)") : full
    }

    public var primaryEmail: String? { emails.first?.value }
    public var primaryPhone: String? { phones.first?.value }

    /// Moves the contact to a lifecycle stage, recording when; a move to the current stage is a no-op.
    public mutating func enter(_ stage: LifecycleStage, at date: Date) {
        guard stage != lifecycle else { return }
        lifecycle = stage
        lifecycleHistory.append(LifecycleEntry(stage: stage, enteredAt: date))
        updatedAt = date
    }

    /// When the contact entered the stage most recently, if ever.
    public func enteredAt(_ stage: LifecycleStage) -> Date? {
        lifecycleHistory.last(where: { $0.stage == stage })?.enteredAt
    }
}

/// An email address or phone number with its label ("work", "home", "mobile").
public struct LabeledValue: Codable, Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ value: String, label: String = "") {
        self.value = value
        self.label = label
    }
}

public struct PostalAddress: Codable, Hashable, Sendable {
    public var street: String
    public var city: String
    public var region: String
    public var postalCode: String
    public var country: String

    public init(street: String = "", city: String = "", region: String = "", postalCode: String = "", country: String = "") {
        self.street = street
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
    }

    public var isEmpty: Bool { [street, city, region, postalCode, country].allSatisfy(\.isEmpty) }

    /// "Via Roma 1, 20121 Milano, Italy".
    public var singleLine: String {
        let cityLine = [postalCode, city].filter { !$0.isEmpty }.joined(separator: " ")
        return [street, cityLine, region, country].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
