/// The large demo book's custom fields, so the benchmark's figures include them: a few typed
/// fields on contacts, companies and deals, with values on part of the records. Derived from
/// each record's number, not drawn from the seeded stream: the rest of the book stays the same.
/// The small book has none (the screens' fixtures and goldens are made from it).
extension GenerationState {
    static let regions = ["North", "Centre", "South", "Islands"]

    mutating func makeCustomFields() {
        guard size == .large else { return }
        book.settings.customFields = [
            CustomFieldDefinition(kind: .contact, name: "Codice fiscale", type: .text),
            CustomFieldDefinition(kind: .contact, name: "Newsletter", type: .yesNo),
            CustomFieldDefinition(kind: .company, name: "Revenue", type: .money),
            CustomFieldDefinition(kind: .opportunity, name: "Budget", type: .money),
            CustomFieldDefinition(kind: .opportunity, name: "Renewal", type: .date),
            CustomFieldDefinition(kind: .opportunity, name: "Region", type: .choice, choices: Self.regions),
        ]
        for contact in Array(book.contacts.all) where contact.id.number.map({ $0 % 3 == 0 }) ?? false {
            let number = contact.id.number ?? 0
            var changed = contact
            changed.customFields["Codice fiscale"] = "DMO" + String(100_000 + number)
            changed.customFields["Newsletter"] = number % 2 == 0 ? "yes" : "no"
            book.contacts.upsert(changed)
        }
        for company in Array(book.companies.all) where company.id.number.map({ $0 % 2 == 0 }) ?? false {
            let number = Int64(company.id.number ?? 0)
            var changed = company
            changed.customValues["Revenue"] = CustomFieldValue.money(Money(major: 100_000 + number * 1_000, currency: euro)).stored
            book.companies.upsert(changed)
        }
        for deal in Array(book.opportunities.all) {
            let number = deal.id.number ?? 0
            var changed = deal
            changed.customValues["Budget"] = CustomFieldValue.money(Money(major: Int64(1_000 + (number % 50) * 500), currency: euro)).stored
            if number % 4 == 0 { changed.customValues["Renewal"] = today.adding(days: number % 400).description }
            changed.customValues["Region"] = Self.regions[number % Self.regions.count]
            book.opportunities.upsert(changed)
        }
    }
}
