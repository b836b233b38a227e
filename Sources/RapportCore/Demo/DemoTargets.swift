extension GenerationState {
    /// The large book's targets: each quarter from a year back to two quarters ahead, and each
    /// month of the current quarter, at a tenth above the average quarter won in the last year
    /// (rounded to a thousand). No random draw, so the records made after are unchanged; the
    /// small book has none, so its screens stay as they were.
    mutating func makeTargets() {
        guard size == .large else { return }
        let yearAgo = today.adding(months: -12)
        var wonLastYear: Int64 = 0
        for deal in book.opportunities.all where deal.status == .won && deal.amount.currency == euro {
            guard let closed = deal.closedAt.map({ day(of: $0) }), closed > yearAgo, closed <= today else { continue }
            wonLastYear += deal.amount.minorUnits
        }
        let thousand = Money.scale(euro) * 1_000
        let quarterTarget = max(thousand, (wonLastYear / 4 * 11 / 10) / thousand * thousand)
        let current = Month(today)
        for offset in stride(from: -12, through: 6, by: 3) {
            book.settings.setTarget(Money(minorUnits: quarterTarget, currency: euro),
                                    for: TargetPeriod.quarter(of: current.adding(offset)))
        }
        for month in TargetPeriod.quarter(of: current).months {
            book.settings.setTarget(Money(minorUnits: quarterTarget / 3 / thousand * thousand, currency: euro), for: .month(month))
        }
    }
}
