extension Messages {
    // Keys of the Reports view (help, hints, README).
    public static let reportsKeyNextReport = Message("reports.key.nextReport", "Next report")
    public static let reportsKeyPreviousReport = Message("reports.key.previousReport", "Previous report")
    public static let reportsHintNextPreviousReport = Message("reports.hint.nextPreviousReport", "Next/previous report")
    public static let reportsKeyEarlierPeriod = Message("reports.key.earlierPeriod", "Earlier period")
    public static let reportsKeyLaterPeriod = Message("reports.key.laterPeriod", "Later period")
    public static let reportsHintEarlierLaterPeriod = Message("reports.hint.earlierLaterPeriod", "Earlier/later period")

    // Periods and months not over as of the report's day (`PeriodCompleteness`).
    public static let reportsPartialPeriod = Message(
        "reports.partialPeriod", "Partial period: {days} of {total} days so far, to {asOf} (it ends {to}).")
    public static let reportsPartialMonth = Message(
        "reports.partialMonth", "{mark} {month} is not over (to {asOf}): its figures are so far.")
    public static let reportsRetentionPartialMonth = Message(
        "reports.retention.partialMonth",
        "{mark} {month} is not over (to {asOf}): its cells are so far, muted, and left out of the average curve.")
    public static let reportsKPIPartial = Message(
        "reports.kpi.partial", "Now is partial: {days} of {total} days, to {asOf}, against a whole period before.")

    // Where two reports show a figure of the same name over different deals or moments.
    public static let reportsFunnelWinRate = Message(
        "reports.funnel.winRate",
        "Win rate = won / (won + lost), over the deals created in the period (the KPIs': deals closed in it).")
    public static let reportsKPIDefinitions = Message(
        "reports.kpi.definitions",
        "Win rate and sales cycle: deals closed in the period (the funnel's: deals created in it). Overdue tasks: "
            + "at the end of {day}, by the agenda's rule (the agenda counts at this moment).")

    static var reportsMessages: [Message] {
        [reportsKeyNextReport, reportsKeyPreviousReport, reportsHintNextPreviousReport, reportsKeyEarlierPeriod,
         reportsKeyLaterPeriod, reportsHintEarlierLaterPeriod, reportsPartialPeriod, reportsPartialMonth,
         reportsRetentionPartialMonth, reportsKPIPartial, reportsFunnelWinRate, reportsKPIDefinitions]
    }
}
