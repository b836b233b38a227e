import Foundation
import RapportCanvas
import RapportCore

/// The contacts view's forms: how each is filled in, and what its values become. Fields with a
/// fixed set of answers (stages, segments, tags, priorities) offer them in the shared picker.
enum ContactForms {
    static let stageChoices = LifecycleStage.allCases.map(\.title)

    /// The built-in fields come first (`apply` reads them by position), the custom ones after.
    static let builtInFieldCount = 10

    static func contactForm(_ contact: Contact?, book: Book, today: LocalDate) -> CompletingForm {
        let company = contact?.companyID.flatMap { book.companies[$0]?.name } ?? ""
        let custom = CustomFieldFormFields.fields(for: contact, of: Contact.self, settings: book.settings, today: today,
                                                  firstIndex: builtInFieldCount)
        return CompletingForm(fields: [
            // Neither name is required alone: `identityProblem` applies the one rule on submit.
            FormField("First name", text: contact?.firstName ?? ""),
            FormField("Last name", text: contact?.lastName ?? ""),
            // Every address and number, the primary first; "work: …" gives one a label.
            FormField("Emails", text: FieldParsing.labeledListText(contact?.emails ?? []), placeholder: "name@example.com, work: n@firm.it",
                      validate: FieldParsing.emails),
            FormField("Phones", text: FieldParsing.labeledListText(contact?.phones ?? []), placeholder: "+39 02 1234 5678, mobile: …",
                      validate: FieldParsing.phones),
            FormField("Company", text: company, placeholder: "existing or new company"),
            FormField("Job title", text: contact?.jobTitle ?? ""),
            FormField("Tags", text: contact?.tags.joined(separator: ", ") ?? "", placeholder: "comma, separated"),
            FormField("Source", text: contact?.source ?? "", placeholder: "website, referral, trade fair…"),
            FormField("Stage", text: (contact?.lifecycle ?? .lead).title, validate: FieldParsing.stage),
            keepInTouchField(contact),
        ] + custom.fields, sources: custom.sources.merging([8: .options(stageChoices)]) { _, builtIn in builtIn })
    }

    /// Applies the contact form's values to `contact` (a new one or a copy of the edited one),
    /// finding or creating the named company in `book`.
    static func apply(_ values: [String], to contact: inout Contact, book: inout Book, now: Date, today: LocalDate) {
        guard values.count >= 9 else { return }
        func trimmed(_ index: Int) -> String { values[index].trimmingCharacters(in: .whitespaces) }
        contact.firstName = trimmed(0)
        contact.lastName = trimmed(1)
        contact.emails = uniqueValues(FieldParsing.labeledList(values[2]), normalized: ContactNormalization.email)
        contact.phones = uniqueValues(FieldParsing.labeledList(values[3]), normalized: ContactNormalization.phone)
        contact.companyID = companyID(named: trimmed(4), book: &book, now: now)
        contact.jobTitle = trimmed(5)
        contact.tags = FieldParsing.list(values[6])
        contact.source = trimmed(7)
        if let stage = LifecycleStage(loose: trimmed(8)) { contact.enter(stage, at: now) }
        if values.count > 9 { contact.keepInTouchDays = keepInTouchDays(values[9]) }
        if values.count > builtInFieldCount {
            CustomFieldFormFields.apply(values[builtInFieldCount...], to: &contact, settings: book.settings, today: today)
        }
        contact.updatedAt = now
    }

    /// The values in the order typed, without repeats of the same address or number.
    private static func uniqueValues(_ values: [LabeledValue], normalized: (String) -> String) -> [LabeledValue] {
        var seen: Set<String> = []
        return values.filter { seen.insert(normalized($0.value)).inserted }
    }

    /// What the book's one rule (`FieldRules.contactIdentity`: a first name, a last name or an
    /// email) says of the form's values, as `rapport add contact` and `rapport check` apply it.
    static func identityProblem(_ values: [String]) -> String? {
        guard values.count >= 9 else { return nil }
        return FieldRules.contactIdentity(firstName: values[0], lastName: values[1],
                                          emails: FieldParsing.labeledList(values[2]).map(\.value))
    }

    /// The emails and phones a new contact's form names, for the duplicate check.
    static func emailsAndPhones(_ values: [String]) -> (emails: [String], phones: [String]) {
        guard values.count >= 9 else { return ([], []) }
        return (FieldParsing.labeledList(values[2]).map(\.value), FieldParsing.labeledList(values[3]).map(\.value))
    }

