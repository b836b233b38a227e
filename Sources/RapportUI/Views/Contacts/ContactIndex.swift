import Foundation
import RapportCanvas
import RapportCore

/// The contact list's columns, in their order on a wide screen.
public enum ContactColumn: Int, CaseIterable, Hashable, Sendable {
    case name, company, stage, segment, lifetimeValue, email, phone, lastInteraction, nextTask

    var title: String {
        switch self {
        case .name: return "Name"
        case .company: return "Company"
        case .stage: return "Stage"
        case .segment: return "Segment"
        case .lifetimeValue: return "Value"
        case .email: return "Email"
        case .phone: return "Phone"
        case .lastInteraction: return "Last contact"
        case .nextTask: return "Next task"
        }
    }
}

/// Everything the contact list shows and searches, prepared once per change of the contacts,
/// companies or activities: display strings, sort keys, and fuzzy candidates (folded once) with
/// a bitmask of the letters they contain, so most candidates are rejected with one AND.
struct ContactIndex: Sendable {
    struct Row: Sendable {
        let id: ContactID
        let name: String
        let company: String
        let stage: LifecycleStage
        let email: String
        let phone: String
        let tags: [String]
        let lastInteraction: Date?
        let nextTaskDue: LocalDate?
        /// Purchase behaviour as of the index's day (nil when the analytics do not place the contact).
        let segment: CustomerSegment?
        let rfm: RFMScore?
        /// Historical and predicted lifetime value in the default currency, for buyers only.
        let lifetimeValue: (historical: ReportMoney, predicted: ReportMoney)?
        /// The historical value, formatted once for the column.
        let lifetimeValueText: String
        /// Lowercased name, company and email: sorting 50,000 rows with locale-aware comparison
        /// would take seconds.
        let sortKeys: (name: String, company: String, email: String)
        /// Searchable fields; the first `displayedFieldCount` are the columns shown (name,
        /// company, email, phone), the rest (other emails and phones, tags) only match.
        let fields: [SearchField]
    }

    struct SearchField: Sendable {
        let column: ContactColumn?
        let candidate: FuzzyCandidate
        let letters: UInt64
    }

    /// Which tables the index was built from, and the day the segments and lifetime values are
    /// as of: any change to one of them rebuilds it.
    struct Key: Equatable, Sendable {
        let contacts: Int
        let companies: Int
        let activities: Int
        let purchases: Int
        let currency: CurrencyCode
        /// Purchase values are in the base currency, converted at the book's rates.
        let rates: [ExchangeRate]
        let numberFormat: NumberFormat
        let asOf: LocalDate
        let timeZone: String

        init(_ book: Book, asOf: LocalDate, timeZone: TimeZone) {
            contacts = book.contacts.revision
            companies = book.companies.revision
            activities = book.activities.revision
            purchases = book.purchases.revision
            currency = book.settings.defaultCurrency
            rates = book.settings.rates
            numberFormat = book.settings.numberFormat
            self.asOf = asOf
            self.timeZone = timeZone.identifier
        }
    }

    let rows: [Row]
    let rowByID: [ContactID: Int]
    let allTags: [String]
    /// Every row's search fields laid out flat (row r owns fields fieldStart[r]..<fieldStart[r+1]),
    /// so the search loop reads contiguous arrays instead of copying rows.
    let fieldMasks: [UInt64]
    let fieldStart: [Int32]
    /// Each row's field masks combined: a row lacking one of the query's letters in every field
    /// is skipped without looking at its fields.
    let rowMasks: [UInt64]
    /// Every field's folded scalars and word starts back to back (field f owns
    /// foldedStart[f]..<foldedStart[f+1]) and its length in characters: the search scores these
    /// through pointers, with no reference counting per field.
    let folded: [Unicode.Scalar]
    let wordStarts: [Bool]
    let foldedStart: [Int32]
    let fieldLength: [Int32]
    /// Each field's first folded scalar, and where its words start with their letters (field f
    /// owns wordStartStart[f]..<wordStartStart[f+1], ascending): the only places an exact,
    /// prefix or word-prefix match can begin, small enough to stay in cache.
    let fieldFirst: [Unicode.Scalar]
    let wordStartPositions: [Int32]
    let wordStartLetters: [Unicode.Scalar]
    let wordStartStart: [Int32]
    /// Row positions in name order: the list's default order, ready without sorting.
    let nameOrder: [Int32]
    /// Each row's place in `nameOrder`: ties between search scores sort by it, as integers.
    let nameRank: [Int32]

    /// The day the segments and lifetime values are as of.
    let asOf: LocalDate
    /// Segment sort order: `CustomerSegment.allCases` order, contacts without one last.
    let segmentRank: [Int8]
    /// Historical lifetime value in minor units per row (0 when none): sorts as integers.
    let valueKey: [Int64]

