extension Messages {
    // Editing pipelines and stages (the CLI and the board).
    public static let pipelinesUnknown = Message("pipelines.unknown", "Unknown pipeline \"{name}\"; the pipelines are: {list}")
    public static let pipelinesUnknownStage = Message(
        "pipelines.unknownStage", "Unknown stage \"{name}\" in {pipeline}; its stages are: {list}")
    public static let pipelinesIDTaken = Message("pipelines.idTaken", "There is already a pipeline or stage with the id \"{id}\"")
    public static let pipelinesNameEmpty = Message("pipelines.nameEmpty", "A name cannot be empty")
    public static let pipelinesLastPipeline = Message("pipelines.lastPipeline", "A book keeps at least one pipeline")
    public static let pipelinesLastStage = Message("pipelines.lastStage", "A pipeline keeps at least one stage")
    public static let pipelinesHoldsDeals = Message(
        "pipelines.holdsDeals", "{name} holds {count} deals; say where they go with --move-to")
    public static let pipelinesMoveToSame = Message("pipelines.moveToSame", "The deals cannot move to the stage or pipeline being removed")
    public static let pipelinesProbability = Message("pipelines.probability", "A probability is a whole percent, 0 to 100, not \"{value}\"")
    public static let pipelinesRotting = Message("pipelines.rotting", "Rotting days are a whole number above 0, not \"{value}\"")
    public static let pipelinesPosition = Message("pipelines.position", "A position is 1 to {count}, not \"{value}\"")
    public static let pipelinesDealClosed = Message("pipelines.dealClosed", "{id} is {status}; only open deals move")
    public static let pipelinesOtherPipeline = Message(
        "pipelines.otherPipeline", "{stage} is a stage of {pipeline}; move the deal there with rapport pipelines move-deal")

    // Results.
    public static let pipelinesAdded = Message("pipelines.added", "{id}: pipeline {name} added, stages {stages}")
    public static let pipelinesRenamed = Message("pipelines.renamed", "{id} renamed to {name}")
    public static let pipelinesRemoved = Message("pipelines.removed", "{name} removed; {count} deals moved to {target}")
    public static let pipelinesStageAdded = Message("pipelines.stageAdded", "{id}: stage {name} added to {pipeline} at {position}")
    public static let pipelinesStageMoved = Message("pipelines.stageMoved", "{name} is now stage {position} of {pipeline}")
    public static let pipelinesDealMoved = Message("pipelines.dealMoved", "{id} moved to {pipeline}, {stage}")

    // The command line.
    public static let pipelinesCLISummary = Message(
        "pipelines.cli.summary", "list and edit the pipelines and their stages; move a deal to another pipeline")
    public static let pipelinesCLIUsage = Message("pipelines.cli.usage", """
        Usage: rapport pipelines list [--json] [--data DIR]
               rapport pipelines add NAME [--id ID] [--stages "A,B,C"]
               rapport pipelines rename PIPELINE NAME
               rapport pipelines remove PIPELINE [--move-to PIPELINE]
               rapport pipelines move-deal OPPORTUNITY PIPELINE [--stage STAGE]
               rapport pipelines stages PIPELINE list [--json]
               rapport pipelines stages PIPELINE add NAME [--probability N] [--rotting-days N] [--position N]
               rapport pipelines stages PIPELINE rename STAGE NAME
               rapport pipelines stages PIPELINE move STAGE POSITION
               rapport pipelines stages PIPELINE remove STAGE [--move-to STAGE]

        PIPELINE and STAGE are an id or a name. Removing a stage or a pipeline that holds deals needs
        --move-to: where they go (a deal's stage history keeps the stages it was in, by id).
        """)
    public static let pipelinesCLIHeaderID = Message("pipelines.cli.header.id", "ID")
    public static let pipelinesCLIHeaderName = Message("pipelines.cli.header.name", "NAME")
    public static let pipelinesCLIHeaderStages = Message("pipelines.cli.header.stages", "STAGES")
    public static let pipelinesCLIHeaderOpen = Message("pipelines.cli.header.open", "OPEN DEALS")
    public static let pipelinesCLIHeaderProbability = Message("pipelines.cli.header.probability", "PROBABILITY")
    public static let pipelinesCLIHeaderRotting = Message("pipelines.cli.header.rotting", "ROTTING DAYS")
    public static let pipelinesCLIBadArguments = Message("pipelines.cli.badArguments", "pipelines: unexpected arguments; see rapport help pipelines")

