import Foundation
import RapportCanvas
import RapportCore

/// The board's changes to the book, as pure functions: each returns the changed book and the
/// label undo shows, or nil when there is nothing to do (with the reason for the status bar).
enum BoardChanges {
    enum Outcome {
        /// `touched`: the opportunities changed, so the board's indexes can be patched, not rebuilt.
        case changed(Book, label: String, touched: [OpportunityID])
        case refused(String)
    }

    /// Moves an open deal one stage forward (`delta` 1) or back (-1), recording when in its
    /// stage history.
    static func move(_ id: OpportunityID, by delta: Int, in book: Book, at now: Date) -> Outcome {
        guard var opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        guard opportunity.status == .open else { return .refused("\(opportunity.title) is closed: R reopens it") }
        let pipeline = book.settings.pipeline(of: opportunity).stages
        let current = pipeline.firstIndex { $0.id == opportunity.stageID } ?? -1
        let target = current + delta
        guard pipeline.indices.contains(target) else {
            return .refused(delta > 0 ? "Already in the last stage: W marks it won" : "Already in the first stage")
        }
        opportunity.move(toStage: pipeline[target].id, at: now)
        var changed = book
        changed.opportunities.upsert(opportunity)
        return .changed(changed, label: "Moved \(opportunity.title) to \(pipeline[target].name)", touched: [id])
    }

    /// Marks a deal won; its contact becomes a customer unless already one (or an evangelist).
    /// `closing`: the deal's open tasks to close with it (marked done now), in the same change.
    static func markWon(_ id: OpportunityID, closing tasks: [ActivityID] = [], in book: Book, at now: Date) -> Outcome {
        guard var opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        guard opportunity.status != .won else { return .refused("\(opportunity.title) is already won") }
        opportunity.markWon(at: now)
        var changed = book
        changed.opportunities.upsert(opportunity)
        if let contactID = opportunity.contactID, var contact = changed.contacts[contactID],
           contact.lifecycle != .customer, contact.lifecycle != .evangelist {
            contact.enter(.customer, at: now)
            changed.contacts.upsert(contact)
        }
        return closing(tasks, in: changed, label: "Won \(opportunity.title)", touched: [id], at: now)
    }

    /// `competitor`: who won it instead, when the reason says a competitor did.
    static func markLost(_ id: OpportunityID, reason: String, competitor: String? = nil, closing tasks: [ActivityID] = [],
                         in book: Book, at now: Date) -> Outcome {
        guard var opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { return .refused("A lost deal needs a reason") }
        let competitor = competitor?.trimmingCharacters(in: .whitespaces)
        let lostTo = competitor?.isEmpty == false ? competitor : nil
        opportunity.markLost(reason: reason, lostTo: lostTo, at: now)
        var changed = book
        changed.opportunities.upsert(opportunity)
        var label = "Lost \(opportunity.title): \(reason)"
        if let lostTo { label = Messages.boardLostToLabel.text(["label": label, "competitor": lostTo]) }
        return closing(tasks, in: changed, label: label, touched: [id], at: now)
    }

    /// The open tasks of a deal, the next one first: what closing it leaves in the agenda.
    static func openTasks(of id: OpportunityID, in book: Book, activities: BoardActivityIndex) -> [ActivityID] {
        let tasks = (activities.activitiesByOpportunity[id] ?? []).compactMap { book.activities[$0] }
            .filter(\.isOpenTask)
        return tasks.map { NextStep(activityID: $0.id, type: $0.taskType, summary: $0.summary, due: $0.dueDate, time: $0.dueTime) }
            .sorted { ($0.sortKey, $0.activityID) < ($1.sortKey, $1.activityID) }.map(\.activityID)
    }

    /// Closes these tasks (done now: there is no other way to close a task) in the change being
    /// made, and says so in its label.
    private static func closing(_ tasks: [ActivityID], in book: Book, label: String, touched: [OpportunityID],
                                at now: Date) -> Outcome {
        var changed = book
        var closed = 0
        for id in tasks where changed.activities[id]?.isOpenTask == true {
            changed.activities.update(id) {
                $0.doneAt = now
                $0.updatedAt = now
            }
            closed += 1
        }
        let label = closed == 0 ? label : Messages.boardClosedTasks.text(["label": label, "count": closed])
        return .changed(changed, label: label, touched: touched)
    }

    static func reopen(_ id: OpportunityID, in book: Book, at now: Date) -> Outcome {
        guard var opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        guard opportunity.status != .open else { return .refused("\(opportunity.title) is already open") }
        opportunity.reopen(at: now)
        var changed = book
        changed.opportunities.upsert(opportunity)
        return .changed(changed, label: "Reopened \(opportunity.title)", touched: [id])
    }

