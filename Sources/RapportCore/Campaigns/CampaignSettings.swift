/// How campaigns are delivered and measured, under `settings.campaigns`. Every field is optional
/// so a book written before campaigns existed reads unchanged, and so the file says only what the
/// user chose.
public struct CampaignSettings: Codable, Hashable, Sendable {
    /// A sendmail-compatible command that reads one message on standard input and finds the
    /// recipients in its headers, as mutt's `sendmail` setting: "msmtp -t", "/usr/sbin/sendmail -t -oi".
    /// Absent: messages go to the outbox folder instead.
    public var mailCommand: String?
    /// The From address of campaign emails ("giulia@example.com").
    public var fromAddress: String?
    /// The From display name; absent: the user's name.
    public var fromName: String?
    /// Where `.eml` files and SMS / letter CSV files go when no mail command is set; a relative
    /// path is inside the book's folder. Absent: `outbox` in the book's folder.
    public var outboxDirectory: String?
    /// Purchases by a member up to this many days after the sending count for the campaign.
    public var attributionDays: Int?
    /// Named filter expressions a campaign can target with `filter:NAME`.
    public var savedFilters: [SavedFilter]?

    public init(mailCommand: String? = nil, fromAddress: String? = nil, fromName: String? = nil,
                outboxDirectory: String? = nil, attributionDays: Int? = nil, savedFilters: [SavedFilter]? = nil) {
        self.mailCommand = mailCommand
        self.fromAddress = fromAddress
        self.fromName = fromName
        self.outboxDirectory = outboxDirectory
        self.attributionDays = attributionDays
        self.savedFilters = savedFilters
    }

    public static let defaultAttributionDays = 30
    public static let defaultOutboxFolder = "outbox"
}

/// A filter expression saved under a name ("vip-milan": `tag:vip city:Milano`).
public struct SavedFilter: Codable, Hashable, Sendable {
    public var name: String
    public var expression: String

    public init(name: String, expression: String) {
        self.name = name
        self.expression = expression
    }
}

extension Settings {
    /// The campaign settings with their defaults filled in where the file says nothing.
    public var campaignSettings: CampaignSettings { campaigns ?? CampaignSettings() }

    public var attributionDays: Int {
        max(0, campaigns?.attributionDays ?? CampaignSettings.defaultAttributionDays)
    }

    public var savedFilters: [SavedFilter] { campaigns?.savedFilters ?? [] }

    /// The mail command, or nil when it is absent or blank.
    public var mailCommand: String? {
        guard let command = campaigns?.mailCommand?.trimmingWhitespace(), !command.isEmpty else { return nil }
        return command
    }
}
