import Foundation

/// The deals that need a look today: open and rotting (idle longer than their stage allows), or
/// open past their expected close date. The rules live here so the board's card markers and
/// `rapport today` cannot disagree.
public enum DealAttention {
    public struct Flagged: Hashable, Sendable {
        public var opportunityID: OpportunityID
        public var isRotting: Bool
        public var isPastClose: Bool
        /// Whole days since the deal was last touched or entered its stage, whichever is later.
        public var idleDays: Int
    }

    /// An open deal expected to close before today: either it closed and nobody said so, or
    /// the date is wrong, and the forecast with it.
    public static func isPastClose(_ opportunity: Opportunity, today: LocalDate) -> Bool {
        guard opportunity.status == .open, let close = opportunity.expectedClose else { return false }
        return close < today
    }

    /// Pipedrive's rule, made precise: a deal is idle since the later of the moment it entered its
    /// current stage and its last done task or logged interaction (planned tasks do not count:
    /// planning is not doing). It rots when the whole days from that moment's date to today are
    /// more than the stage's rotting days. A stage without rotting days never rots.
    public static func isRotting(enteredStage: Date, lastTouch: Date?, rottingDays: Int?, today: LocalDate,
                                 timeZone: TimeZone) -> Bool {
        guard let rottingDays else { return false }
        return idleDays(enteredStage: enteredStage, lastTouch: lastTouch, today: today, timeZone: timeZone) > rottingDays
    }

    static func idleDays(enteredStage: Date, lastTouch: Date?, today: LocalDate, timeZone: TimeZone) -> Int {
        LocalDate(max(enteredStage, lastTouch ?? enteredStage), in: timeZone).days(until: today)
    }

    /// Each deal's latest done task or logged interaction.
    public static func lastTouches(_ activities: RecordTable<Activity>) -> [OpportunityID: Date] {
        var latest: [OpportunityID: Date] = [:]
        for activity in activities.all {
            guard let id = activity.opportunityID, let happened = activity.happenedAt else { continue }
            if let current = latest[id], current >= happened { continue }
            latest[id] = happened
        }
        return latest
    }

    /// Every open deal that rots or is past its close date, the longest idle first (then by id).
    public static func flagged(in book: Book, now: Date, timeZone: TimeZone) -> [Flagged] {
        let today = LocalDate(now, in: timeZone)
        let touches = lastTouches(book.activities)
        let flagged: [Flagged] = book.opportunities.sortedByID.compactMap { deal in
            guard deal.status == .open else { return nil }
            let entered = deal.enteredCurrentStageAt
            let rotting = isRotting(enteredStage: entered, lastTouch: touches[deal.id],
                                    rottingDays: book.settings.stage(id: deal.stageID)?.rottingDays, today: today, timeZone: timeZone)
            let pastClose = isPastClose(deal, today: today)
            guard rotting || pastClose else { return nil }
            return Flagged(opportunityID: deal.id, isRotting: rotting, isPastClose: pastClose,
                           idleDays: idleDays(enteredStage: entered, lastTouch: touches[deal.id], today: today, timeZone: timeZone))
        }
        return flagged.sorted { ($0.idleDays, $1.opportunityID) > ($1.idleDays, $0.opportunityID) }
    }
}