    /// Deletes a deal. Its activities stay with their contact and company, unlinked from it, so
    /// the history of the relationship is not lost and no record points at nothing.
    static func delete(_ id: OpportunityID, in book: Book, activities: BoardActivityIndex, at now: Date) -> Outcome {
        guard let opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        var changed = book
        changed.opportunities.remove(id)
        for activityID in activities.activitiesByOpportunity[id] ?? [] {
            changed.activities.update(activityID) {
                $0.opportunityID = nil
                $0.updatedAt = now
            }
        }
        return .changed(changed, label: "Deleted \(opportunity.title)", touched: [id])
    }

    static func addOffer(_ offer: Offer, to id: OpportunityID, in book: Book, at now: Date) -> Outcome {
        guard var opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        opportunity.addOffer(offer, at: now)
        var changed = book
        changed.opportunities.upsert(opportunity)
        return .changed(changed, label: "Offer of \(offer.amount.formattedWhole(book.settings.numberFormat)) added to \(opportunity.title)", touched: [id])
    }

    static func addTask(_ type: TaskType, summary: String, due: LocalDate?, time: LocalTime?, to id: OpportunityID,
                        in book: Book, at now: Date) -> Outcome {
        guard let opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        var changed = book
        let task = Activity(id: changed.activities.nextID(), createdAt: now, task: type, summary: summary, due: due,
                            dueTime: time, contactID: opportunity.contactID, companyID: opportunity.companyID,
                            opportunityID: id)
        changed.activities.upsert(task)
        return .changed(changed, label: "Planned \(summary) for \(opportunity.title)", touched: [])
    }

    static func completeTask(_ activityID: ActivityID, in book: Book, at now: Date) -> Outcome {
        guard let task = book.activities[activityID], task.isOpenTask else { return .refused("No open task") }
        var changed = book
        changed.activities.update(activityID) {
            $0.doneAt = now
            $0.updatedAt = now
        }
        return .changed(changed, label: "Done: \(task.summary)", touched: [])
    }

    /// What the opportunity form edits.
    struct Draft: Hashable, Sendable {
        var title: String
        var contactID: ContactID?
        var companyID: CompanyID?
        var amount: Money
        var stageID: String
        var probability: Int?
        var expectedClose: LocalDate?
        /// The deal's own forecast category; nil: its stage's.
        var forecastCategory: ForecastCategory? = nil
        /// A contact or company to make with the deal: the form named one the book lacks.
        var newParty: NewParty?
        /// The pipeline of a new deal; nil: the first.
        var pipelineID: String? = nil

        /// The book with the new party added, and this draft pointing at it.
        func addingParty(to book: Book, at now: Date) -> (Book, Draft) {
            guard let newParty else { return (book, self) }
            let (changed, contactID, companyID) = newParty.added(to: book, at: now)
            var draft = self
            draft.contactID = contactID
            draft.companyID = companyID
            return (changed, draft)
        }
    }

    static func create(_ draft: Draft, in book: Book, at now: Date) -> (Outcome, OpportunityID?) {
        var (changed, draft) = draft.addingParty(to: book, at: now)
        let id = changed.opportunities.nextID()
        var opportunity = Opportunity(id: id, createdAt: now, title: draft.title, contactID: draft.contactID,
                                      companyID: draft.companyID, stageID: draft.stageID, amount: draft.amount,
                                      probabilityOverride: draft.probability, expectedClose: draft.expectedClose)
        opportunity.pipelineID = draft.pipelineID
        opportunity.forecastCategory = draft.forecastCategory
        changed.opportunities.upsert(opportunity)
        let label = draft.newParty?.label(deal: draft.title, isNew: true) ?? "Created \(draft.title)"
        return (.changed(changed, label: label, touched: [id]), id)
    }

    /// Applies the form; a stage change goes through `move` so the history records it.
    static func update(_ id: OpportunityID, with draft: Draft, in book: Book, at now: Date) -> Outcome {
        guard var opportunity = book.opportunities[id] else { return .refused("No such opportunity") }
        let (book, draft) = draft.addingParty(to: book, at: now)
        let before = opportunity
        opportunity.title = draft.title
        opportunity.contactID = draft.contactID
        opportunity.companyID = draft.companyID
        opportunity.amount = draft.amount
        opportunity.probabilityOverride = draft.probability
        opportunity.expectedClose = draft.expectedClose
        opportunity.forecastCategory = draft.forecastCategory
        opportunity.move(toStage: draft.stageID, at: now)
        guard opportunity != before else { return .refused("No change") }
        opportunity.updatedAt = now
        var changed = book
        changed.opportunities.upsert(opportunity)
        let label = draft.newParty?.label(deal: draft.title, isNew: false) ?? "Edited \(draft.title)"
        return .changed(changed, label: label, touched: [id])
    }
}
