import Foundation

/// GDPR consent: privacy (we may hold the data) and marketing (we may send campaigns), each with
/// when and how it was given or withdrawn, because a consent without a record is no consent.
public struct Consent: Codable, Hashable, Sendable {
    public var privacy: ConsentRecord?
    public var marketing: ConsentRecord?

    public init(privacy: ConsentRecord? = nil, marketing: ConsentRecord? = nil) {
        self.privacy = privacy
        self.marketing = marketing
    }

    public var allowsMarketing: Bool { marketing?.granted ?? false }
}

public struct ConsentRecord: Codable, Hashable, Sendable {
    public var granted: Bool
    public var date: Date
    /// How it was given: "web form", "signed contract", "email reply", "import: file.csv".
    public var method: String

    public init(granted: Bool, date: Date, method: String) {
        self.granted = granted
        self.date = date
        self.method = method
    }
}
