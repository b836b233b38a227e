extension Settings {
    /// The first pipeline: the one deals without a `pipelineID` belong to.
    public var defaultPipeline: Pipeline { pipelines.first ?? Pipeline.standard(stages: []) }

    public func pipeline(id: String) -> Pipeline? { pipelines.first { $0.id == id } }

    /// A pipeline by id or name, ignoring case: what users type on the command line.
    public func pipeline(named text: String) -> Pipeline? {
        let key = text.lowercased()
        return pipelines.first { $0.id.lowercased() == key || $0.name.lowercased() == key }
    }

    /// The pipeline a deal belongs to: its own, or the first when it names none (or one since removed).
    public func pipeline(of deal: Opportunity) -> Pipeline {
        deal.pipelineID.flatMap { pipeline(id: $0) } ?? defaultPipeline
    }

    /// The id a deal's pipeline is known by, the first pipeline's when the deal names none.
    public func pipelineID(of deal: Opportunity) -> String { pipeline(of: deal).id }

    /// The pipeline holding a stage (ids are unique across pipelines).
    public func pipeline(holdingStage stageID: String) -> Pipeline? {
        pipelines.first { $0.stage(id: stageID) != nil }
    }

    /// Every stage id of every pipeline, to keep new ids unique across the book.
    public var allStageIDs: Set<String> { Set(pipelines.flatMap { $0.stages.map(\.id) }) }
}
