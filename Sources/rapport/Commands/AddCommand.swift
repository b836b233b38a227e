import Foundation
import RapportCore

enum AddCommand {
    static let command = Command(
        name: "add", summary: "add a contact, company, opportunity, activity or purchase; prints its id",
        usage: """
        Usage: rapport add contact --first-name F --last-name L | --name "F L" [--email E] [--phone P] [--company C] [--title T] [--stage lead] [--tag T]… [--keep-in-touch 30d]
               rapport add company --name N [--domain D] [--industry I]
               rapport add opportunity --title T --amount A [--currency EUR] [--contact C] [--company C] [--stage S] [--close DATE]
               rapport add activity --type call|meeting|email|todo --summary S [--due DATE] [--time HH:MM] [--duration MIN] [--contact C] [--opportunity O] [--repeat RULE]
               rapport add purchase --contact C --amount A [--currency EUR] [--date DATE] [--product P] [--category C]

        Contacts, companies and opportunities may be named by id, email, name or title.
        DATE is 2026-12-31, 31/12/2026 (12/31/2026 in a US locale), today, tomorrow, friday, +30, +2w, -1m
        (docs/DATES.md). RULE is daily, weekly, every 2 weeks on mon,thu, monthly on 15, monthly on last fri,
        yearly, then optionally until DATE or 10 times (a repeating task needs --due). Values follow the rules `rapport check` enforces: an amount is not negative,
        an email looks like name@example.com.
        \(Messages.fieldsCLIAddFieldHelp.text)
        """,
        valueOptions: ["data", "first-name", "last-name", "email", "phone", "company", "title", "stage", "tag", "name", "domain",
                       "industry", "amount", "currency", "contact", "close", "type", "summary", "due", "time", "duration",
                       "opportunity", "date", "product", "category", "repeat", "keep-in-touch", "field"],
        flagOptions: []
    ) { arguments, context in
        guard let kind = arguments.positionals.first else {
            throw UsageError("add needs what to add: contact, company, opportunity, activity or purchase")
        }
        try CommandValues.noExtraPositionals(arguments, expected: 1)
        let clock = try context.clock()
        let directory = context.dataDirectory(arguments)
        // Arguments are checked before the lock is taken, so a typo never waits on the TUI.
        let adder = try RecordAdder(kind: kind, arguments: arguments)
        let (store, book) = try BookAccess.openForWriting(directory)
        defer { store.close() }
        var changed = book
        let id = try adder.add(to: &changed, now: clock.now, clock: clock)
        try BookAccess.save(changed, with: store)
        Output.out(id)
        return 0
    }
}

/// One `rapport add`: what to add, checked, then applied to the book.
struct RecordAdder {
    let kind: String
    let arguments: Arguments

    init(kind: String, arguments: Arguments) throws(UsageError) {
        self.kind = kind
        self.arguments = arguments
        let required: [String]
        let allowed: Set<String>
        switch kind {
        case "contact":
            required = []
            allowed = ["first-name", "last-name", "name", "email", "phone", "company", "title", "stage", "tag", "keep-in-touch"]
        case "company": (required, allowed) = (["name"], ["name", "domain", "industry"])
        case "opportunity", "deal":
            (required, allowed) = (["title", "amount"], ["title", "amount", "currency", "contact", "company", "stage", "close"])
        case "activity":
            (required, allowed) = (["type", "summary"], ["type", "summary", "due", "time", "duration", "contact", "opportunity", "repeat"])
        case "task":
            // `add task` is a to-do unless --type says otherwise.
            (required, allowed) = (["summary"], ["type", "summary", "due", "time", "duration", "contact", "opportunity", "repeat"])
        case "purchase":
            (required, allowed) = (["contact", "amount"], ["contact", "amount", "currency", "date", "product", "category"])
        default: throw UsageError("add makes a contact, company, opportunity, activity or purchase, not \"\(kind)\"")
        }
        // An option another kind takes (add contact --domain) is refused, never ignored.
        try arguments.allowOnly(kind == "purchase" ? allowed : allowed.union(["field"]), in: "add \(kind)")
        for field in arguments.values("field") where CustomFieldAssignment.split(field) == nil {
            throw UsageError("--field: " + Messages.setCLINotAnAssignment.text(["text": field]))
        }
        for option in required where arguments.value(option) == nil { throw UsageError("add \(kind) needs --\(option)") }
        if kind == "contact" {
            if arguments.value("name") != nil, arguments.value("first-name") != nil || arguments.value("last-name") != nil {
                throw UsageError(Messages.cliNameAndParts.text)
            }
            if ["first-name", "last-name", "name", "email"].allSatisfy({ arguments.value($0)?.trimmingWhitespace().isEmpty ?? true }) {
                throw UsageError("add contact needs --name, --first-name, --last-name or --email")
            }
            if let email = arguments.value("email")?.trimmingWhitespace(), !email.isEmpty, let problem = FieldRules.email(email) {
                throw UsageError("--email: " + problem)
            }
            if let cadence = arguments.value("keep-in-touch"), CadenceInput.parse(cadence) == nil {
                throw UsageError("--keep-in-touch: " + Messages.keepInTouchInvalid.text(["text": cadence]))
            }
        }
        if kind == "contact" {
            // The same rule as forms and imports: these values go into campaign mail headers.
            let email = arguments.value("email")?.trimmingWhitespace() ?? ""
            if !email.isEmpty, let problem = HeaderSafeText.addressProblem(email, field: "--email") { throw UsageError(problem) }
            for option in ["first-name", "last-name"] {
                if let problem = HeaderSafeText.textProblem(arguments.value(option) ?? "", field: "--" + option) { throw UsageError(problem) }
            }
        }
    }

