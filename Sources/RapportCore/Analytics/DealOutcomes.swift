/// Win rate and sales cycle, defined once: the funnel (over the deals created in its period) and
/// the KPIs (over the deals closed in theirs) both tally their deals here, so the two can only
/// differ by which deals they look at, which each says where it shows the number.
struct DealOutcomes {
    private(set) var won = 0
    private(set) var lost = 0
    private var cycleDays = 0
    private var cycleCount = 0

    /// Counts a deal as it stood on the report's day; open deals count for neither.
    mutating func add(_ snapshot: DealSnapshot) {
        switch snapshot.status {
        case .won:
            won += 1
            if let days = Self.salesCycleDays(snapshot) {
                cycleDays += days
                cycleCount += 1
            }
        case .lost: lost += 1
        case .open: break
        }
    }

    /// won / (won + lost); nil when none closed.
    var winRate: Double? { ReportMath.ratio(won, won + lost) }

    /// Mean sales cycle of the won deals, in days; nil when none was won.
    var averageSalesCycleDays: Double? { ReportMath.ratio(cycleDays, cycleCount) }

    /// Days from the creation day to the winning day, for a won deal; nil otherwise (or when a
    /// hand-edited deal has no closing instant).
    static func salesCycleDays(_ snapshot: DealSnapshot) -> Int? {
        guard snapshot.status == .won, let closed = snapshot.closedDay else { return nil }
        return snapshot.createdDay.days(until: closed)
    }
}