    static func companyID(named name: String, book: inout Book, now: Date) -> CompanyID? {
        guard !name.isEmpty else { return nil }
        if let existing = book.companies.all.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            return existing.id
        }
        let id = book.companies.nextID()
        book.companies.upsert(Company(id: id, createdAt: now, name: name))
        return id
    }

    static func filterForm(_ query: ContactListQuery, tags: [String]) -> CompletingForm {
        CompletingForm(fields: [
            FormField("Stage", text: query.stage?.title ?? "", placeholder: "any stage", validate: FieldParsing.optionalStage),
            FormField("Tag", text: query.tag ?? "", placeholder: "any tag"),
            FormField("Segment", text: query.segment?.title ?? "", placeholder: "any segment",
                      validate: FieldParsing.expecting(segmentChoices) { $0.trimmingCharacters(in: .whitespaces).isEmpty || segment(named: $0) != nil }),
            dueTouchField(query),
        ], sources: [0: .options(stageChoices), 1: .options(tags), 2: .options(CustomerSegment.allCases.map(\.title))])
    }

    static let segmentChoices = CustomerSegment.allCases.map { $0.title.lowercased() }.joined(separator: ", ")

    /// A segment by its title or its name in reports ("at risk", "at-risk"), any case.
    static func segment(named text: String) -> CustomerSegment? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return nil }
        return CustomerSegment.allCases.first { $0.title.lowercased() == wanted || $0.rawValue == wanted }
    }

    static func consentForm(_ contact: Contact) -> FormState {
        func text(_ record: ConsentRecord?) -> String { record.map { $0.granted ? "yes" : "no" } ?? "no" }
        return FormState(fields: [
            FormField("Privacy", text: text(contact.consent.privacy), placeholder: "yes or no", validate: FieldParsing.yesNoValidator),
            FormField("Marketing", text: text(contact.consent.marketing), placeholder: "yes or no", validate: FieldParsing.yesNoValidator),
            FormField("How given", placeholder: "phone call, web form, signed contract…",
                      validate: Validators.required("Say how the consent was given or withdrawn")),
        ])
    }

    /// Records a new consent decision (dated now, with how it was given) for each value that changed.
    static func applyConsent(_ values: [String], to contact: inout Contact, now: Date) -> Bool {
        guard values.count == 3, let privacy = FieldParsing.yesNo(values[0]), let marketing = FieldParsing.yesNo(values[1]) else {
            return false
        }
        let method = values[2].trimmingCharacters(in: .whitespaces)
        var changed = false
        if contact.consent.privacy?.granted != privacy {
            contact.consent.privacy = ConsentRecord(granted: privacy, date: now, method: method)
            changed = true
        }
        if contact.consent.marketing?.granted != marketing {
            contact.consent.marketing = ConsentRecord(granted: marketing, date: now, method: method)
            changed = true
        }
        if changed { contact.updatedAt = now }
        return changed
    }

    static func convertForm(_ contact: Contact, book: Book) -> CompletingForm {
        let company = contact.companyID.flatMap { book.companies[$0]?.name } ?? ""
        let stage = book.settings.pipeline.first?.name ?? ""
        return CompletingForm(fields: [
            FormField("Opportunity", text: "\(company.isEmpty ? contact.displayName : company) deal",
                      validate: Validators.required("The opportunity needs a title")),
            FormField("Amount", text: "0", placeholder: "12000", validate: FieldParsing.amount),
            FormField("Stage", text: stage, validate: FieldParsing.expecting("A stage of the pipeline") { book.settings.stage(named: $0.trimmingCharacters(in: .whitespaces)) != nil }),
            FormField("Close by", placeholder: Messages.formsDatePlaceholder.text, validate: FieldParsing.optionalDate),
            FormField(company.isEmpty ? "New company" : "Company", text: company,
                      placeholder: company.isEmpty ? "created when named" : ""),
        ], sources: [2: .options(book.settings.pipeline.map(\.name))])
    }

    static func conversionRequest(_ values: [String], currency: CurrencyCode, today: LocalDate) -> LeadConversion.Request? {
        guard values.count == 5, let amount = FieldParsing.money(values[1], currency: currency) else { return nil }
        return LeadConversion.Request(opportunityTitle: values[0], amount: amount,
                                      stageID: values[2].trimmingCharacters(in: .whitespaces),
                                      expectedClose: DateInput.parse(values[3], today: today),
                                      companyName: values[4])
    }

    static func ticketForm() -> CompletingForm {
        CompletingForm(fields: [
            FormField("Subject", validate: Validators.required("A subject is required")),
            FormField("Priority", text: "normal", placeholder: "low, normal, high, urgent",
                      validate: FieldParsing.expecting("low, normal, high or urgent") { TicketPriority(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) != nil }),
            FormField("Notes", placeholder: "optional"),
        ], sources: [1: .options(TicketPriority.allCases.map(\.rawValue))])
    }
}
