/// Sales velocity: how much money the pipeline brings in per day,
/// (open deals x average won deal value x win rate) / average sales cycle in days.
/// See docs/REPORTS.md ("Sales velocity") for which deals each input counts.
struct SalesVelocity {
    let openDeals: Int
    /// Minor units of the base currency, summed over `wonCount` won deals.
    let wonValue: Int64
    let wonCount: Int
    let winRate: Double?
    let cycleDays: Double?

    /// Minor units per day; nil when a won deal, a win rate or a non-zero cycle is missing.
    var perDay: Double? {
        guard wonCount > 0, let winRate, let cycleDays, cycleDays > 0 else { return nil }
        let averageWon = Double(wonValue) / Double(wonCount)
        return Double(openDeals) * averageWon * winRate / cycleDays
    }
}
