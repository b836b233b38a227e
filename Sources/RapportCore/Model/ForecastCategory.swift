/// How sure a deal is, as Salesforce and HubSpot sort deals for a forecast: each stage has one
/// (`PipelineStage.forecastCategory`) and a deal may say otherwise (`Opportunity.forecastCategory`).
/// The forecast is cumulative: commit includes closed, best case includes commit and closed.
public enum ForecastCategory: String, Codable, CaseIterable, Sendable {
    /// Worked, but not yet likely this period.
    case pipeline
    /// Could close this period if things go well.
    case bestCase = "best-case"
    /// The seller is confident it closes this period.
    case commit
    /// Won. A won deal is always closed; an open deal marked closed counts as commit until it is won.
    case closed
    /// Left out of the forecast altogether (a deal kept for the record).
    case omitted

    /// The category of the stage at `index` in a pipeline of `count` stages when the stage names
    /// none: the last stage is commit, the one before it best case, earlier ones pipeline.
    public static func stageDefault(index: Int, count: Int) -> ForecastCategory {
        if index >= count - 1 { return .commit }
        if index == count - 2 { return .bestCase }
        return .pipeline
    }

    /// Reads what people type: "best-case", "best case", "bestcase", "Commit".
    public init?(text: String) {
        let key = text.lowercased().filter { $0.isLetter }
        guard let match = Self.allCases.first(where: { $0.rawValue.filter(\.isLetter) == key }) else { return nil }
        self = match
    }
}

extension Settings {
    /// The stage's own category, else its default by position (`ForecastCategory.stageDefault`).
    public func forecastCategory(ofStageAt index: Int) -> ForecastCategory {
        guard pipeline.indices.contains(index) else { return .pipeline }
        return pipeline[index].forecastCategory ?? ForecastCategory.stageDefault(index: index, count: pipeline.count)
    }
}

extension Opportunity {
    /// The category the forecast counts this deal in: closed when won, omitted when lost, else
    /// the deal's own override, else its stage's (`stageIndex`: the stage it was in on the
    /// report's day; nil for a stage not in the pipeline, which counts as pipeline). An open
    /// deal marked closed is not won yet: it counts as commit.
    public func forecastCategory(in settings: Settings, stageIndex: Int?) -> ForecastCategory {
        switch status {
        case .won: return .closed
        case .lost: return .omitted
        case .open:
            let category = forecastCategory ?? stageIndex.map { settings.forecastCategory(ofStageAt: $0) } ?? .pipeline
            return category == .closed ? .commit : category
        }
    }
}
