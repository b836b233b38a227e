import Foundation
import RapportCore

/// `rapport set RECORD FIELD=VALUE…`: changes built-in and custom fields of a contact, company,
/// opportunity or activity, every value checked by the rule the forms use, saved as one change
/// (nothing is saved when one value is refused).
enum SetCommand {
    static let command = Command(
        name: "set", summary: Messages.setCLISummary.text, usage: Messages.setCLIUsage.text,
        valueOptions: ["data"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.count >= 2, let name = arguments.positionals.first else {
            throw UsageError(Messages.setCLINeedsAssignments.text)
        }
        var assignments: [(name: String, value: String)] = []
        for word in arguments.positionals.dropFirst() {
            guard let assignment = CustomFieldAssignment.split(word) else {
                throw UsageError(Messages.setCLINotAnAssignment.text(["text": word]))
            }
            assignments.append(assignment)
        }
        let clock = try context.clock()
        let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
        defer { store.close() }
        let record = try BookAccess.require(RecordLookup(book: book).any(name), "record", name)
        var changed = book
        let setter = RecordSetter(book: book, now: clock.now, today: clock.today)
        let id: String
        switch record {
        case .contact(var contact):
            try setter.apply(assignments, to: &contact, builtIn: setter.contactField)
            if let problem = FieldRules.contactIdentity(firstName: contact.firstName, lastName: contact.lastName, emails: contact.emails.map(\.value)) {
                throw UsageError(problem)
            }
            contact.updatedAt = clock.now
            changed.contacts.upsert(contact)
            id = contact.id.rawValue
        case .company(var company):
            try setter.apply(assignments, to: &company, builtIn: setter.companyField)
            if let problem = FieldRules.required(company.name, field: "name") { throw UsageError(problem) }
            company.updatedAt = clock.now
            changed.companies.upsert(company)
            id = company.id.rawValue
        case .opportunity(var deal):
            try setter.apply(assignments, to: &deal, builtIn: setter.opportunityField)
            if let problem = FieldRules.required(deal.title, field: "title") { throw UsageError(problem) }
            deal.updatedAt = clock.now
            changed.opportunities.upsert(deal)
            id = deal.id.rawValue
        case .activity(var activity):
            try setter.apply(assignments, to: &activity, builtIn: setter.activityField)
            if let problem = FieldRules.required(activity.summary, field: "summary") { throw UsageError(problem) }
            activity.updatedAt = clock.now
            changed.activities.upsert(activity)
            id = activity.id.rawValue
        default:
            throw CommandFailure(Messages.setCLIWrongKind.text(["id": name]))
        }
        try BookAccess.save(changed, with: store)
        Output.out(id)
        return 0
    }
}

/// Applies `FIELD=VALUE` words to one record: a built-in field when the name is one (ignoring
/// case, dashes and spaces: `first-name`, `firstName`), else the record kind's custom field.
struct RecordSetter {
    let book: Book
    let now: Date
    let today: LocalDate

    /// A built-in field's setter: false when the name is not a built-in field of the kind.
    typealias BuiltIn<R> = (_ key: String, _ value: String, _ record: inout R) throws -> Bool

    func apply<R: CustomFieldHolder>(_ assignments: [(name: String, value: String)], to record: inout R,
                                     builtIn: BuiltIn<R>) throws {
        let context = CustomFieldContext(today: today, settings: book.settings)
        for (name, value) in assignments {
            let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
            if try builtIn(key, value, &record) { continue }
            if let problem = CustomFieldAssignment.apply(name, value, to: &record, settings: book.settings, context: context) {
                throw UsageError(problem)
            }
        }
    }

    private func text(_ value: String) -> String { value.trimmingWhitespace() }

