import Foundation

/// Combines two records of the same person into one. Nothing is lost: every activity,
/// opportunity, purchase, survey answer, ticket and campaign membership of the absorbed contact
/// moves to the kept one; its emails, phones and tags are added; empty fields are filled from it.
public enum ContactMerge {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case sameContact
        case missing(ContactID)

        public var description: String {
            switch self {
            case .sameContact: return "a contact cannot be merged with itself"
            case .missing(let id): return "no contact \(id)"
            }
        }
    }

    public static func merge(_ absorbedID: ContactID, into keptID: ContactID, in book: Book, at date: Date) throws(Failure) -> Book {
        guard absorbedID != keptID else { throw .sameContact }
        guard var kept = book.contacts[keptID] else { throw .missing(keptID) }
        guard let absorbed = book.contacts[absorbedID] else { throw .missing(absorbedID) }
        var book = book

        combine(&kept, with: absorbed)
        kept.updatedAt = date
        book.contacts.upsert(kept)
        book.contacts.remove(absorbedID)
        relink(from: absorbedID, to: keptID, in: &book)
        return book
    }

    static func combine(_ kept: inout Contact, with absorbed: Contact) {
        if kept.firstName.isEmpty { kept.firstName = absorbed.firstName }
        if kept.lastName.isEmpty { kept.lastName = absorbed.lastName }
        if kept.jobTitle.isEmpty { kept.jobTitle = absorbed.jobTitle }
        if kept.source.isEmpty { kept.source = absorbed.source }
        if kept.companyID == nil { kept.companyID = absorbed.companyID }
        if kept.address?.isEmpty ?? true { kept.address = absorbed.address ?? kept.address }
        if kept.birthday == nil { kept.birthday = absorbed.birthday }
        let keptEmails = Set(kept.emails.map { ContactNormalization.email($0.value) })
        kept.emails += absorbed.emails.filter { !keptEmails.contains(ContactNormalization.email($0.value)) }
        let keptPhones = Set(kept.phones.map { ContactNormalization.phone($0.value) })
        kept.phones += absorbed.phones.filter { !keptPhones.contains(ContactNormalization.phone($0.value)) }
        for tag in absorbed.tags where !kept.tags.contains(tag) { kept.tags.append(tag) }
        if !absorbed.notes.isEmpty {
            kept.notes = kept.notes.isEmpty ? absorbed.notes : kept.notes + "\n\n" + absorbed.notes
        }
        for (key, value) in absorbed.customFields where kept.customFields[key] == nil { kept.customFields[key] = value }
        // The further stage wins; both histories are kept, in date order, ending on that stage.
        let stage = max(kept.lifecycle, absorbed.lifecycle)
        var history = (kept.lifecycleHistory + absorbed.lifecycleHistory).sorted { $0.enteredAt < $1.enteredAt }
        if history.last?.stage != stage, let entry = history.last(where: { $0.stage == stage }) {
            history.append(LifecycleEntry(stage: stage, enteredAt: max(entry.enteredAt, history.last?.enteredAt ?? entry.enteredAt)))
        }
        kept.lifecycle = stage
        kept.lifecycleHistory = history
        // For each consent, the most recent decision is the one in force.
        kept.consent.privacy = latest(kept.consent.privacy, absorbed.consent.privacy)
        kept.consent.marketing = latest(kept.consent.marketing, absorbed.consent.marketing)
        kept.createdAt = min(kept.createdAt, absorbed.createdAt)
    }

    private static func latest(_ a: ConsentRecord?, _ b: ConsentRecord?) -> ConsentRecord? {
        guard let a else { return b }
        guard let b else { return a }
        return b.date > a.date ? b : a
    }

    /// Points every record that named `old` at `new`.
    static func relink(from old: ContactID, to new: ContactID, in book: inout Book) {
        for activity in book.activities.all where activity.contactID == old {
            book.activities.update(activity.id) { $0.contactID = new }
        }
        for opportunity in book.opportunities.all where opportunity.contactID == old {
            book.opportunities.update(opportunity.id) { $0.contactID = new }
        }
        for purchase in book.purchases.all where purchase.contactID == old {
            book.purchases.update(purchase.id) { $0.contactID = new }
        }
        for survey in book.surveys.all where survey.contactID == old {
            book.surveys.update(survey.id) { $0.contactID = new }
        }
        for ticket in book.tickets.all where ticket.contactID == old {
            book.tickets.update(ticket.id) { $0.contactID = new }
        }
        for campaign in book.campaigns.all where campaign.members.contains(where: { $0.contactID == old }) {
            book.campaigns.update(campaign.id) { campaign in
                let alreadyMember = campaign.members.contains { $0.contactID == new }
                if alreadyMember {
                    campaign.members.removeAll { $0.contactID == old }
                } else {
                    for index in campaign.members.indices where campaign.members[index].contactID == old {
                        campaign.members[index].contactID = new
                    }
                }
            }
        }
    }
}
