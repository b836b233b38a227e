import Foundation
@testable import RapportCore

/// A tiny hand-made book for store and model tests.
enum SampleBook {
    static let day = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
    static let noon = Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + 12 * 3600))

    static func make() -> Book {
        var book = Book()
        // A book of this version defines every custom field its records hold a value for.
        book.settings.customFields = [CustomFieldDefinition(kind: .contact, name: "vat", type: .text)]
        let company = Company(id: CompanyID(number: 1), createdAt: noon, name: "Tessitura Rossi S.r.l.", domain: "rossi.it",
                              industry: "Manufacturing", size: .small, address: PostalAddress(city: "Milano", country: "Italy"))
        book.companies.upsert(company)
        var contact = Contact(id: ContactID(number: 1), createdAt: noon, firstName: "Giulia", lastName: "Rossi",
                              emails: [LabeledValue("giulia@rossi.it", label: "work")],
                              phones: [LabeledValue("+39 333 123 4567", label: "mobile")], companyID: company.id,
                              jobTitle: "CEO", tags: ["vip"], notes: "Prefers calls after 10\nSecond line \"quoted\"",
                              customFields: ["vat": "IT01234567890"], lifecycle: .lead,
                              consent: Consent(privacy: ConsentRecord(granted: true, date: noon, method: "web form")))
        contact.enter(.sql, at: noon.addingTimeInterval(3600))
        book.contacts.upsert(contact)
        book.contacts.upsert(Contact(id: ContactID(number: 2), createdAt: noon, firstName: "Zoé", lastName: "Lefèvre 漢字 👍🏽"))
        var deal = Opportunity(id: OpportunityID(number: 1), createdAt: noon, title: "Annual licence", contactID: contact.id,
                               companyID: company.id, stageID: "new", amount: Money(major: 12_000, currency: .eur),
                               expectedClose: day.adding(days: 30))
        deal.move(toStage: "proposal", at: noon.addingTimeInterval(86_400))
        deal.addOffer(Offer(amount: Money(major: 11_500, currency: .eur), date: day), at: noon)
        book.opportunities.upsert(deal)
        book.activities.upsert(Activity(id: ActivityID(number: 1), createdAt: noon, task: .call, summary: "Follow-up call",
                                        due: day.adding(days: -1), dueTime: LocalTime(hour: 9, minute: 30),
                                        contactID: contact.id, opportunityID: deal.id))
        book.activities.upsert(Activity(id: ActivityID(number: 2), createdAt: noon, channel: .storeVisit, direction: .inbound,
                                        summary: "Visited the showroom", occurredAt: noon, contactID: contact.id))
        book.purchases.upsert(Purchase(id: PurchaseID(number: 1), createdAt: noon, contactID: contact.id, date: day,
                                       amount: Money(minorUnits: 4_990, currency: .eur), product: "Starter kit", category: "Kits"))
        book.surveys.upsert(SurveyResponse(id: SurveyResponseID(number: 1), createdAt: noon, contactID: contact.id, date: day, score: 9))
        book.tickets.upsert(Ticket(id: TicketID(number: 1), createdAt: noon, contactID: contact.id, subject: "Invoice question"))
        book.templates.upsert(Template(id: TemplateID(number: 1), createdAt: noon, name: "Welcome", kind: .email, subject: "Hi", body: "Hello {{first_name}}"))
        book.campaigns.upsert(Campaign(id: CampaignID(number: 1), createdAt: noon, name: "Black Friday 2026", channel: .email,
                                       budget: Money(major: 1000, currency: .eur), cost: Money(major: 800, currency: .eur),
                                       members: [CampaignMember(contactID: contact.id, sentAt: noon)]))
        return book
    }
}
