/// Finds pipelines and stages from what a person typed (an id or a name, any case).
public enum PipelineLookup {
    public static func pipeline(_ text: String, in settings: Settings) throws(PipelineEditError) -> Pipeline {
        guard let pipeline = settings.pipeline(named: text) else {
            throw PipelineEditError(Messages.pipelinesUnknown,
                                    ["name": text, "list": settings.pipelines.map(\.id).joined(separator: ", ")])
        }
        return pipeline
    }

    public static func stage(_ text: String, in pipeline: Pipeline) throws(PipelineEditError) -> PipelineStage {
        guard let stage = pipeline.stage(named: text) else {
            throw PipelineEditError(Messages.pipelinesUnknownStage, [
                "name": text, "pipeline": pipeline.name, "list": pipeline.stages.map(\.name).joined(separator: ", "),
            ])
        }
        return stage
    }

    /// An id made from a name ("Closed Won" -> "closed-won"), unique among `taken`: prefixed with
    /// `prefix` when the plain one is taken, then numbered.
    public static func newID(for name: String, prefix: String? = nil, taken: Set<String>) -> String {
        let slug = name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        let base = slug.isEmpty ? "stage" : slug
        var candidates = [base]
        if let prefix { candidates.append("\(prefix)-\(base)") }
        for candidate in candidates where !taken.contains(candidate) { return candidate }
        let last = candidates[candidates.count - 1]
        var number = 2
        while taken.contains("\(last)-\(number)") { number += 1 }
        return "\(last)-\(number)"
    }
}
