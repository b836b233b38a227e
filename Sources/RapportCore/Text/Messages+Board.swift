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

    // The board with no card to show.
    public static let boardEmptyBook = Message("board.empty.book", "No deals yet: n adds the first one")
    public static let boardEmptyFilter = Message("board.empty.filter", "No deal matches \"{filter}\": Esc clears the filter")

    // `a`: an interaction with the deal's contact, in the contacts' form.
    public static let boardKeyLogInteraction = Message("board.key.logInteraction", "Log a call, email… with the contact")
    public static let boardLogInteractionTitle = Message("board.logInteraction.title", "Log an interaction: {contact}")
    public static let boardNoContactToLog = Message("board.logInteraction.noContact", "{deal} has no contact: e sets one")
    public static let boardPaneHints = Message(
        "board.pane.hints",
        "Esc close · e edit · o offer · t task · x done · a log · N notes · c contact · C company · <> stage · W won · L lost · R reopen · D delete")

    static var boardMessages: [Message] {
        [boardFooterScopeAll, boardFooterScopeFiltered, boardFooterOpen, boardFooterFull, boardFooterCompact,
         boardFooterShort, boardFooterTiny, boardEmptyBook, boardEmptyFilter,
         boardKeyLogInteraction, boardLogInteractionTitle, boardNoContactToLog, boardPaneHints]
    }
}
