import RapportCore

enum CheckCommand {
    static let command = Command(
        name: "check", summary: "load the book, check every link and value, print a summary",
        usage: """
        Usage: rapport check [--data DIR]

        Reads every file of the book without changing anything (it works while the book is open
        elsewhere), checks that every link points to a record that exists and that stages and
        values are valid, and prints a summary. Exit 0 only when the book is clean.
        """,
        valueOptions: ["data"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.isEmpty else { throw UsageError("unexpected argument \(arguments.positionals[0])") }
        let directory = context.dataDirectory(arguments)
        let book: Book
        do {
            book = try BookStore.load(directory: directory)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        let problems = BookChecker.problems(in: book)
        Output.out("""
        \(directory)
          \(book.contacts.count) contacts, \(book.companies.count) companies, \(book.opportunities.count) opportunities
          \(book.activities.count) activities, \(book.purchases.count) purchases, \(book.surveys.count) survey answers
          \(book.campaigns.count) campaigns, \(book.tickets.count) tickets, \(book.templates.count) templates
          \(pipelineLines(book.settings))
        """)
        if problems.isEmpty {
            Output.out("no problems found")
            return 0
        }
        for problem in problems.prefix(200) { Output.error(problem.description) }
        if problems.count > 200 { Output.error("… and \(problems.count - 200) more") }
        Output.error("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        return 1
    }

    /// "pipeline: New 10%, …" as before with one pipeline; one line per pipeline, named, with several.
    static func pipelineLines(_ settings: Settings) -> String {
        func stages(_ pipeline: Pipeline) -> String { pipeline.stages.map { "\($0.name) \($0.probability)%" }.joined(separator: ", ") }
        guard settings.pipelines.count > 1 else { return "pipeline: " + stages(settings.defaultPipeline) }
        return settings.pipelines.map { Messages.pipelinesCheckLine.text(["name": $0.name, "stages": stages($0)]) }.joined(separator: "\n  ")
    }
}
