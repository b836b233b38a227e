/// The book's settings: the pipeline, lost reasons, currency and the user's name. The pipeline
/// stage list here is the one source of the board's columns, the funnel and the forecast.
public struct Settings: Codable, Hashable, Sendable {
    public var userName: String
    public var defaultCurrency: CurrencyCode
    public var numberFormat: NumberFormat
    public var pipeline: [PipelineStage]
    public var lostReasons: [String]
    /// Expected customer lifespan for predicted lifetime value.
    public var expectedLifespanYears: Int
    /// How campaigns are sent and measured (mail command, From address, outbox, attribution,
    /// saved filters). Absent in books written before campaigns: every value has a default.
    public var campaigns: CampaignSettings?
    /// The built-in workflow rules the user enabled, by rule id ("idle-deal"…); absent: none.
    public var automation: [String: RuleSetting]?
    /// The one-time hints the user has hidden ("board.legend"…), so they are not shown again.
    /// Absent in older books: none hidden.
    public var hiddenHints: [String]? = nil
    /// The filters and sorts the user saved under a name, per screen (see `SavedView`). Absent
    /// in older books and whenever the list is empty: none saved.
    public var savedViews: [SavedView]? = nil
    /// Keep-in-touch cadences by tag, in days ({"vip": 14}); a contact's own cadence wins.
    /// Absent in older books: no tag has one.
    public var keepInTouch: [String: Int]? = nil
    /// Keep-in-touch cadences by customer segment, in days, keyed by the segment's id
    /// ({"at-risk": 30}); a contact's own cadence wins, else the shortest of its tags' and its
    /// segment's. Absent in older books: no segment has one.
    public var keepInTouchSegments: [String: Int]? = nil
    /// Whether a task's reminder rings the terminal bell; absent means yes.
    public var reminderBell: Bool? = nil
    /// Dated exchange rates for totals in the base currency (see `ExchangeRate`, `rates`).
    /// Absent in older books and while there are none: amounts in other currencies have no rate.
    public var exchangeRates: [ExchangeRate]? = nil

    public init(userName: String = "", defaultCurrency: CurrencyCode = .eur, numberFormat: NumberFormat = .english,
                pipeline: [PipelineStage] = PipelineStage.defaults, lostReasons: [String] = Settings.defaultLostReasons,
                expectedLifespanYears: Int = 3, campaigns: CampaignSettings? = nil,
                automation: [String: RuleSetting]? = nil) {
        self.userName = userName
        self.defaultCurrency = defaultCurrency
        self.numberFormat = numberFormat
        self.pipeline = pipeline
        self.lostReasons = lostReasons
        self.expectedLifespanYears = expectedLifespanYears
        self.campaigns = campaigns
        self.automation = automation
    }

    public static let defaultLostReasons = [
        "Price too high", "Chose a competitor", "No budget", "No decision", "Timing", "Product fit", "Unresponsive",
    ]

    public func stage(id: String) -> PipelineStage? { pipeline.first { $0.id == id } }

    /// Position of a stage in the pipeline (0 for the first); nil for an unknown stage.
    public func stageIndex(id: String) -> Int? { pipeline.firstIndex { $0.id == id } }

    /// Finds a stage by id or by name, ignoring case: what users type on the command line.
    public func stage(named text: String) -> PipelineStage? {
        let key = text.lowercased()
        return pipeline.first { $0.id.lowercased() == key || $0.name.lowercased() == key }
    }
}

public struct PipelineStage: Codable, Hashable, Sendable, Identifiable {
    /// Stable identifier stored on opportunities, so renaming a stage keeps its deals.
    public var id: String
    public var name: String
    /// Default win probability for deals in this stage, percent.
    public var probability: Int
    /// A deal idle here longer than this is rotting (Pipedrive's rule); nil never rots.
    public var rottingDays: Int?

    public init(id: String, name: String, probability: Int, rottingDays: Int? = nil) {
        self.id = id
        self.name = name
        self.probability = probability
        self.rottingDays = rottingDays
    }

    public static let defaults = [
        PipelineStage(id: "new", name: "New", probability: 10, rottingDays: 14),
        PipelineStage(id: "qualified", name: "Qualified", probability: 25, rottingDays: 21),
        PipelineStage(id: "meeting", name: "Meeting", probability: 40, rottingDays: 21),
        PipelineStage(id: "proposal", name: "Proposal", probability: 60, rottingDays: 30),
        PipelineStage(id: "negotiation", name: "Negotiation", probability: 80, rottingDays: 30),
    ]
}
