import Foundation

public struct Company: Record {
    public typealias Kind = CompanyKind
    public var id: CompanyID
    public var createdAt: Date
    public var updatedAt: Date
    public var name: String
    public var domain: String
    public var industry: String
    public var size: CompanySize?
    public var address: PostalAddress?
    public var tags: [String]
    public var notes: String
    /// Values of the user's own fields (`Settings.customFields`), by field name, each in its type's
    /// stored form (see `CustomFieldValue`). Absent in older books and whenever there are none.
    public var customFields: [String: String]? = nil

    public init(id: CompanyID, createdAt: Date, name: String, domain: String = "", industry: String = "",
                size: CompanySize? = nil, address: PostalAddress? = nil, tags: [String] = [], notes: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.name = name
        self.domain = domain
        self.industry = industry
        self.size = size
        self.address = address
        self.tags = tags
        self.notes = notes
    }
}

/// Head-count bands, as most CRMs and LinkedIn use them.
public enum CompanySize: String, Codable, CaseIterable, Sendable {
    case micro = "1-9"
    case small = "10-49"
    case medium = "50-249"
    case large = "250-999"
    case enterprise = "1000+"
}
