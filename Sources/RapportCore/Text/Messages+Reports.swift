extension Messages {
    // Keys of the Reports view (help, hints, README).
    public static let reportsKeyNextReport = Message("reports.key.nextReport", "Next report")
    public static let reportsKeyPreviousReport = Message("reports.key.previousReport", "Previous report")
    public static let reportsHintNextPreviousReport = Message("reports.hint.nextPreviousReport", "Next/previous report")
    public static let reportsKeyEarlierPeriod = Message("reports.key.earlierPeriod", "Earlier period")
    public static let reportsKeyLaterPeriod = Message("reports.key.laterPeriod", "Later period")
    public static let reportsHintEarlierLaterPeriod = Message("reports.hint.earlierLaterPeriod", "Earlier/later period")

    static var reportsMessages: [Message] {
        [reportsKeyNextReport, reportsKeyPreviousReport, reportsHintNextPreviousReport, reportsKeyEarlierPeriod,
         reportsKeyLaterPeriod, reportsHintEarlierLaterPeriod]
    }
}
