extension Messages {
    // The forecast by category and the targets, on the pipeline and KPI reports.
    public static let forecastMonthsHeading = Message("forecast.monthsHeading", "Forecast by category, per month")
    public static let forecastQuartersHeading = Message("forecast.quartersHeading", "Forecast by category, per quarter")
    public static let forecastPeriod = Message("forecast.period", "Period")
    public static let forecastClosed = Message("forecast.closed", "Closed")
    public static let forecastCommit = Message("forecast.commit", "Commit")
    public static let forecastBestCase = Message("forecast.bestCase", "Best case")
    public static let forecastPipeline = Message("forecast.pipeline", "Pipeline")
    public static let forecastWeighted = Message("forecast.weighted", "Weighted")
    public static let forecastTarget = Message("forecast.target", "Target")
    public static let forecastWonShare = Message("forecast.wonShare", "Won %")
    public static let forecastCommitShare = Message("forecast.commitShare", "Commit %")
    public static let forecastAttainmentHeading = Message("forecast.attainmentHeading", "Won against target")
    public static let forecastCategoriesNote = Message(
        "forecast.categoriesNote",
        "Cumulative: commit = closed + commit deals; best case = commit + best-case deals; pipeline = every open "
            + "deal not omitted. Open deals count by expected close, won deals by closing day.")
    public static let forecastAttainmentNote = Message(
        "forecast.attainmentNote",
        "{bar} won, {rest} the rest of the target. Won % = closed / target; commit % = commit / target.")
    public static let forecastNoTargets = Message(
        "forecast.noTargets", "No target is set for these periods (rapport targets set 2027-Q1 50000).")

    // The deal form's field.
    public static let forecastFormLabel = Message("forecast.form.label", "Forecast")
    public static let forecastFormPlaceholder = Message("forecast.form.placeholder", "stage's")
    public static let forecastFormProblem = Message("forecast.form.problem", "Blank for the stage's, or one of: {choices}")

    // `rapport targets`.
    public static let targetsNone = Message("targets.none", "No targets set.")
    public static let targetsSet = Message("targets.set", "Target for {period}: {amount}.")
    public static let targetsRemoved = Message("targets.removed", "Target for {period} removed.")
    public static let targetsNotSet = Message("targets.notSet", "No target is set for {period}.")
    public static let targetsBadPeriod = Message(
        "targets.badPeriod", "\"{text}\" is not a month or a quarter: write 2027-01 or 2027-Q1.")

    public static let targetsNotPositive = Message("targets.notPositive", "a target is more than zero")
    public static let targetsWrongCurrency = Message(
        "targets.wrongCurrency", "a target is in the base currency {base}, not {currency}")
    public static let targetsTwice = Message("targets.twice", "more than one target for the period")

    static var forecastMessages: [Message] {
        [forecastMonthsHeading, forecastQuartersHeading, forecastPeriod, forecastClosed, forecastCommit,
         forecastBestCase, forecastPipeline, forecastWeighted, forecastTarget, forecastWonShare, forecastCommitShare,
         forecastAttainmentHeading, forecastCategoriesNote, forecastAttainmentNote, forecastNoTargets, targetsNone,
         targetsSet, targetsRemoved, targetsNotSet, targetsBadPeriod, forecastFormLabel, forecastFormPlaceholder,
         forecastFormProblem, targetsNotPositive, targetsWrongCurrency, targetsTwice]
    }
}
