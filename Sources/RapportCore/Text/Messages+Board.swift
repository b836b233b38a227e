extension Messages {
    // The footer: the totals of the cards shown. {scope} says whether a filter chose them.
    public static let boardFooterScopeAll = Message("board.footer.scopeAll", "Pipeline")
    public static let boardFooterScopeFiltered = Message("board.footer.scopeFiltered", "Matching")
    public static let boardFooterOpen = Message("board.footer.open", "{count} open")
    public static let boardFooterFull = Message(
        "board.footer.full",
        "{scope} {total} ({open}) · weighted forecast {weighted} · this month: won {won} ({wonTotal}) · lost {lost}")
    public static let boardFooterCompact = Message(
        "board.footer.compact",
        "{scope} {compactTotal} ({open}) · weighted {compactWeighted} · this month: won {won} ({wonTotal}) · lost {lost}")
    public static let boardFooterShort = Message(
        "board.footer.short", "{scope} {compactTotal} · weighted {compactWeighted} · month: won {won}, lost {lost}")
    public static let boardFooterTiny = Message(
        "board.footer.tiny", "{scope} {compactTotal} · w {compactWeighted} · won {won} lost {lost}")

    // Beside the filter: how many deals match, and how many of them are open (the totals count those).
    public static let boardFilterOpenOf = Message("board.filter.openOf", "{open} open of {count} match",
                                                  plural: "{open} open of {count} matches")
    public static let boardFilterAllOpen = Message("board.filter.allOpen", "{count} open match", plural: "{count} open matches")

    // The pane of a won or lost deal: its close date and outcome, and only the keys that still apply.
    public static let boardPaneClosedLabel = Message("board.pane.closed.label", "Closed")
    public static let boardPaneClosedWon = Message("board.pane.closed.won", "Won on {date}")
    public static let boardPaneClosedLost = Message("board.pane.closed.lost", "Lost on {date}")
    public static let boardPaneClosedWonUndated = Message("board.pane.closed.wonUndated", "Won (date not recorded)")
    public static let boardPaneClosedLostUndated = Message("board.pane.closed.lostUndated", "Lost (date not recorded)")
    public static let boardPaneClosedToday = Message("board.pane.closed.today", "today")
    public static let boardPaneClosedDaysAgo = Message("board.pane.closed.daysAgo", "{count} day ago", plural: "{count} days ago")
    public static let boardPaneClosedExpected = Message("board.pane.closed.expected", "expected {date}")
    public static let boardPaneOffersNone = Message("board.pane.offers.none", "none")
    public static let boardPaneOpenTasksLeft = Message("board.pane.openTasksLeft", "Open tasks left")

    // A column with no card: the same words for a stage and for Won and Lost.
    public static let boardColumnEmpty = Message("board.column.empty", "No deals")

    // The board with no card to show.
    public static let boardEmptyBook = Message("board.empty.book", "No deals yet: n adds the first one")
    public static let boardEmptyFilter = Message("board.empty.filter", "No deal matches \"{filter}\": Esc clears the filter")

    // `a`: an interaction with the deal's contact, in the contacts' form.
    public static let boardKeyLogInteraction = Message("board.key.logInteraction", "Log a call, email… with the contact")
    public static let boardLogInteractionTitle = Message("board.logInteraction.title", "Log an interaction: {contact}")
    public static let boardNoContactToLog = Message("board.logInteraction.noContact", "{deal} has no contact: e sets one")
    // The card symbols (`CardMarker`): the legend line and the `?` overlay.
    public static let boardLegendTitle = Message("board.legend.title", "Card symbols")
    public static let boardMarkerOverdueShort = Message("board.marker.overdue.short", "overdue")
    public static let boardMarkerPastCloseShort = Message("board.marker.pastClose.short", "past close")
    public static let boardMarkerNoNextStepShort = Message("board.marker.noNextStep.short", "no next step")
    public static let boardMarkerRottingShort = Message("board.marker.rotting.short", "rotting")
    public static let boardMarkerDueTodayShort = Message("board.marker.dueToday.short", "due today")
    public static let boardMarkerOverdue = Message("board.marker.overdue", "The next step is overdue")
    public static let boardMarkerPastClose = Message("board.marker.pastClose", "Open past its expected close date (e sets one)")
    public static let boardMarkerNoNextStep = Message("board.marker.noNextStep", "No next step planned (t plans one)")
    public static let boardMarkerRotting = Message("board.marker.rotting", "Rotting: idle longer than its stage allows")
    public static let boardMarkerRottingDays = Message("board.marker.rottingDays", "Days in the stage; ~12d: rotting")
    public static let boardMarkerDueToday = Message("board.marker.dueToday", "The next step is due today")
    public static let boardLegendHide = Message("board.legend.hide", "Esc hides")
    public static let boardKeyBack = Message("board.key.back", "Close the pane / clear the filter / hide the legend")
    // Words on a card where they fit, instead of the symbols.
    public static let boardCardRotting = Message("board.card.rotting", "rotting {days}d")
    public static let boardCardPastClose = Message("board.card.pastClose", "close passed")
    public static let boardPanePastClose = Message("board.pane.pastClose", "the expected close date has passed: e sets a new one")

    // Closing a deal: its open tasks, and who won it when a competitor did.
    public static let boardCloseTasksTitle = Message("board.closeTasks.title", "Open tasks")
    public static let boardCloseTasksQuestion = Message(
        "board.closeTasks.question", "{deal} has an open task: \"{task}\". Close it too?",
        plural: "{deal} has {count} open tasks, the next: \"{task}\". Close them too?")
    public static let boardCloseTasksConfirm = Message("board.closeTasks.confirm", "Close", plural: "Close them")
    public static let boardCloseTasksKeep = Message("board.closeTasks.keep", "Keep", plural: "Keep them")
    public static let boardClosedTasks = Message("board.closeTasks.done", "{label}, its open task closed",
                                                 plural: "{label}, its {count} open tasks closed")
    public static let boardCompetitorTitle = Message("board.competitor.title", "Lost to which competitor? {deal}")
    public static let boardCompetitorLabel = Message("board.competitor.label", "Who")
    public static let boardCompetitorPlaceholder = Message("board.competitor.placeholder", "type a name")
    public static let boardCompetitorNew = Message("board.competitor.new", "new name")
    public static let boardCompetitorEmpty = Message("board.competitor.empty", "Type the competitor's name")
    public static let boardLostTo = Message("board.lostTo", "Lost to")
    public static let boardLostToLabel = Message("board.lostTo.label", "{label} ({competitor})")
    public static let reportLostToCompetitor = Message("report.lost.competitor", "Lost to")

    // `n` naming a contact or company the book does not have yet: made with the deal.
    public static let boardCreatedWithCompany = Message("board.created.newCompany", "Created {deal} with the new company {company}")
    public static let boardCreatedWithContact = Message("board.created.newContact", "Created {deal} with the new contact {contact}")
    public static let boardCreatedWithContactAndCompany = Message(
        "board.created.newContactAndCompany", "Created {deal} with the new contact {contact} at the new company {company}")
    public static let boardEditedWithCompany = Message("board.edited.newCompany", "Edited {deal}: new company {company}")
    public static let boardEditedWithContact = Message("board.edited.newContact", "Edited {deal}: new contact {contact}")
    public static let boardEditedWithContactAndCompany = Message(
        "board.edited.newContactAndCompany", "Edited {deal}: new contact {contact} at the new company {company}")

    // The pane's hint line: a word for each key, the keys from the board's keymap.
    public static let boardPaneHintClose = Message("board.pane.hint.close", "close")
    public static let boardPaneHintEdit = Message("board.pane.hint.edit", "edit")
    public static let boardPaneHintOffer = Message("board.pane.hint.offer", "offer")
    public static let boardPaneHintTask = Message("board.pane.hint.task", "task")
    public static let boardPaneHintDone = Message("board.pane.hint.done", "done")
    public static let boardPaneHintLog = Message("board.pane.hint.log", "log")
    public static let boardPaneHintNotes = Message("board.pane.hint.notes", "notes")
    public static let boardPaneHintContact = Message("board.pane.hint.contact", "contact")
    public static let boardPaneHintCompany = Message("board.pane.hint.company", "company")
    public static let boardPaneHintStage = Message("board.pane.hint.stage", "stage")
    public static let boardPaneHintWon = Message("board.pane.hint.won", "won")
    public static let boardPaneHintLost = Message("board.pane.hint.lost", "lost")
    public static let boardPaneHintReopen = Message("board.pane.hint.reopen", "reopen")
    public static let boardPaneHintDelete = Message("board.pane.hint.delete", "delete")

    static var boardMessages: [Message] {
        [boardCreatedWithCompany, boardCreatedWithContact, boardCreatedWithContactAndCompany, boardEditedWithCompany,
         boardEditedWithContact, boardEditedWithContactAndCompany,
         boardPaneHintClose, boardPaneHintEdit, boardPaneHintOffer, boardPaneHintTask, boardPaneHintDone, boardPaneHintLog,
         boardPaneHintNotes, boardPaneHintContact, boardPaneHintCompany, boardPaneHintStage, boardPaneHintWon, boardPaneHintLost,
         boardPaneHintReopen, boardPaneHintDelete,
         boardFooterScopeAll, boardFooterScopeFiltered, boardFooterOpen, boardFooterFull, boardFooterCompact,
         boardFooterShort, boardFooterTiny, boardFilterOpenOf, boardFilterAllOpen, boardColumnEmpty, boardPaneClosedLabel, boardPaneClosedWon, boardPaneClosedLost,
         boardPaneClosedWonUndated, boardPaneClosedLostUndated, boardPaneClosedToday, boardPaneClosedDaysAgo,
         boardPaneClosedExpected, boardPaneOffersNone, boardPaneOpenTasksLeft, boardEmptyBook, boardEmptyFilter,
         boardKeyLogInteraction, boardLogInteractionTitle, boardNoContactToLog,
         boardLegendTitle, boardMarkerOverdueShort, boardMarkerPastCloseShort, boardMarkerNoNextStepShort,
         boardMarkerRottingShort, boardMarkerDueTodayShort, boardMarkerOverdue, boardMarkerPastClose, boardMarkerNoNextStep,
         boardMarkerRotting, boardMarkerRottingDays, boardMarkerDueToday, boardLegendHide, boardCardRotting,
         boardCardPastClose, boardPanePastClose, boardKeyBack,
         boardCloseTasksTitle, boardCloseTasksQuestion, boardCloseTasksConfirm, boardCloseTasksKeep, boardClosedTasks,
         boardCompetitorTitle, boardCompetitorLabel, boardCompetitorPlaceholder, boardCompetitorNew, boardCompetitorEmpty,
         boardLostTo, boardLostToLabel, reportLostToCompetitor]
    }
}
