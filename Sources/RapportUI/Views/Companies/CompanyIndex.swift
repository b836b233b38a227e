import Foundation
import RapportCanvas
import RapportCore

/// Each company with its roll-ups (people, open pipeline, won value), computed in one pass over
/// the contacts and opportunities per change of the book.
struct CompanyIndex: Sendable {
    struct Row: Sendable {
        let company: Company
        let people: Int
        let openPipeline: Money
        let won: Money
        let candidates: [FuzzyCandidate]
    }

    struct Key: Equatable, Sendable {
        let companies: Int
        let contacts: Int
        let opportunities: Int
        /// The roll-ups are in the base currency, converted at the book's rates.
        let base: CurrencyCode
        let rates: [ExchangeRate]

        init(_ book: Book) {
            companies = book.companies.revision
            contacts = book.contacts.revision
            opportunities = book.opportunities.revision
            base = book.settings.baseCurrency
            rates = book.settings.rates
        }
    }

    let rows: [Row]

    init(book: Book) {
        let currency = book.settings.baseCurrency
        let converter = CurrencyConverter(book.settings)
        var people: [CompanyID: Int] = [:]
        for contact in book.contacts.all { if let id = contact.companyID { people[id, default: 0] += 1 } }
        var open: [CompanyID: Int64] = [:]
        var won: [CompanyID: Int64] = [:]
        // Another currency converts (open deals at the latest rate, won ones at their close
        // date's); with no rate it stays out of the roll-ups, as before rates existed.
        // The index has no clock: a won deal's close day is taken in UTC, at most a day's rate away.
        let days = DayConverter(TimeZone(identifier: "UTC") ?? .current)
        for deal in book.opportunities.all where deal.status != .lost {
            guard let id = deal.companyID ?? deal.contactID.flatMap({ book.contacts[$0]?.companyID }) else { continue }
            let day = deal.status == .won && deal.amount.currency != currency ? deal.closedAt.map { days.day(of: $0) } : nil
            guard let amount = converter.convert(deal.amount, on: day) else { continue }
            switch deal.status {
            case .open: open[id, default: 0] += amount.minorUnits
            case .won: won[id, default: 0] += amount.minorUnits
            case .lost: break
            }
        }
        rows = book.companies.sortedByID.map { company in
            Row(company: company, people: people[company.id] ?? 0,
                openPipeline: Money(minorUnits: open[company.id] ?? 0, currency: currency),
                won: Money(minorUnits: won[company.id] ?? 0, currency: currency),
                candidates: [company.name, company.domain, company.industry].filter { !$0.isEmpty }.map(FuzzyCandidate.init)
                    + company.tags.map(FuzzyCandidate.init))
        }
    }

    /// Rows matching the search (best first), or all rows in the chosen order.
    func visibleRows(search: String, sort: CompanyColumn, ascending: Bool) -> [(row: Row, highlights: [Int])] {
        let query = FuzzyQuery(search)
        if query.isEmpty {
            // Folded once per row, not twice per comparison; names sort as people read them.
            let names = sort == .name ? rows.map { NameOrder.sortString($0.company.name) } : []
            let sortedPositions = rows.indices.sorted { i, j in
                let a = rows[i], b = rows[j]
                let order: Bool?
                switch sort {
                case .name: order = names[i] == names[j] ? nil : names[i] < names[j]
                case .industry: order = a.company.industry == b.company.industry ? nil : a.company.industry < b.company.industry
                case .people: order = a.people == b.people ? nil : a.people < b.people
                case .openPipeline: order = a.openPipeline == b.openPipeline ? nil : a.openPipeline.minorUnits < b.openPipeline.minorUnits
                case .won: order = a.won == b.won ? nil : a.won.minorUnits < b.won.minorUnits
                }
                guard let order else { return a.company.id < b.company.id }
                return ascending ? order : !order
            }
            return sortedPositions.map { (rows[$0], []) }
        }
        var matches: [(row: Row, score: Int, highlights: [Int])] = []
        for row in rows {
            var best: FuzzyMatch.Result?
            var bestIsName = false
            for (index, candidate) in row.candidates.enumerated() {
                guard let result = query.match(candidate), result.score > (best?.score ?? Int.min) else { continue }
                best = result
                bestIsName = index == 0
            }
            if let best { matches.append((row, best.score, bestIsName ? best.matchedIndices : [])) }
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : NameOrder.precedes($0.row.company.name, $1.row.company.name) }
        return matches.map { ($0.row, $0.highlights) }
    }
}