    private func text(_ option: String) -> String { arguments.value(option)?.trimmingWhitespace() ?? "" }

    /// `--field NAME=VALUE`, each through its field's rule, as `rapport set` and the forms read it.
    private func customFields<R: CustomFieldHolder>(_ record: inout R, book: Book, today: LocalDate) throws(UsageError) {
        let context = CustomFieldContext(today: today, settings: book.settings)
        for field in arguments.values("field") {
            guard let (name, value) = CustomFieldAssignment.split(field) else { continue }
            if let problem = CustomFieldAssignment.apply(name, value, to: &record, settings: book.settings, context: context) {
                throw UsageError("--field: " + problem)
            }
        }
    }

    func add(to book: inout Book, now: Date, clock: any Clock) throws -> String {
        let lookup = RecordLookup(book: book)
        func contactID() throws -> ContactID? {
            guard let name = arguments.value("contact") else { return nil }
            return try BookAccess.require(lookup.contact(name), "contact", name).id
        }
        func companyID(createIfMissing: Bool) throws -> CompanyID? {
            guard let name = arguments.value("company")?.trimmingWhitespace(), !name.isEmpty else { return nil }
            switch lookup.company(name) {
            case .found(let company): return company.id
            case .notFound where createIfMissing:
                let company = Company(id: book.companies.nextID(), createdAt: now, name: name)
                book.companies.upsert(company)
                return company.id
            default: return try BookAccess.require(lookup.company(name), "company", name).id
            }
        }
        switch kind {
        case "contact":
            let email = text("email")
            if !email.isEmpty, case .found(let existing) = lookup.contact(email) {
                throw CommandFailure("\(existing.id) already has the email \(email)")
            }
            var lifecycle = LifecycleStage.lead
            if let stage = arguments.value("stage") {
                guard let parsed = LifecycleStage(loose: stage) else {
                    throw UsageError("--stage is one of " + LifecycleStage.allCases.map(\.rawValue).joined(separator: ", "))
                }
                lifecycle = parsed
            }
            // --name "Grace Hopper" is split as the importers split a name column.
            let (firstName, lastName) = arguments.value("name").map(FullName.split) ?? (text("first-name"), text("last-name"))
            var contact = Contact(id: book.contacts.nextID(), createdAt: now, firstName: firstName, lastName: lastName,
                                  emails: email.isEmpty ? [] : [LabeledValue(email)],
                                  phones: text("phone").isEmpty ? [] : [LabeledValue(text("phone"))],
                                  companyID: try companyID(createIfMissing: true), jobTitle: text("title"), source: "command line",
                                  tags: arguments.values("tag").flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace() } }
                                    .filter { !$0.isEmpty }, lifecycle: lifecycle)
            if case .days(let days)? = arguments.value("keep-in-touch").flatMap(CadenceInput.parse) { contact.keepInTouchDays = days }
            try customFields(&contact, book: book, today: clock.today)
            book.contacts.upsert(contact)
            return contact.id.rawValue
        case "company":
            let name = text("name")
            if case .found(let existing) = lookup.company(name) { throw CommandFailure("\(existing.id) is already named \"\(existing.name)\"") }
            var company = Company(id: book.companies.nextID(), createdAt: now, name: name, domain: text("domain"), industry: text("industry"))
            try customFields(&company, book: book, today: clock.today)
            book.companies.upsert(company)
            return company.id.rawValue
        case "opportunity", "deal":
            let amount = try CommandValues.amount(text("amount"), option: "amount", currency: arguments.value("currency"), settings: book.settings)
            if let problem = FieldRules.opportunityAmount(amount) { throw UsageError("--amount: " + problem) }
            let close = try CommandValues.date(arguments.value("close"), option: "close", today: clock.today)
            guard let firstStage = book.settings.pipeline.first else { throw CommandFailure("the pipeline has no stages") }
            let stage = try arguments.value("stage").map { name throws(CommandFailure) in try CommandValues.stage(name, in: book.settings) } ?? firstStage
            let contact = try contactID()
            let company = try companyID(createIfMissing: true) ?? contact.flatMap { book.contacts[$0]?.companyID }
            var deal = Opportunity(id: book.opportunities.nextID(), createdAt: now, title: text("title"), contactID: contact,
                                   companyID: company, stageID: stage.id, amount: amount, expectedClose: close)
            // A stage of another pipeline than the first puts the deal in that pipeline.
            if let holder = book.settings.pipeline(holdingStage: stage.id), holder.id != book.settings.defaultPipeline.id {
                deal.pipelineID = holder.id
            }
            try customFields(&deal, book: book, today: clock.today)
            book.opportunities.upsert(deal)
            return deal.id.rawValue
        case "activity", "task":
            let typeName = arguments.value("type") == nil && kind == "task" ? "todo" : text("type")
            guard let type = TaskType(rawValue: typeName.lowercased()) else {
                throw UsageError("--type is call, meeting, email or todo, not \"\(text("type"))\"")
            }
            let due = try CommandValues.date(arguments.value("due"), option: "due", today: clock.today)
            let time = try CommandValues.time(arguments.value("time"))
            if time != nil, due == nil { throw UsageError("--time needs --due") }
            var duration: Int?
            if let minutes = arguments.value("duration") {
                guard let parsed = Int(minutes), parsed > 0 else { throw UsageError("--duration takes minutes, not \"\(minutes)\"") }
                duration = parsed
            }
            var recurrence: Recurrence?
            if let rule = arguments.value("repeat") {
                guard let parsed = RecurrenceText.parse(rule, today: clock.today) else {
                    throw UsageError("--repeat: " + Messages.calendarRepeatsInvalid.text)
                }
                guard due != nil else { throw UsageError("--repeat: " + Messages.calendarRepeatsNeedsDue.text) }
                recurrence = parsed
            }
            var opportunity: Opportunity?
            if let name = arguments.value("opportunity") { opportunity = try BookAccess.require(lookup.opportunity(name), "opportunity", name) }
            let contact = try contactID() ?? opportunity?.contactID
            var activity = Activity(id: book.activities.nextID(), createdAt: now, task: type, summary: text("summary"), due: due,
                                    dueTime: time, contactID: contact,
                                    companyID: opportunity?.companyID ?? contact.flatMap { book.contacts[$0]?.companyID },
                                    opportunityID: opportunity?.id)
            activity.durationMinutes = duration
            activity.recurrence = recurrence
            try customFields(&activity, book: book, today: clock.today)
            book.activities.upsert(activity)
            return activity.id.rawValue
        default: // purchase
            let amount = try CommandValues.amount(text("amount"), option: "amount", currency: arguments.value("currency"), settings: book.settings)
            let date = try CommandValues.date(arguments.value("date"), option: "date", today: clock.today) ?? clock.today
            let purchase = Purchase(id: book.purchases.nextID(), createdAt: now, contactID: try contactID(), date: date,
                                    amount: amount, product: text("product"), category: text("category"))
            // A purchase makes its buyer a customer (a former customer is won back).
            LifecycleRules.recordPurchase(purchase, in: &book, at: now)
            return purchase.id.rawValue
        }
    }
}
