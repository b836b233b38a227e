/// Finds campaigns and templates by id or by name (ignoring case), as people type them.
extension RecordLookup {
    public func campaign(_ text: String) -> LookupResult<Campaign> {
        if let campaign = book.campaigns[CampaignID(text)] { return .found(campaign) }
        let key = text.trimmingWhitespace().lowercased()
        let matches = book.campaigns.all.filter { $0.name.lowercased() == key }.sorted { $0.id < $1.id }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches.map { "\($0.id)  \($0.name) (\($0.status.rawValue))" })
        }
    }

    public func template(_ text: String) -> LookupResult<Template> {
        if let template = book.templates[TemplateID(text)] { return .found(template) }
        let key = text.trimmingWhitespace().lowercased()
        let matches = book.templates.all.filter { $0.name.lowercased() == key }.sorted { $0.id < $1.id }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches.map { "\($0.id)  \($0.name) (\($0.kind.rawValue))" })
        }
    }
}

/// How campaign figures are written on screens and in the command output.
public enum CampaignFigures {
    /// "+12%", "-40%", "–" for no value: ROI and rates as whole percents.
    public static func percent(_ value: Double?, signed: Bool = false) -> String {
        guard let value, value.isFinite else { return "–" }
        let rounded = Int((value * 100).rounded())
        return (signed && rounded > 0 ? "+" : "") + "\(rounded)%"
    }

    public static func channelTitle(_ channel: CampaignChannel) -> String {
        switch channel {
        case .email: return "Email"
        case .sms: return "SMS"
        case .ads: return "Ads"
        case .directMail: return "Direct mail"
        case .event: return "Event"
        }
    }
}
