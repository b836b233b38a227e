import Foundation
import RapportCanvas
import RapportCore

/// One column of the board: an open stage with its cards, or the Won/Lost summary.
struct BoardColumn: Sendable {
    enum Kind: Hashable, Sendable {
        /// Position of the stage in the pipeline shown.
        case stage(Int)
        case won
        case lost
    }

    var kind: Kind
    var title: String
    var stage: PipelineStage?
    /// The cards shown, filtered and sorted. For Won/Lost: the closed deals, latest first.
    var cards: [OpportunityID]
    /// Sum of the cards' amounts in the book's base currency, other currencies converted.
    var total: Money
    /// Sum of amount × probability (the forecast).
    var weighted: Money
    /// Cards in another currency with no rate to the base, left out of the sums and counted.
    var otherCurrencyCount = 0
    /// True when converted amounts are in the sums: they are shown with `≈`.
    var isApproximate = false

    var isStage: Bool { if case .stage = kind { return true } else { return false } }
}

/// The footer's figures: the open pipeline and this month's outcomes, of the cards shown (the
/// whole book without a filter, the matching deals with one).
struct BoardTotals: Hashable, Sendable {
    /// True when a filter chose the deals counted: the footer says so.
    var isFiltered = false
    var openCount = 0
    var openTotal: Money
    var weighted: Money
    var wonThisMonth = 0
    var wonThisMonthTotal: Money
    var lostThisMonth = 0
    /// True when converted amounts are in the open totals: they are shown with `≈`.
    var isApproximate = false
    var wonIsApproximate = false
    /// Open deals with no rate to the base currency, left out of the open totals.
    var openWithoutRate = 0
}

