import Foundation
import RapportCore

/// The next planned task of a deal, as a card shows it.
struct NextStep: Hashable, Sendable {
    var activityID: ActivityID
    var type: TaskType?
    var summary: String
    var due: LocalDate?
    var time: LocalTime?

    /// Earlier first; a task without a date after every dated one; a task without a time at the
    /// end of its day.
    var sortKey: Int {
        guard let due else { return Int.max }
        return due.dayNumber * 1_440 + (time?.minutesSinceMidnight ?? 1_439)
    }
}

/// What the board needs from the activities, built in one pass per change of the activities
/// table (not per frame): with 250,000 activities a scan per key press would be too slow.
struct BoardActivityIndex: Sendable {
    var nextStep: [OpportunityID: NextStep] = [:]
    /// The latest done task or logged interaction of each deal: what stops it from rotting.
    var lastTouch: [OpportunityID: Date] = [:]
    var activitiesByOpportunity: [OpportunityID: [ActivityID]] = [:]

    init(_ activities: RecordTable<Activity>) {
        for activity in activities.all {
            guard let opportunityID = activity.opportunityID else { continue }
            activitiesByOpportunity[opportunityID, default: []].append(activity.id)
            if activity.isOpenTask {
                let step = NextStep(activityID: activity.id, type: activity.taskType, summary: activity.summary,
                                    due: activity.dueDate, time: activity.dueTime)
                if let current = nextStep[opportunityID] {
                    if (step.sortKey, step.activityID) < (current.sortKey, current.activityID) { nextStep[opportunityID] = step }
                } else {
                    nextStep[opportunityID] = step
                }
            } else if let happened = activity.happenedAt {
                if let current = lastTouch[opportunityID] {
                    if happened > current { lastTouch[opportunityID] = happened }
                } else {
                    lastTouch[opportunityID] = happened
                }
            }
        }
    }

    private static let cache = MemoCache<Int, BoardActivityIndex>()

    static func of(_ book: Book) -> BoardActivityIndex {
        cache.value(for: book.activities.revision) { BoardActivityIndex(book.activities) }
    }
}

/// The opportunities grouped the way the board shows them: open ones by stage, closed ones by
/// outcome, most recently closed first.
struct BoardStageIndex: Sendable {
    /// By position in the pipeline. A deal in a stage the settings no longer have is shown in the
    /// first column rather than hidden.
    var openByStage: [[OpportunityID]]
    var won: [OpportunityID] = []
    var lost: [OpportunityID] = []

    init(_ book: Book) {
        let pipeline = book.settings.pipeline
        var position: [String: Int] = [:]
        for (index, stage) in pipeline.enumerated() { position[stage.id] = index }
        openByStage = Array(repeating: [], count: pipeline.count)
        var closed: [(id: OpportunityID, at: Date, won: Bool)] = []
        for opportunity in book.opportunities.all {
            switch opportunity.status {
            case .open:
                guard !openByStage.isEmpty else { continue }
                openByStage[position[opportunity.stageID] ?? 0].append(opportunity.id)
            case .won, .lost:
                closed.append((opportunity.id, opportunity.closedAt ?? opportunity.updatedAt, opportunity.status == .won))
            }
        }
        closed.sort { $0.at != $1.at ? $0.at > $1.at : $0.id < $1.id }
        won = closed.filter(\.won).map(\.id)
        lost = closed.filter { !$0.won }.map(\.id)
    }

    struct Key: Hashable, Sendable {
        var opportunities: Int
        var pipeline: [PipelineStage]
    }

    private static let cache = MemoCache<Key, BoardStageIndex>()

    static func of(_ book: Book) -> BoardStageIndex {
        cache.value(for: Key(opportunities: book.opportunities.revision, pipeline: book.settings.pipeline)) {
            BoardStageIndex(book)
        }
    }
}

/// Folded text of each opportunity (title, company, contact, tags) for the `/` filter. Built
/// only while a filter is in use.
struct BoardSearchIndex: Sendable {
    var text: [OpportunityID: [UInt8]] = [:]

    init(_ book: Book) {
        var companyNames: [CompanyID: [UInt8]] = [:]
        var contactNames: [ContactID: [UInt8]] = [:]
        for opportunity in book.opportunities.all {
            var folded = BoardSearchIndex.fold(opportunity.title)
            if let companyID = opportunity.companyID, let company = book.companies[companyID] {
                let name = companyNames[companyID] ?? BoardSearchIndex.fold(company.name)
                companyNames[companyID] = name
                folded += [0x0A] + name
            }
            if let contactID = opportunity.contactID, let contact = book.contacts[contactID] {
                let name = contactNames[contactID] ?? BoardSearchIndex.fold(contact.displayName)
                contactNames[contactID] = name
                folded += [0x0A] + name
            }
            for tag in opportunity.tags { folded += [0x0A] + BoardSearchIndex.fold(tag) }
            text[opportunity.id] = folded
        }
    }

    /// Lowercase, accents removed, as UTF-8 bytes: substring tests on bytes are fast.
    static func fold(_ text: String) -> [UInt8] {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        }
        var scalars = String.UnicodeScalarView()
        for character in text { scalars.append(contentsOf: SearchFolding.fold(character)) }
        return Array(String(scalars).utf8)
    }

    /// Every word of the query must appear somewhere in the deal's text.
    static func words(of query: String) -> [[UInt8]] {
        query.split(whereSeparator: \.isWhitespace).map { fold(String($0)) }.filter { !$0.isEmpty }
    }

    func matches(_ id: OpportunityID, words: [[UInt8]]) -> Bool {
        guard let haystack = text[id] else { return false }
        return words.allSatisfy { BoardSearchIndex.contains(haystack, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    struct Key: Hashable, Sendable {
        var opportunities: Int
        var contacts: Int
        var companies: Int
    }

    private static let cache = MemoCache<Key, BoardSearchIndex>(capacity: 2)

    static func of(_ book: Book) -> BoardSearchIndex {
        let key = Key(opportunities: book.opportunities.revision, contacts: book.contacts.revision,
                      companies: book.companies.revision)
        return cache.value(for: key) { BoardSearchIndex(book) }
    }
}
