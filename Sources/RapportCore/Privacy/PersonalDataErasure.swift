import Foundation

/// The right to erasure (GDPR art. 17): the person and every personal field go; anonymous
/// aggregates stay so reports remain true (a purchase keeps its amount, date and product, a
/// survey answer its score and date, a deal its amount and stages, all without the link).
///
/// Records that are about the person (their activities and tickets) are removed. Free text
/// elsewhere that names them (a deal called "Renewal for Giulia Rossi", a colleague's notes) has
/// the name, emails and phone numbers replaced with "[erased]".
public enum PersonalDataErasure {
    public static let replacement = "[erased]"

    public struct Report: Hashable, Sendable {
        public var removedActivities = 0
        public var removedTickets = 0
        public var anonymizedPurchases = 0
        public var anonymizedSurveys = 0
        public var unlinkedOpportunities = 0
        public var campaignMemberships = 0
        public var redactedFields = 0

        public var summary: String {
            "removed \(removedActivities) activities and \(removedTickets) tickets; kept \(anonymizedPurchases) purchases, "
                + "\(anonymizedSurveys) survey answers and \(unlinkedOpportunities) deals without the link; "
                + "left \(campaignMemberships) campaigns; redacted \(redactedFields) text fields"
        }
    }

    public static func erase(_ id: ContactID, from book: Book) -> (book: Book, report: Report)? {
        guard let contact = book.contacts[id] else { return nil }
        var book = book
        var report = Report()
        book.contacts.remove(id)
        for activity in book.activities.all where activity.contactID == id {
            book.activities.remove(activity.id)
            report.removedActivities += 1
        }
        for ticket in book.tickets.all where ticket.contactID == id {
            book.tickets.remove(ticket.id)
            report.removedTickets += 1
        }
        for purchase in book.purchases.all where purchase.contactID == id {
            book.purchases.update(purchase.id) { $0.contactID = nil }
            report.anonymizedPurchases += 1
        }
        for survey in book.surveys.all where survey.contactID == id {
            // The comment is the person's own words: personal. The score is the aggregate.
            book.surveys.update(survey.id) { $0.contactID = nil; $0.comment = "" }
            report.anonymizedSurveys += 1
        }
        for opportunity in book.opportunities.all where opportunity.contactID == id {
            book.opportunities.update(opportunity.id) { $0.contactID = nil }
            report.unlinkedOpportunities += 1
        }
        for campaign in book.campaigns.all where campaign.members.contains(where: { $0.contactID == id }) {
            book.campaigns.update(campaign.id) { $0.members.removeAll { $0.contactID == id } }
            report.campaignMemberships += 1
        }
        report.redactedFields = redact(identifiers(of: contact), in: &book)
        return (book, report)
    }

    /// The strings that identify the person: the full name (and "Last First"), every email and
    /// phone number as written. Single first or last names alone are not redacted: "Anna" in a
    /// colleague's notes may be another Anna.
    static func identifiers(of contact: Contact) -> [String] {
        var result: [String] = []
        let first = contact.firstName.trimmingCharacters(in: .whitespaces)
        let last = contact.lastName.trimmingCharacters(in: .whitespaces)
        if !first.isEmpty, !last.isEmpty {
            result += ["\(first) \(last)", "\(last) \(first)", "\(last), \(first)"]
        }
        result += contact.emails.map(\.value) + contact.phones.map(\.value)
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 3 }
    }

    /// Replaces the identifiers in every free-text field of the book; returns how many fields changed.
    static func redact(_ identifiers: [String], in book: inout Book) -> Int {
        guard !identifiers.isEmpty else { return 0 }
        var changed = 0
        func scrub(_ text: inout String) {
            var result = text
            for identifier in identifiers where result.range(of: identifier, options: .caseInsensitive) != nil {
                result = result.replacingOccurrences(of: identifier, with: replacement, options: .caseInsensitive)
            }
            if result != text {
                text = result
                changed += 1
            }
        }
        func mentions(_ texts: String...) -> Bool {
            texts.contains { text in identifiers.contains { text.range(of: $0, options: .caseInsensitive) != nil } }
        }
        for activity in book.activities.all where mentions(activity.summary, activity.notes) {
            book.activities.update(activity.id) { scrub(&$0.summary); scrub(&$0.notes) }
        }
        for opportunity in book.opportunities.all where mentions(opportunity.title, opportunity.notes) {
            book.opportunities.update(opportunity.id) { scrub(&$0.title); scrub(&$0.notes) }
        }
        for ticket in book.tickets.all where mentions(ticket.subject, ticket.notes) {
            book.tickets.update(ticket.id) { scrub(&$0.subject); scrub(&$0.notes) }
        }
        for other in book.contacts.all where mentions(other.notes) {
            book.contacts.update(other.id) { scrub(&$0.notes) }
        }
        for company in book.companies.all where mentions(company.notes) {
            book.companies.update(company.id) { scrub(&$0.notes) }
        }
        for survey in book.surveys.all where mentions(survey.comment) {
            book.surveys.update(survey.id) { scrub(&$0.comment) }
        }
        return changed
    }
}