    private func tags(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private func headerSafe(_ value: String, _ field: String) throws(UsageError) -> String {
        if let problem = HeaderSafeText.textProblem(value, field: field) { throw UsageError(problem) }
        return text(value)
    }

    private func company(_ value: String) throws -> CompanyID? {
        guard !text(value).isEmpty else { return nil }
        return try BookAccess.require(RecordLookup(book: book).company(text(value)), "company", value).id
    }

    private func contact(_ value: String) throws -> ContactID? {
        guard !text(value).isEmpty else { return nil }
        return try BookAccess.require(RecordLookup(book: book).contact(text(value)), "contact", value).id
    }

    func contactField(_ key: String, _ value: String, _ contact: inout Contact) throws -> Bool {
        switch key {
        case "firstname": contact.firstName = try headerSafe(value, "firstName")
        case "lastname": contact.lastName = try headerSafe(value, "lastName")
        case "name":
            let (first, last) = FullName.split(text(value))
            contact.firstName = try headerSafe(first, "name")
            contact.lastName = try headerSafe(last, "name")
        case "email":
            let email = text(value)
            if email.isEmpty {
                if !contact.emails.isEmpty { contact.emails.removeFirst() }
            } else {
                if let problem = FieldRules.email(email) ?? HeaderSafeText.addressProblem(email, field: "email") { throw UsageError(problem) }
                if case .found(let other) = RecordLookup(book: book).contact(email), other.id != contact.id {
                    throw CommandFailure("\(other.id) already has the email \(email)")
                }
                if contact.emails.isEmpty { contact.emails = [LabeledValue(email)] } else { contact.emails[0].value = email }
            }
        case "phone":
            let phone = text(value)
            if phone.isEmpty {
                if !contact.phones.isEmpty { contact.phones.removeFirst() }
            } else if contact.phones.isEmpty {
                contact.phones = [LabeledValue(phone)]
            } else {
                contact.phones[0].value = phone
            }
        case "title", "jobtitle": contact.jobTitle = text(value)
        case "company": contact.companyID = try company(value)
        case "source": contact.source = text(value)
        case "notes": contact.notes = value
        case "tags": contact.tags = tags(value)
        case "stage", "lifecycle":
            guard let stage = LifecycleStage(loose: text(value)) else {
                throw UsageError("stage is one of " + LifecycleStage.allCases.map(\.rawValue).joined(separator: ", "))
            }
            contact.enter(stage, at: now)
        case "keepintouch":
            if text(value).isEmpty {
                contact.keepInTouchDays = nil
            } else {
                guard case .days(let days)? = CadenceInput.parse(value) else {
                    throw UsageError(Messages.keepInTouchInvalid.text(["text": value]))
                }
                contact.keepInTouchDays = days
            }
        default: return false
        }
        return true
    }

    func companyField(_ key: String, _ value: String, _ company: inout Company) throws -> Bool {
        switch key {
        case "name": company.name = text(value)
        case "domain": company.domain = text(value)
        case "industry": company.industry = text(value)
        case "size":
            if text(value).isEmpty {
                company.size = nil
            } else {
                guard let size = CompanySize(rawValue: text(value)) else {
                    throw UsageError("size is one of " + CompanySize.allCases.map(\.rawValue).joined(separator: ", "))
                }
                company.size = size
            }
        case "notes": company.notes = value
        case "tags": company.tags = tags(value)
        default: return false
        }
        return true
    }

    func opportunityField(_ key: String, _ value: String, _ deal: inout Opportunity) throws -> Bool {
        switch key {
        case "title": deal.title = text(value)
        case "amount":
            let amount = try CommandValues.amount(text(value), option: "amount", currency: deal.amount.currency.code, settings: book.settings)
            if let problem = FieldRules.opportunityAmount(amount) { throw UsageError("amount: " + problem) }
            deal.amount = amount
        case "stage":
            let stage = try CommandValues.stage(text(value), in: book.settings)
            guard deal.status == .open else { throw CommandFailure("\(deal.id) is \(deal.status.rawValue); only open deals move") }
            if deal.stageID != stage.id { deal.move(toStage: stage.id, at: now) }
        case "probability":
            if text(value).isEmpty {
                deal.probabilityOverride = nil
            } else {
                guard let percent = Int(text(value).trimmingCharacters(in: ["%"])) else { throw UsageError("probability takes a percentage") }
                if let problem = FieldRules.probability(percent) { throw UsageError(problem) }
                deal.probabilityOverride = percent
            }
        case "close", "expectedclose":
            deal.expectedClose = text(value).isEmpty ? nil : try CommandValues.date(value, option: "close", today: today)
        case "contact": deal.contactID = try contact(value)
        case "company": deal.companyID = try company(value)
        case "notes": deal.notes = value
        case "tags": deal.tags = tags(value)
        default: return false
        }
        return true
    }

    func activityField(_ key: String, _ value: String, _ activity: inout Activity) throws -> Bool {
        switch key {
        case "summary": activity.summary = text(value)
        case "notes": activity.notes = value
        case "due": activity.dueDate = text(value).isEmpty ? nil : try CommandValues.date(value, option: "due", today: today)
        case "time": activity.dueTime = text(value).isEmpty ? nil : try CommandValues.time(text(value))
        case "duration":
            if text(value).isEmpty {
                activity.durationMinutes = nil
            } else {
                guard let minutes = Int(text(value)), minutes > 0 else { throw UsageError("duration takes minutes, not \"\(value)\"") }
                activity.durationMinutes = minutes
            }
        case "contact": activity.contactID = try contact(value)
        default: return false
        }
        return true
    }
}
