import Foundation
import RapportCore

/// `rapport pipelines …`: list and edit the pipelines and their stages, move a deal to another
/// pipeline. The rules are `PipelineEditing`'s, the same as the board's.
enum PipelinesCommand {
    static let command = Command(
        name: "pipelines", summary: Messages.pipelinesCLISummary.text, usage: Messages.pipelinesCLIUsage.text,
        valueOptions: ["data", "id", "stages", "move-to", "stage", "probability", "rotting-days", "position"],
        flagOptions: ["json"]
    ) { arguments, context in
        let words = arguments.positionals
        switch (words.first, words.count) {
        case ("list"?, 1):
            return try list(BookAccess.load(context.dataDirectory(arguments)), arguments, context)
        case ("stages"?, 3) where words[2] == "list":
            let book = try BookAccess.load(context.dataDirectory(arguments))
            return try listStages(try refused { () throws(PipelineEditError) in try PipelineLookup.pipeline(words[1], in: book.settings) }, arguments, context)
        case ("stages"?, 2...):
            return try change(arguments, context) { book, now in
                try stages(Array(words.dropFirst()), arguments, &book, now)
            }
        case ("add"?, 2):
            return try change(arguments, context) { book, _ in
                let names = arguments.value("stages").map { $0.split(separator: ",").map(String.init) }
                let pipeline = try PipelineEditing.addPipeline(&book, name: words[1], id: arguments.value("id"), stageNames: names)
                return Messages.pipelinesAdded.text(["id": pipeline.id, "name": pipeline.name,
                                                     "stages": pipeline.stages.map(\.id).joined(separator: ", ")])
            }
        case ("rename"?, 3):
            return try change(arguments, context) { book, _ in
                let pipeline = try PipelineLookup.pipeline(words[1], in: book.settings)
                try PipelineEditing.renamePipeline(&book, pipeline.id, to: words[2])
                return Messages.pipelinesRenamed.text(["id": pipeline.id, "name": words[2]])
            }
        case ("remove"?, 2):
            return try change(arguments, context) { book, now in
                let pipeline = try PipelineLookup.pipeline(words[1], in: book.settings)
                let target = try arguments.value("move-to").map { text in
                    try PipelineLookup.pipeline(text, in: book.settings)
                }
                let moved = try PipelineEditing.removePipeline(&book, pipeline.id, moveTo: target?.id, at: now)
                return Messages.pipelinesRemoved.text(["name": pipeline.name, "count": moved, "target": target?.name ?? "-"])
            }
        case ("move-deal"?, 3):
            return try change(arguments, context) { book, now in
                let deal = try BookAccess.require(RecordLookup(book: book).opportunity(words[1]), "opportunity", words[1])
                let pipeline = try PipelineLookup.pipeline(words[2], in: book.settings)
                let stage = try arguments.value("stage").map { text in
                    try PipelineLookup.stage(text, in: pipeline)
                }
                try PipelineEditing.moveDeal(&book, deal.id, toPipeline: pipeline.id, stage: stage?.id, at: now)
                let moved = book.opportunities[deal.id] ?? deal
                return Messages.pipelinesDealMoved.text(["id": deal.id.rawValue, "pipeline": pipeline.name,
                                                         "stage": pipeline.stage(id: moved.stageID)?.name ?? moved.stageID])
            }
        default:
            throw UsageError(Messages.pipelinesCLIBadArguments.text)
        }
    }

