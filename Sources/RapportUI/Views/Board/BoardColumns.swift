import Foundation
import RapportCore

/// One column of the board: an open stage with its cards, or the Won/Lost summary.
struct BoardColumn: Sendable {
    enum Kind: Hashable, Sendable {
        /// Position of the stage in `Settings.pipeline`.
        case stage(Int)
        case won
        case lost
    }

    var kind: Kind
    var title: String
    var stage: PipelineStage?
    /// The cards shown, filtered and sorted. For Won/Lost: the closed deals, latest first.
    var cards: [OpportunityID]
    /// Sum of the cards' amounts in the book's currency.
    var total: Money
    /// Sum of amount × probability (the forecast).
    var weighted: Money
    /// Cards in another currency, left out of the sums (there is no exchange rate offline).
    var otherCurrencyCount = 0

    var isStage: Bool { if case .stage = kind { return true } else { return false } }
}

/// The footer's figures: the whole open pipeline (not only the filtered cards) and this month's
/// outcomes.
struct BoardTotals: Hashable, Sendable {
    var openCount = 0
    var openTotal: Money
    var weighted: Money
    var wonThisMonth = 0
    var wonThisMonthTotal: Money
    var lostThisMonth = 0
}

/// The board as a pure function of the book, the filter, the sort and today: one column per
/// pipeline stage in the settings' order, then Won and Lost. Memoised on the revisions of the
/// tables it reads, so moving the focus costs nothing and only a change recomputes it.
struct BoardColumns: Sendable {
    var columns: [BoardColumn]
    var totals: BoardTotals

    struct Key: Hashable, Sendable {
        var opportunities: Int
        var activities: Int
        /// Only when filtering: names matter then.
        var contacts: Int
        var companies: Int
        var settings: Settings
        var filter: String
        var sort: BoardSort
        var month: String
        var timeZone: TimeZone
    }

    private static let cache = MemoCache<Key, BoardColumns>()

    static func of(_ book: Book, filter: String, sort: BoardSort, clock: any Clock) -> BoardColumns {
        let today = clock.today
        let filtering = !filter.allSatisfy(\.isWhitespace)
        let key = Key(opportunities: book.opportunities.revision, activities: book.activities.revision,
                      contacts: filtering ? book.contacts.revision : 0, companies: filtering ? book.companies.revision : 0,
                      settings: book.settings, filter: filtering ? filter : "", sort: sort, month: today.monthKey,
                      timeZone: clock.timeZone)
        return cache.value(for: key) { BoardColumns(book, filter: filter, sort: sort, today: today, timeZone: clock.timeZone) }
    }

    init(_ book: Book, filter: String, sort: BoardSort, today: LocalDate, timeZone: TimeZone) {
        let settings = book.settings
        let currency = settings.defaultCurrency
        let stages = BoardStageIndex.of(book)
        let activities = BoardActivityIndex.of(book)
        let words = BoardSearchIndex.words(of: filter)
        let search = words.isEmpty ? nil : BoardSearchIndex.of(book)
        func keep(_ id: OpportunityID) -> Bool { search?.matches(id, words: words) ?? true }

        var totals = BoardTotals(openTotal: .zero(currency), weighted: .zero(currency), wonThisMonthTotal: .zero(currency))
        var columns: [BoardColumn] = []
        for (index, stage) in settings.pipeline.enumerated() {
            let all = index < stages.openByStage.count ? stages.openByStage[index] : []
            var opportunities: [Opportunity] = []
            opportunities.reserveCapacity(all.count)
            for id in all {
                guard let opportunity = book.opportunities[id] else { continue }
                totals.openCount += 1
                if opportunity.amount.currency == currency {
                    totals.openTotal.minorUnits += opportunity.amount.minorUnits
                    totals.weighted.minorUnits += opportunity.weightedAmount(in: settings).minorUnits
                }
                if keep(id) { opportunities.append(opportunity) }
            }
            var column = BoardColumn(kind: .stage(index), title: stage.name, stage: stage, cards: [],
                                     total: .zero(currency), weighted: .zero(currency))
            for opportunity in opportunities {
                if opportunity.amount.currency == currency {
                    column.total.minorUnits += opportunity.amount.minorUnits
                    column.weighted.minorUnits += opportunity.weightedAmount(in: settings).minorUnits
                } else {
                    column.otherCurrencyCount += 1
                }
            }
            column.cards = BoardColumns.sorted(opportunities, by: sort, activities: activities)
            columns.append(column)
        }

        let month = today.monthKey
        for (kind, ids) in [(BoardColumn.Kind.won, stages.won), (.lost, stages.lost)] {
            var column = BoardColumn(kind: kind, title: kind == .won ? "Won" : "Lost", stage: nil, cards: [],
                                     total: .zero(currency), weighted: .zero(currency))
            for id in ids {
                guard let opportunity = book.opportunities[id] else { continue }
                let closedThisMonth = opportunity.closedAt.map { LocalDate($0, in: timeZone).monthKey == month } ?? false
                if closedThisMonth {
                    if kind == .won {
                        totals.wonThisMonth += 1
                        if opportunity.amount.currency == currency { totals.wonThisMonthTotal.minorUnits += opportunity.amount.minorUnits }
                    } else {
                        totals.lostThisMonth += 1
                    }
                }
                guard keep(id) else { continue }
                column.cards.append(id)
                if opportunity.amount.currency == currency {
                    column.total.minorUnits += opportunity.amount.minorUnits
                } else {
                    column.otherCurrencyCount += 1
                }
            }
            columns.append(column)
        }
        self.columns = columns
        self.totals = totals
    }

    /// Sorts with precomputed keys (no dictionary lookups inside the comparison) and the id as a
    /// tie-break, so equal keys keep a stable, deterministic order.
    static func sorted(_ opportunities: [Opportunity], by sort: BoardSort, activities: BoardActivityIndex) -> [OpportunityID] {
        var keyed: [(key: Int64, id: OpportunityID)] = opportunities.map { opportunity in
            let key: Int64
            switch sort {
            case .nextActivity:
                // No next step first: those deals need one.
                key = activities.nextStep[opportunity.id].map { Int64($0.sortKey) } ?? Int64.min
            case .amount:
                key = -opportunity.amount.minorUnits
            case .age:
                key = Int64(opportunity.enteredCurrentStageAt.timeIntervalSince1970)
            case .expectedClose:
                key = opportunity.expectedClose.map { Int64($0.dayNumber) } ?? Int64.max
            }
            return (key, opportunity.id)
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        return keyed.map(\.id)
    }
}
