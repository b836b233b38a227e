import Foundation
import RapportCore

/// The contact list's columns, in their order on a wide screen.
public enum ContactColumn: Int, CaseIterable, Hashable, Sendable {
    case name, company, stage, email, phone, lastInteraction, nextTask

    var title: String {
        switch self {
        case .name: return "Name"
        case .company: return "Company"
        case .stage: return "Stage"
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

    /// Which tables the index was built from: any change to one of them rebuilds it.
    struct Key: Equatable, Sendable {
        let contacts: Int
        let companies: Int
        let activities: Int

        init(_ book: Book) {
            contacts = book.contacts.revision
            companies = book.companies.revision
            activities = book.activities.revision
        }
    }

    let rows: [Row]
    let rowByID: [ContactID: Int]
    let allTags: [String]
    /// Every row's search fields laid out flat (row r owns fields fieldStart[r]..<fieldStart[r+1]),
    /// so the search loop reads contiguous arrays instead of copying rows.
    let fieldCandidates: [FuzzyCandidate]
    let fieldMasks: [UInt64]
    let fieldStart: [Int32]
    /// Row positions in name order: the list's default order, ready without sorting.
    let nameOrder: [Int32]
    /// Each row's place in `nameOrder`: ties between search scores sort by it, as integers.
    let nameRank: [Int32]

    init(book: Book) {
        let summary = ContactActivitySummary(activities: book.activities)
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
            rows.append(Row(id: contact.id, name: contact.displayName, company: company, stage: contact.lifecycle,
                            email: contact.primaryEmail ?? "", phone: contact.primaryPhone ?? "", tags: contact.tags,
                            lastInteraction: activity.lastInteraction, nextTaskDue: activity.nextTaskDue,
                            sortKeys: (contact.displayName.lowercased(), company.lowercased(), (contact.primaryEmail ?? "").lowercased()),
                            fields: fields))
        }
        self.rows = rows
        var byID: [ContactID: Int] = [:]
        byID.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() { byID[row.id] = index }
        rowByID = byID
        allTags = tags.sorted()
        var candidates: [FuzzyCandidate] = []
        var masks: [UInt64] = []
        var starts: [Int32] = [0]
        for row in rows {
            for field in row.fields {
                candidates.append(field.candidate)
                masks.append(field.letters)
            }
            starts.append(Int32(candidates.count))
        }
        fieldCandidates = candidates
        fieldMasks = masks
        fieldStart = starts
        nameOrder = rows.indices.sorted { a, b in
            rows[a].sortKeys.name != rows[b].sortKeys.name ? rows[a].sortKeys.name < rows[b].sortKeys.name : rows[a].id < rows[b].id
        }.map { Int32($0) }
        var rank = [Int32](repeating: 0, count: rows.count)
        for (position, row) in nameOrder.enumerated() { rank[Int(row)] = Int32(position) }
        nameRank = rank
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
