/// One sales process with its own stages (new business, renewals, partnerships…). A deal belongs
/// to one (`Opportunity.pipelineID`). Stage ids are unique across all the book's pipelines, so a
/// deal's stage history names its stages unambiguously after it moves between pipelines.
public struct Pipeline: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var stages: [PipelineStage]

    public init(id: String, name: String, stages: [PipelineStage]) {
        self.id = id
        self.name = name
        self.stages = stages
    }

    /// What a book written before several pipelines has: its one stage list, under this id.
    public static let defaultID = "default"
    public static let defaultName = "Pipeline"

    public static func standard(stages: [PipelineStage] = PipelineStage.defaults) -> Pipeline {
        Pipeline(id: defaultID, name: defaultName, stages: stages)
    }

    public func stage(id: String) -> PipelineStage? { stages.first { $0.id == id } }

    public func stageIndex(id: String) -> Int? { stages.firstIndex { $0.id == id } }

    /// A stage by id or name, ignoring case: what users type on the command line.
    public func stage(named text: String) -> PipelineStage? {
        let key = text.lowercased()
        return stages.first { $0.id.lowercased() == key || $0.name.lowercased() == key }
    }
}
