import Foundation

/// Deleting a contact from the CRM (not a GDPR erasure, see `PersonalDataErasure`): the person
/// goes with their activities and tickets; deals, purchases and survey answers stay, unlinked,
/// because the pipeline and the sales figures must not change when an address book is tidied.
public enum ContactDeletion {
    public static func delete(_ id: ContactID, from book: Book) -> Book {
        guard book.contacts.contains(id) else { return book }
        var book = book
        book.contacts.remove(id)
        for activity in book.activities.all where activity.contactID == id {
            if activity.opportunityID != nil || activity.companyID != nil {
                book.activities.update(activity.id) { $0.contactID = nil }
            } else {
                book.activities.remove(activity.id)
            }
        }
        for ticket in book.tickets.all where ticket.contactID == id { book.tickets.remove(ticket.id) }
        for opportunity in book.opportunities.all where opportunity.contactID == id {
            book.opportunities.update(opportunity.id) { $0.contactID = nil }
        }
        for purchase in book.purchases.all where purchase.contactID == id {
            book.purchases.update(purchase.id) { $0.contactID = nil }
        }
        for survey in book.surveys.all where survey.contactID == id {
            book.surveys.update(survey.id) { $0.contactID = nil }
        }
        for campaign in book.campaigns.all where campaign.members.contains(where: { $0.contactID == id }) {
            book.campaigns.update(campaign.id) { $0.members.removeAll { $0.contactID == id } }
        }
        return book
    }

    /// Deletes a company; its people and deals stay, without the link.
    public static func deleteCompany(_ id: CompanyID, from book: Book) -> Book {
        guard book.companies.contains(id) else { return book }
        var book = book
        book.companies.remove(id)
        for contact in book.contacts.all where contact.companyID == id {
            book.contacts.update(contact.id) { $0.companyID = nil }
        }
        for opportunity in book.opportunities.all where opportunity.companyID == id {
            book.opportunities.update(opportunity.id) { $0.companyID = nil }
        }
        for activity in book.activities.all where activity.companyID == id {
            book.activities.update(activity.id) { $0.companyID = nil }
        }
        return book
    }
}
