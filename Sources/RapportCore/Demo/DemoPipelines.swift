/// The demo's second pipeline: the large book (the benchmark's) has renewals beside new
/// business, so its figures include a second pipeline; the small book keeps one, as before.
enum DemoPipelines {
    static let renewals = Pipeline(id: "renewals", name: "Renewals", stages: [
        PipelineStage(id: "renewal-due", name: "Renewal due", probability: 50, rottingDays: 30),
        PipelineStage(id: "renewal-quoted", name: "Renewal quoted", probability: 75, rottingDays: 21),
        PipelineStage(id: "renewal-agreed", name: "Renewal agreed", probability: 90, rottingDays: 14),
    ])

    static func pipelines(for size: DemoSize) -> [Pipeline] {
        size == .large ? [Pipeline.standard(), renewals] : [Pipeline.standard()]
    }

    /// Every fourth deal of a book with two pipelines is a renewal, without drawing from the
    /// random stream.
    static func pipeline(forDeal number: Int, in pipelines: [Pipeline]) -> Pipeline? {
        guard pipelines.count > 1, number % 4 == 3 else { return pipelines.first }
        return pipelines[1]
    }
}
