import Foundation

/// A deal being worked: it moves through the pipeline's stages until it is won or lost.
public struct Opportunity: Record {
    public typealias Kind = OpportunityKind
    public var id: OpportunityID
    public var createdAt: Date
    public var updatedAt: Date
    public var title: String
    public var contactID: ContactID?
    public var companyID: CompanyID?
    /// The pipeline the deal belongs to (`Settings.pipelines`); absent: the first. Absent in
    /// books written before several pipelines.
    public var pipelineID: String? = nil
    /// The id of a stage of the deal's pipeline. A won or lost deal keeps the stage it closed in.
    public var stageID: String
    public var status: OpportunityStatus
    public var amount: Money
    /// Percent, 0...100; nil means the stage's default probability.
    public var probabilityOverride: Int?
    /// The deal's own forecast category; nil means its stage's. Absent in older books.
    public var forecastCategory: ForecastCategory? = nil
    public var expectedClose: LocalDate?
    /// Every stage the deal entered, oldest first; the last entry is the current stage.
    public var stageHistory: [StageEntry]
    public var offers: [Offer]
    public var competitors: [String]
    public var lostReason: String?
    /// Who won the deal instead, when it was lost to a competitor. Absent in older books.
    public var lostTo: String?
    public var closedAt: Date?
    public var tags: [String]
    public var notes: String
    /// Values of the user's own fields (`Settings.customFields`), by field name, each in its type's
    /// stored form (see `CustomFieldValue`). Absent in older books and whenever there are none.
    public var customFields: [String: String]? = nil

    public init(id: OpportunityID, createdAt: Date, title: String, contactID: ContactID? = nil,
                companyID: CompanyID? = nil, stageID: String, amount: Money, probabilityOverride: Int? = nil,
                expectedClose: LocalDate? = nil, tags: [String] = [], notes: String = "") {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.title = title
        self.contactID = contactID
        self.companyID = companyID
        self.stageID = stageID
        self.status = .open
        self.amount = amount
        self.probabilityOverride = probabilityOverride
        self.expectedClose = expectedClose
        self.stageHistory = [StageEntry(stageID: stageID, enteredAt: createdAt)]
        self.offers = []
        self.competitors = []
        self.lostReason = nil
        self.lostTo = nil
        self.closedAt = nil
        self.tags = tags
        self.notes = notes
    }

    /// The probability used for the weighted forecast: 100 when won, 0 when lost, else the
    /// override or the stage's default.
    public func probability(in settings: Settings) -> Int {
        switch status {
        case .won: return 100
        case .lost: return 0
        case .open: return probabilityOverride ?? settings.stage(id: stageID)?.probability ?? 0
        }
    }

    public func weightedAmount(in settings: Settings) -> Money {
        amount.weighted(byPercent: probability(in: settings))
    }

    /// When the deal entered its current stage.
    public var enteredCurrentStageAt: Date { stageHistory.last?.enteredAt ?? createdAt }

    /// Moves the deal to another stage, appending to the history; the same stage is a no-op.
    public mutating func move(toStage stageID: String, at date: Date) {
        guard stageID != self.stageID else { return }
        self.stageID = stageID
        stageHistory.append(StageEntry(stageID: stageID, enteredAt: date))
        updatedAt = date
    }

    public mutating func markWon(at date: Date) {
        status = .won
        closedAt = date
        lostReason = nil
        lostTo = nil
        updatedAt = date
    }

    /// `lostTo`: the competitor that won it, when the reason is one (see `isCompetitorReason`).
    public mutating func markLost(reason: String, lostTo competitor: String? = nil, at date: Date) {
        status = .lost
        closedAt = date
        lostReason = reason
        lostTo = competitor
        updatedAt = date
    }

    public mutating func reopen(at date: Date) {
        status = .open
        closedAt = nil
        lostReason = nil
        lostTo = nil
        updatedAt = date
    }

    /// Whether a lost reason says a competitor won ("Chose a competitor", or a reason of the
    /// user's own naming one), so the competitor is asked for and recorded in `lostTo`.
    public static func isCompetitorReason(_ reason: String) -> Bool {
        reason.lowercased().contains("competitor")
    }

    /// Adds a new quote; earlier live quotes are superseded and the deal's amount follows the
    /// new one, since the renegotiated price is the one that counts.
    public mutating func addOffer(_ offer: Offer, at date: Date) {
        for index in offers.indices where offers[index].status == .sent {
            offers[index].status = .superseded
        }
        offers.append(offer)
        amount = offer.amount
        updatedAt = date
    }

    /// Share of decided offers (accepted or rejected) that were accepted; nil when none is decided.
    public var offerAcceptanceRate: Double? {
        let decided = offers.filter { $0.status == .accepted || $0.status == .rejected }
        guard !decided.isEmpty else { return nil }
        return Double(decided.filter { $0.status == .accepted }.count) / Double(decided.count)
    }
}

public enum OpportunityStatus: String, Codable, CaseIterable, Sendable {
    case open, won, lost
}

public struct StageEntry: Codable, Hashable, Sendable {
    public var stageID: String
    public var enteredAt: Date

    public init(stageID: String, enteredAt: Date) {
        self.stageID = stageID
        self.enteredAt = enteredAt
    }

    enum CodingKeys: String, CodingKey {
        case stageID = "stage"
        case enteredAt
    }
}

/// One quote sent while the deal is negotiated.
public struct Offer: Codable, Hashable, Sendable {
    public var amount: Money
    public var date: LocalDate
    public var status: OfferStatus
    public var note: String

    public init(amount: Money, date: LocalDate, status: OfferStatus = .sent, note: String = "") {
        self.amount = amount
        self.date = date
        self.status = status
        self.note = note
    }
}

public enum OfferStatus: String, Codable, CaseIterable, Sendable {
    case sent, accepted, rejected, superseded
}