    init(book: Book, asOf: LocalDate, timeZone: TimeZone = ReportPeriod.utc) {
        self.asOf = asOf
        let summary = ContactActivitySummary(activities: book.activities)
        // Segments and lifetime values share one purchase history, built once per book change.
        let history = PurchaseHistory(book, asOf: asOf)
        let segments = Reports.segments(book, history: history, timeZone: timeZone)
        let lifetime = Reports.lifetimeValue(book, history: history)
        let numberFormat = book.settings.numberFormat
        var companyNames: [CompanyID: String] = [:]
        for company in book.companies.all { companyNames[company.id] = company.name }
        var rows: [Row] = []
        rows.reserveCapacity(book.contacts.count)
        var tags: Set<String> = []
        for contact in book.contacts.sortedByID {
            let company = contact.companyID.flatMap { companyNames[$0] } ?? ""
            let activity = summary[contact.id]
            var fields: [SearchField] = [SearchField(.name, contact.displayName)]
            if !company.isEmpty { fields.append(SearchField(.company, company)) }
            for (index, email) in contact.emails.enumerated() { fields.append(SearchField(index == 0 ? .email : nil, email.value)) }
            for (index, phone) in contact.phones.enumerated() { fields.append(SearchField(index == 0 ? .phone : nil, phone.value)) }
            for tag in contact.tags { fields.append(SearchField(nil, tag)) }
            tags.formUnion(contact.tags)
            let value = lifetime.byContact[contact.id].map { (historical: $0.historicalValue, predicted: $0.predictedValue) }
            rows.append(Row(id: contact.id, name: contact.displayName, company: company, stage: contact.lifecycle,
                            email: contact.primaryEmail ?? "", phone: contact.primaryPhone ?? "", tags: contact.tags,
                            lastInteraction: activity.lastInteraction, nextTaskDue: activity.nextTaskDue,
                            segment: segments.segment(for: contact.id), rfm: segments.rfm(for: contact.id),
                            lifetimeValue: value, lifetimeValueText: value.map { $0.historical.money.formattedWhole(numberFormat) } ?? "",
                            sortKeys: (NameOrder.sortString(contact.displayName), NameOrder.sortString(company),
                                       (contact.primaryEmail ?? "").lowercased()),
                            fields: fields))
        }
        self.rows = rows
        var byID: [ContactID: Int] = [:]
        byID.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() { byID[row.id] = index }
        rowByID = byID
        allTags = tags.sorted()
        var fieldCount = 0
        var masks: [UInt64] = []
        var starts: [Int32] = [0]
        var combined: [UInt64] = []
        combined.reserveCapacity(rows.count)
        var allFolded: [Unicode.Scalar] = []
        var allWordStarts: [Bool] = []
        var foldedStarts: [Int32] = [0]
        var lengths: [Int32] = []
        var firsts: [Unicode.Scalar] = []
        var startPositions: [Int32] = []
        var startLetters: [Unicode.Scalar] = []
        var startPositionStarts: [Int32] = [0]
        for row in rows {
            var rowMask: UInt64 = 0
            for field in row.fields {
                fieldCount += 1
                masks.append(field.letters)
                rowMask |= field.letters
                allFolded.append(contentsOf: field.candidate.folded)
                allWordStarts.append(contentsOf: field.candidate.wordStarts)
                foldedStarts.append(Int32(allFolded.count))
                lengths.append(Int32(field.candidate.length))
                firsts.append(field.candidate.folded.first ?? " ")
                for (position, startsWord) in field.candidate.wordStarts.enumerated() where startsWord {
                    startPositions.append(Int32(position))
                    startLetters.append(field.candidate.folded[position])
                }
                startPositionStarts.append(Int32(startPositions.count))
            }
            starts.append(Int32(fieldCount))
            combined.append(rowMask)
        }
        rowMasks = combined
        folded = allFolded
        wordStarts = allWordStarts
        foldedStart = foldedStarts
        fieldLength = lengths
        fieldFirst = firsts
        wordStartPositions = startPositions
        wordStartLetters = startLetters
        wordStartStart = startPositionStarts
        fieldMasks = masks
        fieldStart = starts
        nameOrder = rows.indices.sorted { a, b in
            rows[a].sortKeys.name != rows[b].sortKeys.name ? rows[a].sortKeys.name < rows[b].sortKeys.name : rows[a].id < rows[b].id
        }.map { Int32($0) }
        var rank = [Int32](repeating: 0, count: rows.count)
        for (position, row) in nameOrder.enumerated() { rank[Int(row)] = Int32(position) }
        nameRank = rank
        let segmentOrder = Dictionary(uniqueKeysWithValues: CustomerSegment.allCases.enumerated().map { ($1, Int8($0)) })
        segmentRank = rows.map { row in row.segment.flatMap { segmentOrder[$0] } ?? Int8(CustomerSegment.allCases.count) }
        valueKey = rows.map { $0.lifetimeValue?.historical.minorUnits ?? 0 }
    }

    /// One bit per letter or digit (others share the remaining bits): a candidate lacking any of
    /// the query's bits cannot contain it as a subsequence.
    static func letterMask<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var mask: UInt64 = 0
        for scalar in scalars {
            let value = scalar.value
            let bit: UInt32
            switch value {
            case 0x61...0x7A: bit = value - 0x61
            case 0x30...0x39: bit = 26 + value - 0x30
            case 0x20: continue
            default: bit = 36 + value % 28
            }
            mask |= 1 << UInt64(bit)
        }
        return mask
    }
}

extension ContactIndex.SearchField {
    init(_ column: ContactColumn?, _ text: String) {
        let candidate = FuzzyCandidate(text)
        self.init(column: column, candidate: candidate, letters: ContactIndex.letterMask(candidate.folded))
    }
}
