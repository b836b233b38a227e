import Foundation

/// The changes to a book's pipelines and stages, shared by the command line and the board. Each
/// is one change of the book; stages and pipelines are referred to by id (see `PipelineLookup`).
public enum PipelineEditing {
    /// Adds a pipeline at the end. Its stages' ids are made unique across the book.
    @discardableResult
    public static func addPipeline(_ book: inout Book, name: String, id: String? = nil,
                                   stageNames: [String]? = nil) throws(PipelineEditError) -> Pipeline {
        let name = try nonEmpty(name)
        var taken = book.settings.allStageIDs.union(book.settings.pipelines.map(\.id))
        let pipelineID = id ?? PipelineLookup.newID(for: name, taken: taken)
        guard !taken.contains(pipelineID) else { throw PipelineEditError(Messages.pipelinesIDTaken, ["id": pipelineID]) }
        taken.insert(pipelineID)
        let templates: [PipelineStage] = stageNames.map { names in
            names.map { PipelineStage(id: "", name: $0, probability: 0) }
        } ?? PipelineStage.defaults
        var stages: [PipelineStage] = []
        for template in templates {
            let stageName = try nonEmpty(template.name)
            let stageID = PipelineLookup.newID(for: stageName, prefix: pipelineID, taken: taken)
            taken.insert(stageID)
            stages.append(PipelineStage(id: stageID, name: stageName, probability: template.probability,
                                        rottingDays: template.rottingDays))
        }
        guard !stages.isEmpty else { throw PipelineEditError(Messages.pipelinesLastStage) }
        let pipeline = Pipeline(id: pipelineID, name: name, stages: stages)
        book.settings.pipelines.append(pipeline)
        return pipeline
    }

    public static func renamePipeline(_ book: inout Book, _ id: String, to name: String) throws(PipelineEditError) {
        let name = try nonEmpty(name)
        guard let index = book.settings.pipelines.firstIndex(where: { $0.id == id }) else { throw unknownPipeline(id, book) }
        book.settings.pipelines[index].name = name
    }

    /// Removes a pipeline; its deals go to the first stage of `moveTo`, refused without it when
    /// it holds any. Returns how many deals moved.
    @discardableResult
    public static func removePipeline(_ book: inout Book, _ id: String, moveTo: String?, at date: Date) throws(PipelineEditError) -> Int {
        guard let pipeline = book.settings.pipeline(id: id) else { throw unknownPipeline(id, book) }
        guard book.settings.pipelines.count > 1 else { throw PipelineEditError(Messages.pipelinesLastPipeline) }
        let deals = book.opportunities.all.filter { book.settings.pipelineID(of: $0) == id }
        if !deals.isEmpty {
            guard let moveTo else {
                throw PipelineEditError(Messages.pipelinesHoldsDeals, ["name": pipeline.name, "count": deals.count])
            }
            guard moveTo != id else { throw PipelineEditError(Messages.pipelinesMoveToSame) }
            guard let target = book.settings.pipeline(id: moveTo), let first = target.stages.first else {
                throw unknownPipeline(moveTo, book)
            }
            for var deal in deals {
                deal.move(toPipeline: target.id, stage: first.id, at: date)
                book.opportunities.upsert(deal)
            }
        }
        book.settings.pipelines.removeAll { $0.id == id }
        return deals.count
    }

    /// Adds a stage to a pipeline at `position` (1-based; the end when nil).
    @discardableResult
    public static func addStage(_ book: inout Book, pipeline id: String, name: String, probability: Int = 0,
                                rottingDays: Int? = nil, position: Int? = nil) throws(PipelineEditError) -> PipelineStage {
        let name = try nonEmpty(name)
        guard let index = book.settings.pipelines.firstIndex(where: { $0.id == id }) else { throw unknownPipeline(id, book) }
        try checkProbability(probability)
        if let rottingDays, rottingDays < 1 { throw PipelineEditError(Messages.pipelinesRotting, ["value": rottingDays]) }
        let count = book.settings.pipelines[index].stages.count
        let slot = try slotIndex(position ?? count + 1, count: count + 1)
        let taken = book.settings.allStageIDs.union(book.settings.pipelines.map(\.id))
        let stage = PipelineStage(id: PipelineLookup.newID(for: name, prefix: id, taken: taken), name: name,
                                  probability: probability, rottingDays: rottingDays)
        book.settings.pipelines[index].stages.insert(stage, at: slot)
        return stage
    }

    /// Renames a stage: deals and their histories keep its id, so nothing else changes.
    public static func renameStage(_ book: inout Book, _ stageID: String, to name: String) throws(PipelineEditError) {
        let name = try nonEmpty(name)
        let (pipeline, stage) = try locate(stageID, in: book)
        book.settings.pipelines[pipeline].stages[stage].name = name
    }

