extension Book {
    /// The book as one pipeline's report reads it: only that pipeline's deals, and settings with
    /// that pipeline alone (its stages are the report's stages). Nil for an unknown pipeline.
    public func scoped(toPipeline id: String) -> Book? {
        guard let pipeline = settings.pipeline(id: id) else { return nil }
        var scoped = self
        scoped.settings.pipelines = [pipeline]
        scoped.opportunities = RecordTable(opportunities.all.filter { settings.pipelineID(of: $0) == id })
        return scoped
    }

    /// Settings whose one pipeline is every pipeline's stages in order, so a report over all the
    /// deals finds each deal's stage and probability. The book itself when it has one pipeline.
    var withPipelinesCombined: Book {
        guard settings.pipelines.count > 1 else { return self }
        var combined = self
        combined.settings.pipelines = [Pipeline.standard(stages: settings.pipelines.flatMap(\.stages))]
        return combined
    }
}

extension Reports {
    /// One section of a per-pipeline report.
    public struct PipelineSection<Report> {
        public let pipelineID: String
        public let pipelineName: String
        public let report: Report
    }

    /// The report for each pipeline (`only`: that one alone), in the book's order.
    public static func perPipeline<Report>(_ book: Book, only: String? = nil,
                                          _ make: (Book) -> Report) -> [PipelineSection<Report>] {
        book.settings.pipelines.compactMap { pipeline in
            guard only == nil || only == pipeline.id, let scoped = book.scoped(toPipeline: pipeline.id) else { return nil }
            return PipelineSection(pipelineID: pipeline.id, pipelineName: pipeline.name, report: make(scoped))
        }
    }
}

extension Reports.PipelineSection: Sendable where Report: Sendable {}
extension Reports.PipelineSection: Encodable where Report: Encodable {}