/// The board as a pure function of the book, the filter, the sort and today: one column per
/// pipeline stage in the settings' order, then Won and Lost. Kept by `BoardCaches` on the
/// revisions of the tables it reads, so moving the focus costs nothing and only a change recomputes it.
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
        var pipelineID: String
        var filter: String
        var sort: BoardSort
        var month: String
        var timeZone: TimeZone

        init(_ book: Book, pipelineID: String?, filter: String, sort: BoardSort, clock: any Clock) {
            let filtering = !filter.allSatisfy(\.isWhitespace)
            opportunities = book.opportunities.revision
            activities = book.activities.revision
            contacts = filtering ? book.contacts.revision : 0
            companies = filtering ? book.companies.revision : 0
            settings = book.settings
            self.pipelineID = pipelineID ?? book.settings.defaultPipeline.id
            self.filter = filtering ? filter : ""
            self.sort = sort
            month = clock.today.monthKey
            timeZone = clock.timeZone
        }
    }

    /// The columns without keeping anything (`rapport list --view`, a saved view's rows); the
    /// board itself asks its caches (`BoardCaches.columns`).
    static func of(_ book: Book, pipelineID: String? = nil, filter: String, sort: BoardSort, clock: any Clock) -> BoardColumns {
        BoardColumns(book, pipelineID: pipelineID, filter: filter, sort: sort,
                     today: clock.today, timeZone: clock.timeZone, caches: BoardCaches())
    }

    /// The columns of one pipeline (`pipelineID`): its stages, then its won and lost deals.
    init(_ book: Book, pipelineID: String? = nil, filter: String, sort: BoardSort, today: LocalDate, timeZone: TimeZone,
         caches: BoardCaches = BoardCaches()) {
        let settings = book.settings
        let currency = settings.baseCurrency
        let converter = CurrencyConverter(settings)
        let pipeline = pipelineID.flatMap { settings.pipeline(id: $0) } ?? settings.defaultPipeline
        let stages = caches.stageIndex(book, pipelineID: pipeline.id)
        let activities = caches.activityIndex(book)
        let words = BoardSearchIndex.words(of: filter)
        let search = words.isEmpty ? nil : caches.searchIndex(book)
        func keep(_ id: OpportunityID) -> Bool { search?.matches(id, words: words) ?? true }

        var totals = BoardTotals(isFiltered: search != nil, openTotal: .zero(currency), weighted: .zero(currency),
                                 wonThisMonthTotal: .zero(currency))
        var columns: [BoardColumn] = []
        for (index, stage) in pipeline.stages.enumerated() {
            let rows = index < stages.openByStage.count ? stages.openByStage[index] : []
            var column = BoardColumn(kind: .stage(index), title: stage.name, stage: stage, cards: [],
                                     total: .zero(currency), weighted: .zero(currency))
            var keyed: [(key: Int64, id: OpportunityID)] = []
            keyed.reserveCapacity(rows.count)
            for row in rows {
                guard keep(row.id) else { continue }
                totals.openCount += 1
                // An open deal converts at the latest rate.
                if let value = BoardColumns.inBase(row, converter: converter, on: nil) {
                    totals.openTotal.minorUnits += value.amount
                    totals.weighted.minorUnits += value.weighted
                    column.total.minorUnits += value.amount
                    column.weighted.minorUnits += value.weighted
                    if row.amount.currency != currency { column.isApproximate = true; totals.isApproximate = true }
                } else {
                    column.otherCurrencyCount += 1
                    totals.openWithoutRate += 1
                }
                keyed.append((BoardColumns.sortKey(row, by: sort, activities: activities), row.id))
            }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            column.cards = keyed.map(\.id)
            columns.append(column)
        }

        // "This month" as an interval of instants, so each closed deal costs a comparison (a
        // time zone conversion per deal is slow with 15,000 closed deals).
        let monthStart = today.firstOfMonth.startOfDay(in: timeZone)
        let monthEnd = today.firstOfMonth.adding(months: 1).startOfDay(in: timeZone)
        let closingDays = DayConverter(converter.hasRates ? timeZone : BoardColumns.utc)
        for (kind, rows) in [(BoardColumn.Kind.won, stages.won), (.lost, stages.lost)] {
            var column = BoardColumn(kind: kind, title: kind == .won ? "Won" : "Lost", stage: nil, cards: [],
                                     total: .zero(currency), weighted: .zero(currency))
            column.cards.reserveCapacity(rows.count)
            for row in rows {
                guard keep(row.id) else { continue }
                // A closed deal converts at the rate of the day it closed; only those in another
                // currency need that day.
                let closedDay = row.amount.currency == currency ? nil : row.closedAt.map { closingDays.day(of: $0) }
                let value = BoardColumns.inBase(row, converter: converter, on: closedDay)
                let converted = value != nil && row.amount.currency != currency
                if let closedAt = row.closedAt, closedAt >= monthStart, closedAt < monthEnd {
                    if kind == .won {
                        totals.wonThisMonth += 1
                        if let value { totals.wonThisMonthTotal.minorUnits += value.amount }
                        if converted { totals.wonIsApproximate = true }
                    } else {
                        totals.lostThisMonth += 1
                    }
                }
                column.cards.append(row.id)
                if let value {
                    column.total.minorUnits += value.amount
                    if converted { column.isApproximate = true }
                } else {
                    column.otherCurrencyCount += 1
                }
            }
            columns.append(column)
        }
        self.columns = columns
        self.totals = totals
    }

    /// Without rates no closing day is asked for: UTC reads no time zone transitions.
    private static let utc = TimeZone(identifier: "UTC") ?? .current

    /// A deal's amount and weighted amount in the base currency; nil when no rate reaches it.
    static func inBase(_ row: DealRow, converter: CurrencyConverter, on day: LocalDate?) -> (amount: Int64, weighted: Int64)? {
        if row.amount.currency == converter.base { return (row.amount.minorUnits, row.weighted) }
        guard let amount = converter.convert(row.amount, on: day),
              let weighted = converter.convert(Money(minorUnits: row.weighted, currency: row.amount.currency), on: day)
        else { return nil }
        return (amount.minorUnits, weighted.minorUnits)
    }

    /// The key cards are sorted by (ascending; the id breaks ties, so the order is stable).
    static func sortKey(_ row: DealRow, by sort: BoardSort, activities: BoardActivityIndex) -> Int64 {
        switch sort {
        case .nextActivity:
            // No next step first: those deals need one.
            return activities.nextStep[row.id].map { Int64($0.sortKey) } ?? Int64.min
        case .amount:
            return -row.amount.minorUnits
        case .age:
            return row.enteredStage
        case .expectedClose:
            return row.expectedCloseDay.map { Int64($0) } ?? Int64.max
        }
    }
}
