import Foundation

/// An opportunity as it stood at the end of one day: its status, the stage it was in and the
/// furthest stage it had entered. Reports read deals through this, so a report "as of" a past
/// day does not see what happened after it (a deal won later was still open then).
///
/// The amount is the deal's current amount: amount changes are not recorded in the history.
struct DealSnapshot {
    let createdDay: LocalDate
    /// The status at the end of the day: a deal closed after it was still open.
    let status: OpportunityStatus
    /// The day it was won or lost; nil while open.
    let closedDay: LocalDate?
    /// Position of the stage it was in, in the first pipeline (reports scope the book to one,
    /// see `PipelineScope`); nil for a stage not in it.
    let stageIndex: Int?
    /// Pipeline position of the furthest stage it had entered (its history up to the day and
    /// its current stage); nil when none of them is in the pipeline.
    let furthestStageIndex: Int?

    /// Nil for a deal created after `day`: it did not exist yet.
    init?(_ deal: Opportunity, on day: LocalDate, settings: Settings, days: DayConverter) {
        let createdDay = days.day(of: deal.createdAt)
        guard createdDay <= day else { return nil }
        self.createdDay = createdDay
        let closedDay = deal.closedAt.map { days.day(of: $0) }
        if deal.status != .open, closedDay.map({ $0 <= day }) ?? true {
            // A closed deal with no closing instant (hand-edited data) counts as closed.
            status = deal.status
            self.closedDay = closedDay
        } else {
            status = .open
            self.closedDay = nil
        }
        var furthest: Int?
        var stageThen: String?
        for entry in deal.stageHistory where days.day(of: entry.enteredAt) <= day {
            stageThen = entry.stageID
            if let index = settings.defaultPipeline.stageIndex(id: entry.stageID) { furthest = max(furthest ?? index, index) }
        }
        // A closed deal keeps the stage it closed in; an open one is where its history says.
        let stage = status == .open ? (stageThen ?? deal.stageID) : deal.stageID
        let index = settings.defaultPipeline.stageIndex(id: stage)
        if let index { furthest = max(furthest ?? index, index) }
        stageIndex = index
        furthestStageIndex = furthest
    }

    var isOpen: Bool { status == .open }
}

extension Money {
    /// The minor units when the amount is in `currency`, else nil (left out of sums and counted).
    func minorUnits(in currency: CurrencyCode) -> Int64? { self.currency == currency ? minorUnits : nil }
}

/// Money in a report: exact minor units for the program, major units for JSON readers.
public struct ReportMoney: Hashable, Sendable, Encodable {
    public let minorUnits: Int64
    public let currency: CurrencyCode

    public init(minorUnits: Int64, currency: CurrencyCode) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public var money: Money { Money(minorUnits: minorUnits, currency: currency) }
    /// The amount in major units (12345.5 for 1,234,550 cents): what the JSON holds.
    public var major: Double { money.majorValue }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(major)
    }
}