    /// `stages PIPELINE add|rename|move|remove …`.
    private static func stages(_ words: [String], _ arguments: Arguments, _ book: inout Book,
                               _ now: Date) throws -> String {
        let pipeline = try PipelineLookup.pipeline(words[0], in: book.settings)
        switch (words.count > 1 ? words[1] : "", words.count) {
        case ("add", 3):
            let probability = try number(arguments.value("probability"), Messages.pipelinesProbability) ?? 0
            let rotting = try number(arguments.value("rotting-days"), Messages.pipelinesRotting)
            let position = try number(arguments.value("position"), Messages.pipelinesPosition,
                                      ["count": pipeline.stages.count + 1])
            let stage = try PipelineEditing.addStage(&book, pipeline: pipeline.id, name: words[2], probability: probability,
                                                     rottingDays: rotting, position: position)
            let index = (book.settings.pipeline(id: pipeline.id)?.stageIndex(id: stage.id) ?? 0) + 1
            return Messages.pipelinesStageAdded.text(["id": stage.id, "name": stage.name, "pipeline": pipeline.name,
                                                      "position": index])
        case ("rename", 4):
            let stage = try PipelineLookup.stage(words[2], in: pipeline)
            try PipelineEditing.renameStage(&book, stage.id, to: words[3])
            return Messages.pipelinesRenamed.text(["id": stage.id, "name": words[3]])
        case ("move", 4):
            let stage = try PipelineLookup.stage(words[2], in: pipeline)
            guard let position = Int(words[3]) else {
                throw PipelineEditError(Messages.pipelinesPosition, ["count": pipeline.stages.count, "value": words[3]])
            }
            try PipelineEditing.moveStage(&book, stage.id, to: position)
            return Messages.pipelinesStageMoved.text(["name": stage.name, "position": position, "pipeline": pipeline.name])
        case ("remove", 3):
            let stage = try PipelineLookup.stage(words[2], in: pipeline)
            let target = try arguments.value("move-to").map { text in
                try PipelineLookup.stage(text, in: pipeline)
            }
            let moved = try PipelineEditing.removeStage(&book, stage.id, moveTo: target?.id, at: now)
            return Messages.pipelinesRemoved.text(["name": stage.name, "count": moved, "target": target?.name ?? "-"])
        default:
            throw PipelineEditError(Messages.pipelinesCLIBadArguments)
        }
    }

    private static func number(_ text: String?, _ message: Message,
                               _ extra: [String: any CustomStringConvertible] = [:]) throws(PipelineEditError) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text) else { throw PipelineEditError(message, extra.merging(["value": text]) { $1 }) }
        return value
    }

    /// A refusal of the rules, as the command line reports a failure.
    private static func refused<T>(_ work: () throws(PipelineEditError) -> T) throws(CommandFailure) -> T {
        do { return try work() } catch { throw CommandFailure(error.description) }
    }

    /// Opens the book for writing, applies the change, saves it, prints what happened.
    private static func change(_ arguments: Arguments, _ context: CommandContext,
                               _ edit: (inout Book, Date) throws -> String) throws -> Int32 {
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        var changed = book
        let message: String
        do {
            message = try edit(&changed, clock.now)
        } catch let error as PipelineEditError {
            throw CommandFailure(error.description)
        }
        if changed != book { try BookAccess.save(changed, with: store) }
        Output.out(message)
        return 0
    }

    // MARK: Listing

    private struct PipelineRow: Encodable {
        let id: String
        let name: String
        let stages: [PipelineStage]
        let openDeals: Int
    }

    private static func list(_ book: Book, _ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        var open: [String: Int] = [:]
        for deal in book.opportunities.all where deal.status == .open { open[book.settings.pipelineID(of: deal), default: 0] += 1 }
        let rows = book.settings.pipelines.map { PipelineRow(id: $0.id, name: $0.name, stages: $0.stages, openDeals: open[$0.id] ?? 0) }
        if arguments.has("json") {
            Output.json(try JSONValueEncoder().encodeToBytes(rows) + [0x0A])
            return 0
        }
        let headers = [Messages.pipelinesCLIHeaderID.text, Messages.pipelinesCLIHeaderName.text,
                       Messages.pipelinesCLIHeaderStages.text, Messages.pipelinesCLIHeaderOpen.text]
        let cells = rows.map { [$0.id, $0.name, $0.stages.map(\.name).joined(separator: ", "), String($0.openDeals)] }
        Output.out(TextTable(headers: headers, rows: cells, keeps: 0).render(width: TextTable.terminalWidth(context.environment)))
        return 0
    }

    private static func listStages(_ pipeline: Pipeline, _ arguments: Arguments,
                                   _ context: CommandContext) throws -> Int32 {
        if arguments.has("json") {
            Output.json(try JSONValueEncoder().encodeToBytes(pipeline.stages) + [0x0A])
            return 0
        }
        let headers = [Messages.pipelinesCLIHeaderID.text, Messages.pipelinesCLIHeaderName.text,
                       Messages.pipelinesCLIHeaderProbability.text, Messages.pipelinesCLIHeaderRotting.text]
        let cells = pipeline.stages.map { [$0.id, $0.name, "\($0.probability)%", $0.rottingDays.map(String.init) ?? "-"] }
        Output.out(TextTable(headers: headers, rows: cells, keeps: 1).render(width: TextTable.terminalWidth(context.environment)))
        return 0
    }
}
