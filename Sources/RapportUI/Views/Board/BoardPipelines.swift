import RapportCore
import RapportCanvas

/// The board with several pipelines: which one is shown (`]`/`[`, the palette), and `P`, which
/// moves a deal into a stage of another pipeline. With one pipeline nothing here shows.
enum BoardPipelines {
    /// "Renewals (2/2)" for the footer when the book has several pipelines; nil with one.
    static func footerName(_ shown: Pipeline, _ settings: Settings) -> String? {
        guard settings.pipelines.count > 1 else { return nil }
        let position = (settings.pipelines.firstIndex { $0.id == shown.id } ?? 0) + 1
        return Messages.pipelinesBoardShown.text(["name": shown.name, "position": position, "count": settings.pipelines.count])
    }

    /// The pipeline `step` places after the shown one, wrapping around.
    static func pipeline(after shown: Pipeline, by step: Int, in settings: Settings) -> Pipeline {
        let all = settings.pipelines
        guard let index = all.firstIndex(where: { $0.id == shown.id }), !all.isEmpty else { return shown }
        return all[((index + step) % all.count + all.count) % all.count]
    }

    /// Every stage of every other pipeline as "Pipeline › Stage", the `P` picker's choices.
    static func destinations(for deal: Opportunity, in settings: Settings) -> [(label: String, pipeline: String, stage: String)] {
        let own = settings.pipelineID(of: deal)
        return settings.pipelines.filter { $0.id != own }.flatMap { pipeline in
            pipeline.stages.map { ("\(pipeline.name) › \($0.name)", pipeline.id, $0.id) }
        }
    }

    /// The palette's "Board: show pipeline NAME" entries, when the book has several pipelines.
    static func paletteCommands(_ state: AppState) -> [PaletteCommand] {
        let pipelines = state.book.settings.pipelines
        guard pipelines.count > 1 else { return [] }
        return pipelines.map {
            PaletteCommand(title: Messages.pipelinesBoardShow.text(["name": $0.name]), keyLabel: "",
                           action: .board(.showPipeline($0.id)), view: .board)
        }
    }
}

extension BoardScreen {
    static func performPipeline(_ action: BoardAction, state: inout BoardState, context: inout BoardContext) -> [Effect] {
        let settings = context.book.settings
        switch action {
        case .nextPipeline, .previousPipeline:
            guard settings.pipelines.count > 1 else {
                context.show(Messages.pipelinesBoardOnlyOne.text, severity: .warning)
                return []
            }
            let next = BoardPipelines.pipeline(after: state.shownPipeline(settings), by: action == .nextPipeline ? 1 : -1,
                                               in: settings)
            show(next.id, state: &state)
        case .showPipeline(let id):
            guard settings.pipeline(id: id) != nil else { return [] }
            show(id, state: &state)
        case .moveToPipeline:
            guard let id = target(state, context), let deal = context.book.opportunities[id] else { return nothingFocused(&context) }
            guard settings.pipelines.count > 1 else {
                context.show(Messages.pipelinesBoardOnlyOne.text, severity: .warning)
                return []
            }
            guard deal.status == .open else {
                context.show(Messages.pipelinesDealClosed.text(["id": deal.title, "status": deal.status.rawValue]), severity: .warning)
                return []
            }
            let choices = BoardPipelines.destinations(for: deal, in: settings).map(\.label)
            state.modal = .movePipeline(ChoicePicker(opportunityID: id, choices: choices))
        default:
            break
        }
        return []
    }

    /// Shows another pipeline from its first column, the pane closed (its deal is elsewhere).
    private static func show(_ id: String, state: inout BoardState) {
        state.pipelineID = id
        state.focusedColumn = 0
        state.focusedRow = 0
        state.firstVisibleColumn = 0
        state.rowOffsets = [:]
        state.pane = nil
    }

    /// `P`'s choice made: the deal moves (one undoable change) and the board follows it there.
    static func movePipeline(_ id: OpportunityID, to choice: String, state: inout BoardState, context: inout BoardContext) {
        guard let deal = context.book.opportunities[id],
              let destination = BoardPipelines.destinations(for: deal, in: context.book.settings).first(where: { $0.label == choice }),
              let pipeline = context.book.settings.pipeline(id: destination.pipeline) else {
            context.show(Messages.pipelinesBoardMoveUnknown.text, severity: .warning)
            return
        }
        var changed = context.book
        do {
            try PipelineEditing.moveDeal(&changed, id, toPipeline: destination.pipeline, stage: destination.stage, at: context.now)
        } catch {
            context.show(error.description, severity: .warning)
            return
        }
        let stage = pipeline.stage(id: destination.stage)?.name ?? destination.stage
        context.commit(changed, label: Messages.pipelinesBoardMoved.text(["deal": deal.title, "pipeline": pipeline.name, "stage": stage]),
                       state: &state)
        // The board follows the deal into the pipeline it is in now.
        show(destination.pipeline, state: &state)
        focus(on: id, state: &state, context: context, clearingFilterIfHidden: true)
    }
}
