import Foundation
import RapportCanvas
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
}

/// What the columns need of one deal, copied out once per change of the opportunities table:
/// computing the columns then reads these small rows instead of looking up and copying 25,000
/// full records (which was most of the cost of a key press that changes a deal).
struct DealRow: Sendable {
    var id: OpportunityID
    var amount: Money
    /// `amount × probability`, the deal's share of the forecast.
    var weighted: Int64
    /// When the deal entered its current stage, in seconds since 1970.
    var enteredStage: Int64
    var expectedCloseDay: Int?
    var closedAt: Date?
}

/// The opportunities grouped the way the board shows them: open ones by stage, closed ones by
/// outcome, most recently closed first.
struct BoardStageIndex: Sendable {
    /// By position in the pipeline. A deal in a stage the settings no longer have is shown in the
    /// first column rather than hidden.
    var openByStage: [[DealRow]]
    var won: [DealRow] = []
    var lost: [DealRow] = []

    /// The deals of one pipeline (`pipelineID`, see `Settings.pipeline(of:)`).
    init(_ book: Book, pipelineID: String? = nil) {
        let placement = Placement(book.settings, pipelineID: pipelineID)
        openByStage = Array(repeating: [], count: placement.probabilities.count)
        for opportunity in book.opportunities.all where placement.holds(opportunity) {
            insert(opportunity, placement: placement, keepingOrder: false)
        }
        won.sort(by: BoardStageIndex.latestFirst)
        lost.sort(by: BoardStageIndex.latestFirst)
    }

    /// Where a deal goes and what it weighs, from the pipeline shown.
    struct Placement {
        var position: [String: Int] = [:]
        var probabilities: [Int]
        /// The pipeline shown; deals naming no pipeline (or an unknown one) belong to the first.
        var pipelineID: String
        var isFirst: Bool
        var known: Set<String>

        init(_ settings: Settings, pipelineID: String?) {
            let pipeline = pipelineID.flatMap { settings.pipeline(id: $0) } ?? settings.defaultPipeline
            for (index, stage) in pipeline.stages.enumerated() { position[stage.id] = index }
            probabilities = pipeline.stages.map(\.probability)
            self.pipelineID = pipeline.id
            isFirst = pipeline.id == settings.defaultPipeline.id
            known = Set(settings.pipelines.map(\.id))
        }

        func holds(_ opportunity: Opportunity) -> Bool {
            guard let own = opportunity.pipelineID, known.contains(own) else { return isFirst }
            return own == pipelineID
        }
    }

    private static func latestFirst(_ left: DealRow, _ right: DealRow) -> Bool {
        let (l, r) = (left.closedAt ?? .distantPast, right.closedAt ?? .distantPast)
        return l != r ? l > r : left.id < right.id
    }

    /// Adds a deal's row. `keepingOrder` inserts closed deals at their place (when patching);
    /// the initial build sorts once at the end instead.
    private mutating func insert(_ opportunity: Opportunity, placement: Placement, keepingOrder: Bool) {
        let stageIndex = placement.position[opportunity.stageID]
        // As `Opportunity.probability(in:)`, without searching the pipeline per deal.
        let percent: Int
        switch opportunity.status {
        case .won: percent = 100
        case .lost: percent = 0
        case .open: percent = opportunity.probabilityOverride ?? stageIndex.map { placement.probabilities[$0] } ?? 0
        }
        let row = DealRow(id: opportunity.id, amount: opportunity.amount,
                          weighted: opportunity.amount.weighted(byPercent: percent).minorUnits,
                          enteredStage: Int64(opportunity.enteredCurrentStageAt.timeIntervalSince1970),
                          expectedCloseDay: opportunity.expectedClose?.dayNumber,
                          closedAt: opportunity.closedAt ?? (opportunity.status == .open ? nil : opportunity.updatedAt))
        switch opportunity.status {
        case .open:
            guard !openByStage.isEmpty else { return }
            openByStage[stageIndex ?? 0].append(row)
        case .won:
            if keepingOrder {
                won.insert(row, at: won.firstIndex { BoardStageIndex.latestFirst(row, $0) } ?? won.count)
            } else {
                won.append(row)
            }
        case .lost:
            if keepingOrder {
                lost.insert(row, at: lost.firstIndex { BoardStageIndex.latestFirst(row, $0) } ?? lost.count)
            } else {
                lost.append(row)
            }
        }
    }

    private mutating func remove(_ id: OpportunityID) {
        for stage in openByStage.indices {
            if let index = openByStage[stage].firstIndex(where: { $0.id == id }) {
                openByStage[stage].remove(at: index)
                return
            }
        }
        if let index = won.firstIndex(where: { $0.id == id }) { won.remove(at: index) }
        if let index = lost.firstIndex(where: { $0.id == id }) { lost.remove(at: index) }
    }

    /// After a change the board made to a few deals: this index with those deals moved, instead
    /// of a rebuild from 25,000 records. The columns sort their cards, so the order inside a
    /// stage's list does not matter.
    func patched(to new: Book, touched: [OpportunityID], pipelineID: String? = nil) -> BoardStageIndex {
        var index = self
        let placement = Placement(new.settings, pipelineID: pipelineID)
        for id in touched {
            index.remove(id)
            if let opportunity = new.opportunities[id], placement.holds(opportunity) {
                index.insert(opportunity, placement: placement, keepingOrder: true)
            }
        }
        return index
    }

    struct Key: Hashable, Sendable {
        var opportunities: Int
        var pipelines: [Pipeline]
        var pipelineID: String

        init(_ book: Book, pipelineID: String?) {
            opportunities = book.opportunities.revision
            pipelines = book.settings.pipelines
            self.pipelineID = pipelineID ?? book.settings.defaultPipeline.id
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
            folded.reserveCapacity(folded.count + 64)
            if let companyID = opportunity.companyID, let company = book.companies[companyID] {
                let name = companyNames[companyID] ?? BoardSearchIndex.fold(company.name)
                companyNames[companyID] = name
                folded.append(0x0A)
                folded += name
            }
            if let contactID = opportunity.contactID, let contact = book.contacts[contactID] {
                let name = contactNames[contactID] ?? BoardSearchIndex.fold(contact.displayName)
                contactNames[contactID] = name
                folded.append(0x0A)
                folded += name
            }
            for tag in opportunity.tags {
                folded.append(0x0A)
                folded += BoardSearchIndex.fold(tag)
            }
            text[opportunity.id] = folded
        }
    }

    /// Lowercase, accents removed, as UTF-8 bytes: substring tests on bytes are fast.
    /// ASCII is lowered byte by byte; only other characters go through `SearchFolding`.
    static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            return bytes
        }
        // Scalar by scalar (grapheme breaking is slow); a combining mark folds to nothing.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else {
                for folded in SearchFolding.fold(Character(scalar)) { bytes.append(contentsOf: String(folded).utf8) }
            }
        }
        return bytes
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

        init(_ book: Book) {
            opportunities = book.opportunities.revision
            contacts = book.contacts.revision
            companies = book.companies.revision
        }
    }
}
