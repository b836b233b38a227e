import Foundation
@testable import RapportCore

/// A small fixed book for the contacts, companies and activities screens.
enum CRMFixture {
    static let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
    static func at(_ days: Int, hour: Int = 10) -> Date {
        Date(timeIntervalSince1970: Double((today.dayNumber + days) * 86_400 + hour * 3600))
    }

    static func make() -> Book {
        var book = Book()
        book.companies.upsert(Company(id: CompanyID(number: 1), createdAt: at(-400), name: "Tessitura Rossi", domain: "rossi.it",
                                      industry: "Textiles", size: .small))
        book.companies.upsert(Company(id: CompanyID(number: 2), createdAt: at(-300), name: "Northwind", domain: "northwind.io",
                                      industry: "Logistics"))
        var giulia = Contact(id: ContactID(number: 1), createdAt: at(-400), firstName: "Giulia", lastName: "Rossi",
                             emails: [LabeledValue("giulia@rossi.it", label: "work")], phones: [LabeledValue("+39 333 123 4567", label: "mobile")],
                             companyID: CompanyID(number: 1), jobTitle: "CEO", source: "trade fair", tags: ["vip"],
                             notes: "Prefers calls after 10.", lifecycle: .lead,
                             consent: Consent(privacy: ConsentRecord(granted: true, date: at(-400), method: "web form")))
        giulia.enter(.mql, at: at(-300))
        giulia.enter(.sql, at: at(-200))
        giulia.enter(.opportunity, at: at(-100))
        giulia.enter(.customer, at: at(-50))
        book.contacts.upsert(giulia)
        book.contacts.upsert(Contact(id: ContactID(number: 2), createdAt: at(-90), firstName: "Giuseppe", lastName: "Verdi",
                                     emails: [LabeledValue("gverdi@example.com")], lifecycle: .mql))
        book.contacts.upsert(Contact(id: ContactID(number: 3), createdAt: at(-80), firstName: "Ann", lastName: "Lee",
                                     emails: [LabeledValue("ann@northwind.io")], phones: [LabeledValue("+1 415 555 0101")],
                                     companyID: CompanyID(number: 2), jobTitle: "Buyer", lifecycle: .lead))
        book.contacts.upsert(Contact(id: ContactID(number: 4), createdAt: at(-70), firstName: "Annabel", lastName: "Leeds",
                                     emails: [LabeledValue("annabel@leeds.co.uk")], tags: ["newsletter"], lifecycle: .subscriber))
        book.contacts.upsert(Contact(id: ContactID(number: 5), createdAt: at(-60), firstName: "Joanna", lastName: "Nash",
                                     lifecycle: .formerCustomer))
        var deal = Opportunity(id: OpportunityID(number: 1), createdAt: at(-100), title: "Loom upgrade", contactID: giulia.id,
                               companyID: CompanyID(number: 1), stageID: "new", amount: Money(major: 12_000, currency: .eur))
        deal.markWon(at: at(-50))
        book.opportunities.upsert(deal)
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 2), createdAt: at(-20), title: "Spare parts contract",
                                              contactID: giulia.id, companyID: CompanyID(number: 1), stageID: "proposal",
                                              amount: Money(major: 4_500, currency: .eur), expectedClose: today.adding(days: 20)))
        book.activities.upsert(Activity(id: ActivityID(number: 1), createdAt: at(-3), channel: .phone, direction: .outbound,
                                        summary: "Discussed the spare parts", occurredAt: at(-3), contactID: giulia.id))
        book.activities.upsert(Activity(id: ActivityID(number: 2), createdAt: at(-3), task: .call, summary: "Call about the proposal",
                                        due: today.adding(days: -1), contactID: giulia.id, opportunityID: OpportunityID(number: 2)))
        book.activities.upsert(Activity(id: ActivityID(number: 3), createdAt: at(-3), task: .meeting, summary: "Demo at Northwind",
                                        due: today, dueTime: LocalTime(hour: 15, minute: 0), contactID: ContactID(number: 3)))
        book.activities.upsert(Activity(id: ActivityID(number: 4), createdAt: at(-3), task: .email, summary: "Send the catalogue",
                                        due: today.adding(days: 3), contactID: ContactID(number: 4)))
        book.activities.upsert(Activity(id: ActivityID(number: 5), createdAt: at(-3), task: .todo, summary: "Plan the trade fair",
                                        due: today.adding(days: 40)))
        book.purchases.upsert(Purchase(id: PurchaseID(number: 1), createdAt: at(-40), contactID: giulia.id, date: today.adding(days: -40),
                                       amount: Money(minorUnits: 129_900, currency: .eur), product: "Loom service", category: "Service"))
        book.surveys.upsert(SurveyResponse(id: SurveyResponseID(number: 1), createdAt: at(-30), contactID: giulia.id,
                                           date: today.adding(days: -30), score: 9, comment: "Fast and friendly"))
        var ticket = Ticket(id: TicketID(number: 1), createdAt: at(-10), contactID: giulia.id, subject: "Loom makes a noise",
                            priority: .high, notes: "Technician booked")
        ticket.status = .pending
        book.tickets.upsert(ticket)
        return book
    }
}
