import Foundation

extension CSVRowImporter {
    /// Salesforce has no status column: its closed deals sit in the stages "Closed Won" and
    /// "Closed Lost", which are statuses in Rapport, not stages.
    static func statusFromStageName(_ text: String) -> OpportunityStatus? {
        switch CSVHeader.normalize(text) {
        case "closedwon", "won": return .won
        case "closedlost", "lost": return .lost
        default: return nil
        }
    }

    static func status(_ text: String) -> OpportunityStatus? {
        switch CSVHeader.normalize(text) {
        case "open", "active", "inprogress": return .open
        case "won", "closedwon": return .won
        case "lost", "closedlost": return .lost
        default: return nil
        }
    }

    mutating func importOpportunity(_ reader: inout CSVRowReader) {
        let settings = session.book.settings
        let title = reader.required("title")
        var status: OpportunityStatus?
        if let text = reader.text("status") {
            status = Self.status(text)
            if status == nil { reader.problem("status \"\(text)\" is not open, won or lost") }
        }
        var stage: PipelineStage?
        if let stageText = reader.text("stage") {
            if let closed = Self.statusFromStageName(stageText), settings.stage(named: stageText) == nil {
                status = status ?? closed
                stage = settings.pipeline.last
            } else {
                stage = reader.stage("stage")
            }
        }
        let currency = reader.currency("currency")
        let amount = reader.money("amount", currency: currency)
        if let amount, let problem = FieldRules.opportunityAmount(amount) { reader.problem("amount: \(problem)") }
        var probability: Int?
        if let text = reader.text("probability") {
            probability = ImportValues.percent(text)
            if probability == nil { reader.problem("probability \"\(text)\" is not a percentage from 0 to 100") }
        }
        let createdAt = reader.instant("created_at", in: session.timeZone)
        let expectedClose = reader.localDate("expected_close")
        let closedAt = reader.instant("closed_at", in: session.timeZone)
        let lostReason = reader.text("lost_reason")
        let email = reader.email("email")
        let contactName = reader.text("contact").map(ImportValues.splitFullName)
        var contactID: ContactID?
        if email == nil, let (first, last) = contactName {
            let candidates = session.contactIDs(named: first, last)
            if candidates.count > 1 {
                reader.problem("\(candidates.count) contacts are named \"\(first) \(last)\"; add an email column to tell them apart")
            }
            contactID = candidates.first
        }
        guard reader.isValid, let title else { return }
        if let email {
            contactID = linkedContact(email: email, first: contactName?.first ?? "", last: contactName?.last ?? "",
                                      createAs: .opportunity, reader: &reader)
        } else if contactID == nil, let (first, last) = contactName {
            var draft = ContactDraft()
            (draft.firstName, draft.lastName) = (first, last)
            draft.lifecycle = .opportunity
            contactID = session.createContact(draft, line: reader.line)
        }
        let companyID = reader.text("company").map { session.findOrCreateCompany(named: $0, line: reader.line) }
            ?? contactID.flatMap { session.book.contacts[$0]?.companyID }
        guard let firstStage = settings.pipeline.first else {
            reader.problem("the book's pipeline has no stages")
            return
        }

        let now = session.now
        let key = Self.key(title: title, contactID: contactID)
        let existingID = opportunityKeys.take(key)
        var deal = existingID.flatMap { session.book.opportunities[$0] }
            ?? Opportunity(id: session.book.opportunities.nextID(), createdAt: createdAt ?? now, title: title,
                           contactID: contactID, companyID: companyID, stageID: (stage ?? firstStage).id,
                           amount: amount ?? .zero(currency))
        let original = deal
        let isNew = existingID == nil
        if let stage, !isNew { deal.move(toStage: stage.id, at: now) }
        // A stage of another pipeline than the first puts the deal in that pipeline.
        if let stage, let holder = settings.pipeline(holdingStage: stage.id) {
            deal.pipelineID = holder.id == settings.defaultPipeline.id ? nil : holder.id
        }
        if let amount { deal.amount = amount }
        if let companyID { deal.companyID = companyID }
        if let probability { deal.probabilityOverride = probability }
        if let expectedClose { deal.expectedClose = expectedClose }
        switch status {
        case .won? where deal.status != .won: deal.markWon(at: closedAt ?? now)
        case .lost? where deal.status != .lost: deal.markLost(reason: lostReason ?? "", at: closedAt ?? now)
        case .open? where deal.status != .open: deal.reopen(at: now)
        default: break
        }
        if deal.status == .lost, let lostReason, deal.lostReason != lostReason { deal.lostReason = lostReason }
        if let closedAt, deal.status != .open, deal.closedAt != closedAt { deal.closedAt = closedAt }
        if let notes = reader.text("notes"), !deal.notes.contains(notes) {
            deal.notes = deal.notes.isEmpty ? notes : deal.notes + "\n" + notes
        }
        for (name, value) in reader.customValues { deal.customValues[name] = value }

        let summary = "opportunity \(deal.id) \(deal.title)"
        if isNew {
            deal.updatedAt = max(deal.createdAt, now)
            session.book.opportunities.upsert(deal)
            session.note(.created, deal.id.rawValue, line: reader.line, summary)
        } else if deal != original {
            deal.updatedAt = now
            session.book.opportunities.upsert(deal)
            session.note(.updated, deal.id.rawValue, line: reader.line, summary)
        } else {
            session.note(.unchanged, deal.id.rawValue, line: reader.line, summary)
        }
        if deal.status == .won, let contactID { makeCustomer(contactID, line: reader.line) }
    }

    static func key(title: String, contactID: ContactID?) -> String {
        title.trimmingWhitespace().lowercased() + "\u{1F}" + (contactID?.rawValue ?? "")
    }

    /// A won deal or a purchase makes its contact a customer (the lifecycle rule of
    /// LifecycleRules: a former customer who buys again is won back).
    mutating func makeCustomer(_ id: ContactID, line: Int) {
        guard let original = session.book.contacts[id] else { return }
        var contact = original
        LifecycleRules.becameCustomer(&contact, at: session.now)
        guard contact != original else { return }
        session.store(contact)
        session.note(.updated, id.rawValue, line: line, ImportSession.summary(contact))
    }
}