    /// Moves a stage to `position` (1-based) within its pipeline.
    public static func moveStage(_ book: inout Book, _ stageID: String, to position: Int) throws(PipelineEditError) {
        let (pipeline, stage) = try locate(stageID, in: book)
        let slot = try slotIndex(position, count: book.settings.pipelines[pipeline].stages.count)
        let moved = book.settings.pipelines[pipeline].stages.remove(at: stage)
        book.settings.pipelines[pipeline].stages.insert(moved, at: slot)
    }

    /// Removes a stage; its deals (open and closed) go to `moveTo`, a stage of the same pipeline,
    /// refused without it when it holds any. Their histories keep the removed stage's id.
    /// Returns how many deals moved.
    @discardableResult
    public static func removeStage(_ book: inout Book, _ stageID: String, moveTo: String?, at date: Date) throws(PipelineEditError) -> Int {
        let (pipeline, stage) = try locate(stageID, in: book)
        let stages = book.settings.pipelines[pipeline].stages
        guard stages.count > 1 else { throw PipelineEditError(Messages.pipelinesLastStage) }
        let deals = book.opportunities.all.filter { $0.stageID == stageID }
        if !deals.isEmpty {
            guard let moveTo else {
                throw PipelineEditError(Messages.pipelinesHoldsDeals, ["name": stages[stage].name, "count": deals.count])
            }
            guard moveTo != stageID else { throw PipelineEditError(Messages.pipelinesMoveToSame) }
            guard stages.contains(where: { $0.id == moveTo }) else {
                throw PipelineEditError(Messages.pipelinesUnknownStage, [
                    "name": moveTo, "pipeline": book.settings.pipelines[pipeline].name,
                    "list": stages.map(\.name).joined(separator: ", "),
                ])
            }
            for var deal in deals {
                deal.move(toStage: moveTo, at: date)
                book.opportunities.upsert(deal)
            }
        }
        book.settings.pipelines[pipeline].stages.remove(at: stage)
        return deals.count
    }

    /// Moves an open deal to another pipeline, into `stageID` (its first stage when nil). The
    /// history keeps every stage the deal was in.
    public static func moveDeal(_ book: inout Book, _ dealID: OpportunityID, toPipeline id: String, stage stageID: String?,
                                at date: Date) throws(PipelineEditError) {
        guard var deal = book.opportunities[dealID] else { return }
        guard deal.status == .open else {
            throw PipelineEditError(Messages.pipelinesDealClosed, ["id": deal.id.rawValue, "status": deal.status.rawValue])
        }
        guard let target = book.settings.pipeline(id: id) else { throw unknownPipeline(id, book) }
        guard let stage = stageID.map({ target.stage(id: $0) }) ?? target.stages.first else {
            throw PipelineEditError(Messages.pipelinesUnknownStage, [
                "name": stageID ?? "", "pipeline": target.name, "list": target.stages.map(\.name).joined(separator: ", "),
            ])
        }
        deal.move(toPipeline: target.id, stage: stage.id, at: date)
        book.opportunities.upsert(deal)
    }

    // MARK: Checks

    private static func nonEmpty(_ name: String) throws(PipelineEditError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw PipelineEditError(Messages.pipelinesNameEmpty) }
        return trimmed
    }

    private static func checkProbability(_ value: Int) throws(PipelineEditError) {
        guard (0...100).contains(value) else { throw PipelineEditError(Messages.pipelinesProbability, ["value": value]) }
    }

    private static func slotIndex(_ position: Int, count: Int) throws(PipelineEditError) -> Int {
        guard (1...max(count, 1)).contains(position) else {
            throw PipelineEditError(Messages.pipelinesPosition, ["count": count, "value": position])
        }
        return position - 1
    }

    private static func locate(_ stageID: String, in book: Book) throws(PipelineEditError) -> (pipeline: Int, stage: Int) {
        for (pipeline, candidate) in book.settings.pipelines.enumerated() {
            if let stage = candidate.stageIndex(id: stageID) { return (pipeline, stage) }
        }
        throw PipelineEditError(Messages.pipelinesUnknownStage, [
            "name": stageID, "pipeline": book.settings.defaultPipeline.name,
            "list": book.settings.allStageIDs.sorted().joined(separator: ", "),
        ])
    }

    private static func unknownPipeline(_ id: String, _ book: Book) -> PipelineEditError {
        PipelineEditError(Messages.pipelinesUnknown, ["name": id, "list": book.settings.pipelines.map(\.id).joined(separator: ", ")])
    }
}

extension Opportunity {
    /// Moves the deal into a stage of another pipeline, appending to its history; the same
    /// pipeline and stage is a no-op.
    public mutating func move(toPipeline pipelineID: String, stage stageID: String, at date: Date) {
        guard pipelineID != self.pipelineID || stageID != self.stageID else { return }
        self.pipelineID = pipelineID
        if stageID == self.stageID { updatedAt = date } else { move(toStage: stageID, at: date) }
    }
}