    // The board.
    public static let pipelinesBoardKeyNext = Message("pipelines.board.key.next", "Show the next pipeline")
    public static let pipelinesBoardKeyPrevious = Message("pipelines.board.key.previous", "Show the previous pipeline")
    public static let pipelinesBoardKeyMove = Message("pipelines.board.key.move", "Move the deal to another pipeline…")
    public static let pipelinesBoardShow = Message("pipelines.board.show", "Board: show pipeline {name}")
    public static let pipelinesBoardShown = Message("pipelines.board.shown", "{name} ({position}/{count})")
    public static let pipelinesBoardOnlyOne = Message(
        "pipelines.board.onlyOne", "The book has one pipeline; add one with rapport pipelines add NAME")
    public static let pipelinesBoardMoveTitle = Message("pipelines.board.move.title", "Move to a pipeline: {deal}")
    public static let pipelinesBoardMoveLabel = Message("pipelines.board.move.label", "Pipeline › stage")
    public static let pipelinesBoardMovePlaceholder = Message("pipelines.board.move.placeholder", "type to filter")
    public static let pipelinesBoardMoveUnknown = Message("pipelines.board.move.unknown", "Choose a pipeline and stage from the list")
    public static let pipelinesBoardMoved = Message("pipelines.board.moved", "Moved {deal} to {pipeline} › {stage}")

    public static let pipelinesPaneLabel = Message("pipelines.pane.label", "Pipeline")

    // rapport check.
    public static let pipelinesCheckIDTwice = Message("pipelines.check.idTwice", "pipeline id used twice")
    public static let pipelinesCheckNone = Message("pipelines.check.none", "the book has no pipeline")
    public static let pipelinesCheckUnknown = Message("pipelines.check.unknown", "pipeline \"{id}\" does not exist")

    public static let pipelinesCheckLine = Message("pipelines.check.line", "pipeline {name}: {stages}")

    // Reports.
    public static let pipelinesReportSection = Message("pipelines.report.section", "{title}: {pipeline}")

    static var pipelinesMessages: [Message] {
        [pipelinesUnknown, pipelinesUnknownStage, pipelinesIDTaken, pipelinesNameEmpty, pipelinesLastPipeline,
         pipelinesLastStage, pipelinesHoldsDeals, pipelinesMoveToSame, pipelinesProbability, pipelinesRotting,
         pipelinesPosition, pipelinesDealClosed, pipelinesOtherPipeline, pipelinesAdded, pipelinesRenamed,
         pipelinesRemoved, pipelinesStageAdded, pipelinesStageMoved, pipelinesDealMoved, pipelinesCLISummary,
         pipelinesCLIUsage, pipelinesCLIHeaderID, pipelinesCLIHeaderName, pipelinesCLIHeaderStages,
         pipelinesCLIHeaderOpen, pipelinesCLIHeaderProbability, pipelinesCLIHeaderRotting, pipelinesCLIBadArguments,
         pipelinesReportSection, pipelinesBoardKeyNext, pipelinesBoardKeyPrevious, pipelinesBoardKeyMove,
         pipelinesBoardShow, pipelinesBoardShown, pipelinesBoardOnlyOne, pipelinesBoardMoveTitle, pipelinesBoardMoveLabel,
         pipelinesBoardMovePlaceholder, pipelinesBoardMoveUnknown, pipelinesBoardMoved, pipelinesCheckIDTwice,
         pipelinesCheckNone, pipelinesCheckUnknown, pipelinesPaneLabel,
         pipelinesCheckLine]
    }
}
