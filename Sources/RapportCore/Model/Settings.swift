/// The book's settings: the pipelines, lost reasons, currency and the user's name. The pipelines'
/// stage lists here are the one source of the board's columns, the funnel and the forecast.
public struct Settings: Codable, Hashable, Sendable {
    public var userName: String
    public var defaultCurrency: CurrencyCode
    public var numberFormat: NumberFormat
    /// One or more pipelines, the first the default. Books written before several pipelines have
    /// a `pipeline` key instead (one stage list); `SettingsUpgrade` reads it as the first pipeline.
    public var pipelines: [Pipeline]
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
    /// Sales targets (quotas) per month or quarter, in the base currency. Absent: none set.
    public var targets: [SalesTarget]? = nil
    /// The user's own typed fields, per record kind (see `CustomFieldDefinition`). Absent in
    /// older books: none, except that contacts' untyped values are read as text fields.
    public var customFields: [CustomFieldDefinition]? = nil
    /// Dated exchange rates for totals in the base currency (see `ExchangeRate`, `rates`).
    /// Absent in older books and while there are none: amounts in other currencies have no rate.
    public var exchangeRates: [ExchangeRate]? = nil

    public init(userName: String = "", defaultCurrency: CurrencyCode = .eur, numberFormat: NumberFormat = .english,
                pipeline: [PipelineStage] = PipelineStage.defaults, pipelines: [Pipeline]? = nil, lostReasons: [String] = Settings.defaultLostReasons,
                expectedLifespanYears: Int = 3, campaigns: CampaignSettings? = nil,
                automation: [String: RuleSetting]? = nil) {
        self.userName = userName
        self.defaultCurrency = defaultCurrency
        self.numberFormat = numberFormat
        self.pipelines = pipelines ?? [Pipeline.standard(stages: pipeline)]
        self.lostReasons = lostReasons
        self.expectedLifespanYears = expectedLifespanYears
        self.campaigns = campaigns
        self.automation = automation
    }

    public static let defaultLostReasons = [
        "Price too high", "Chose a competitor", "No budget", "No decision", "Timing", "Product fit", "Unresponsive",
    ]

    /// The first pipeline's stages (see `pipelines`); setting it replaces them.
    public var pipeline: [PipelineStage] {
        get { pipelines.first?.stages ?? [] }
        set {
            if pipelines.isEmpty { pipelines = [Pipeline.standard(stages: newValue)] } else { pipelines[0].stages = newValue }
        }
    }

    /// A stage of any pipeline (stage ids are unique across pipelines).
    public func stage(id: String) -> PipelineStage? {
        for pipeline in pipelines { if let stage = pipeline.stage(id: id) { return stage } }
        return nil
    }

    /// Position of a stage in its pipeline (0 for the first); nil for an unknown stage.
    public func stageIndex(id: String) -> Int? {
        for pipeline in pipelines { if let index = pipeline.stageIndex(id: id) { return index } }
        return nil
    }

    /// Finds a stage of the first pipeline by id or by name, ignoring case, then of the others:
    /// what users type on the command line.
    public func stage(named text: String) -> PipelineStage? {
        for pipeline in pipelines { if let stage = pipeline.stage(named: text) { return stage } }
        return nil
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
    /// Where the stage's deals count in the forecast; absent: by position
    /// (`ForecastCategory.stageDefault`, read through `Settings.forecastCategory(ofStageAt:)`).
    public var forecastCategory: ForecastCategory? = nil

    public init(id: String, name: String, probability: Int, rottingDays: Int? = nil,
                forecastCategory: ForecastCategory? = nil) {
        self.id = id
        self.name = name
        self.probability = probability
        self.rottingDays = rottingDays
        self.forecastCategory = forecastCategory
    }

    public static let defaults = [
        PipelineStage(id: "new", name: "New", probability: 10, rottingDays: 14),
        PipelineStage(id: "qualified", name: "Qualified", probability: 25, rottingDays: 21),
        PipelineStage(id: "meeting", name: "Meeting", probability: 40, rottingDays: 21),
        PipelineStage(id: "proposal", name: "Proposal", probability: 60, rottingDays: 30),
        PipelineStage(id: "negotiation", name: "Negotiation", probability: 80, rottingDays: 30),
    ]
}
