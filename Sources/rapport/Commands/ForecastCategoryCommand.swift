import RapportCore

/// `rapport forecast-category`: where a stage's deals, or one deal, count in the forecast.
enum ForecastCategoryCommand {
    static let categories = "pipeline, best-case, commit, omitted"

    static let command = Command(
        name: "forecast-category", summary: "show or set the forecast category of the stages or of one deal",
        usage: """
        Usage: rapport forecast-category list [--json] [--data DIR]
               rapport forecast-category OPPORTUNITY CATEGORY|stage [--data DIR]
               rapport forecast-category --stage STAGE CATEGORY|default [--data DIR]

        CATEGORY is one of \(categories). A deal's own category wins over its stage's; "stage"
        gives the deal its stage's again. A stage without one: the last is commit, the one before
        best case, the others pipeline ("default" goes back to that). Won deals are closed, lost
        ones omitted, whatever is set.
        """,
        valueOptions: ["data", "stage"], flagOptions: ["json"]
    ) { arguments, context in
        let words = arguments.positionals
        if words == ["list"] { return try list(BookAccess.load(context.dataDirectory(arguments)), json: arguments.has("json")) }
        if let stageName = arguments.value("stage") {
            guard words.count == 1 else { throw UsageError("forecast-category --stage STAGE needs one CATEGORY") }
            let category = words[0] == "default" ? nil : try parse(words[0])
            let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
            defer { store.close() }
            let stage = try CommandValues.stage(stageName, in: book.settings)
            var changed = book
            guard let index = changed.settings.stageIndex(id: stage.id) else { throw CommandFailure("unknown stage \(stageName)") }
            changed.settings.pipeline[index].forecastCategory = category
            try BookAccess.save(changed, with: store)
            Output.out("\(stage.name): \(changed.settings.forecastCategory(ofStageAt: index).rawValue)")
            return 0
        }
        guard words.count == 2 else { throw UsageError("forecast-category needs an OPPORTUNITY and a CATEGORY, or list") }
        let category = words[1] == "stage" ? nil : try parse(words[1])
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var deal = try BookAccess.require(RecordLookup(book: book).opportunity(words[0]), "opportunity", words[0])
        if deal.forecastCategory != category {
            deal.forecastCategory = category
            deal.updatedAt = try context.clock().now
            var changed = book
            changed.opportunities.upsert(deal)
            try BookAccess.save(changed, with: store)
        }
        let stageIndex = book.settings.stageIndex(id: deal.stageID)
        Output.out("\(deal.id): \(deal.forecastCategory(in: book.settings, stageIndex: stageIndex).rawValue)"
                   + (category == nil ? " (its stage's)" : ""))
        return 0
    }

    static func parse(_ text: String) throws(UsageError) -> ForecastCategory {
        guard let category = ForecastCategory(text: text), category != .closed else {
            throw UsageError("a forecast category is one of \(categories), not \"\(text)\"")
        }
        return category
    }

    static func list(_ book: Book, json: Bool) throws(CommandFailure) -> Int32 {
        let settings = book.settings
        let rows = settings.pipeline.indices.map { index in
            (stage: settings.pipeline[index], category: settings.forecastCategory(ofStageAt: index))
        }
        if json {
            let value = JSONValue.array(rows.map { row in
                .object(["stageID": .string(row.stage.id), "stage": .string(row.stage.name),
                         "forecastCategory": .string(row.category.rawValue),
                         "isDefault": .bool(row.stage.forecastCategory == nil)])
            })
            do {
                try CommandOutput.write(try JSONWriter.write(value), to: nil)
            } catch {
                throw CommandFailure("cannot write the categories: \(error)")
            }
            return 0
        }
        let width = (rows.map(\.stage.name.count).max() ?? 0) + 2
        for row in rows {
            Output.out(row.stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + row.category.rawValue
                       + (row.stage.forecastCategory == nil ? " (by position)" : ""))
        }
        return 0
    }
}
