import Foundation
import RapportCanvas
import RapportCore

enum CompanyForms {
    /// The built-in fields come first (`submit` reads them by position), the custom ones after.
    static let builtInFieldCount = 7

    static func companyForm(_ company: Company?, settings: Settings, today: LocalDate) -> FormState {
        let custom = CustomFieldFormFields.fields(for: company, of: Company.self, settings: settings, today: today,
                                                  firstIndex: builtInFieldCount)
        return FormState(fields: [
            FormField("Name", text: company?.name ?? "", validate: Validators.required("A name is required")),
            FormField("Domain", text: company?.domain ?? "", placeholder: "example.com"),
            FormField("Industry", text: company?.industry ?? ""),
            FormField("Size", text: company?.size?.rawValue ?? "", placeholder: "1-9, 10-49, 50-249, 250-999, 1000+",
                      validate: FieldParsing.expecting("One of 1-9, 10-49, 50-249, 250-999, 1000+", optional: true) {
                          CompanySize(rawValue: $0.trimmingCharacters(in: .whitespaces)) != nil
                      }),
            FormField("City", text: company?.address?.city ?? ""),
            FormField("Country", text: company?.address?.country ?? ""),
            FormField("Tags", text: company?.tags.joined(separator: ", ") ?? "", placeholder: "comma, separated"),
        ] + custom.fields)
    }

    static func submit(_ purpose: CompanyFormPurpose, values: [String], state: inout CompaniesState,
                       context: inout ScreenContext<CompaniesScreen>) {
        let now = context.now
        var book = context.book
        switch purpose {
        case .new, .edit:
            var company: Company
            if case .edit(let id) = purpose, let existing = book.companies[id] {
                company = existing
            } else {
                company = Company(id: book.companies.nextID(), createdAt: now, name: "")
            }
            func trimmed(_ index: Int) -> String { values[index].trimmingCharacters(in: .whitespaces) }
            company.name = trimmed(0)
            company.domain = trimmed(1)
            company.industry = trimmed(2)
            company.size = CompanySize(rawValue: trimmed(3))
            var address = company.address ?? PostalAddress()
            address.city = trimmed(4)
            address.country = trimmed(5)
            company.address = address.isEmpty ? nil : address
            company.tags = FieldParsing.list(values[6])
            if values.count > builtInFieldCount {
                CustomFieldFormFields.apply(values[builtInFieldCount...], to: &company, settings: book.settings, today: context.today)
            }
            company.updatedAt = now
            book.companies.upsert(company)
            context.commit(book, label: "Saved \(company.name)", state: &state)
            if case .new = purpose { CompaniesUpdate.open(company.id, state: &state, context: context) }
        case .interaction(let id):
            guard let (logged, label) = ActivityForms.loggedInteraction(values, links: ActivityLinks(companyID: id), in: book,
                                                                        clock: context.clock) else { return }
            context.commit(logged, label: label, state: &state)
        case .task(let id):
            guard let task = ActivityForms.planTask(values, links: ActivityLinks(companyID: id), book: &book, now: now,
                                                    today: context.today) else { return }
            context.commit(book, label: "Planned: \(task.summary)", state: &state)
        }
    }
}
