import Foundation
import RapportCanvas
import RapportCore

/// `n` and `e`: title, contact or company (with completion), amount, stage, probability,
/// expected close, forecast category (blank: the stage's).
struct OpportunityForm: Sendable {
    /// Nil for a new opportunity.
    var editing: OpportunityID?
    /// The pipeline whose stages the form offers: the deal's, or for a new one the one shown.
    var pipeline: Pipeline
    var fields: CompletingForm

    enum Field {
        static let title = 0, party = 1, amount = 2, stage = 3, probability = 4, expectedClose = 5, forecast = 6
    }

    init(editing opportunity: Opportunity?, defaultStage: PipelineStage?, book: Book, pipeline shown: Pipeline? = nil) {
        editing = opportunity?.id
        let settings = book.settings
        let pipeline = opportunity.map { settings.pipeline(of: $0) } ?? shown ?? settings.defaultPipeline
        self.pipeline = pipeline
        let currency = opportunity?.amount.currency ?? settings.defaultCurrency
        let format = settings.numberFormat
        let stageNames = pipeline.stages.map(\.name)
        var party = ""
        var choice: Completion?
        if let opportunity {
            let company = opportunity.companyID.flatMap { book.companies[$0] }
            if let contact = opportunity.contactID.flatMap({ book.contacts[$0] }) {
                party = company.map { "\(contact.displayName) (\($0.name))" } ?? contact.displayName
                choice = Completion(label: party, contactID: contact.id, companyID: opportunity.companyID)
            } else if let company {
                party = company.name
                choice = Completion(label: party, companyID: company.id)
            }
        }
        let stageName = opportunity.flatMap { pipeline.stage(id: $0.stageID)?.name } ?? defaultStage?.name ?? stageNames.first ?? ""
        fields = CompletingForm(fields: [
            FormField("Title", text: opportunity?.title ?? "", placeholder: "Fleet renewal",
                      validate: Validators.all([Validators.required(), Validators.maxLength(200)])),
            FormField("Contact or company", text: party, placeholder: "type to search"),
            FormField("Amount", text: opportunity.map { $0.amount.formatted(format, symbol: false) } ?? "",
                      placeholder: "12,500", validate: { text in
                          // A code or symbol typed with the amount ("1200 USD") sets the deal's currency.
                          guard let amount = try? Money.parse(text, defaultCurrency: currency, format: format) else {
                              return ["An amount, such as 12500 or 12,500.00"]
                          }
                          return FieldRules.opportunityAmount(amount).map { [$0] } ?? []
                      }),
            FormField("Stage", text: stageName, validate: { text in
                stageNames.contains { $0.lowercased() == text.trimmingCharacters(in: .whitespaces).lowercased() }
                    ? [] : ["One of: " + stageNames.joined(separator: ", ")]
            }),
            FormField("Probability %", text: opportunity?.probabilityOverride.map(String.init) ?? "",
                      placeholder: "stage default", validate: { text in
                          OpportunityForm.probability(text) == .invalid ? ["A whole number from 0 to 100"] : []
                      }),
            FormField("Expected close", text: opportunity?.expectedClose?.description ?? "",
                      placeholder: "2026-12-15, +30", validate: FieldParsing.optionalDate),
            FormField(Messages.forecastFormLabel.text, text: opportunity?.forecastCategory?.rawValue ?? "",
                      placeholder: Messages.forecastFormPlaceholder.text, validate: { text in
                          OpportunityForm.forecastCategory(text) == nil
                              ? [Messages.forecastFormProblem.text(["choices": Self.forecastChoices.joined(separator: ", ")])] : []
                      }),
        ], sources: [Field.party: .party, Field.stage: .options(stageNames), Field.forecast: .options(Self.forecastChoices)])
        if let choice { fields.accepted[Field.party] = choice }
    }

    /// What a deal's own category may be (closed comes from winning it).
    static let forecastChoices = [ForecastCategory.pipeline, .bestCase, .commit, .omitted].map(\.rawValue)

    /// Blank: the stage's (`.some(nil)`); a category; nil when the text is none of them.
    static func forecastCategory(_ text: String) -> ForecastCategory?? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .some(nil) }
        guard let category = ForecastCategory(text: trimmed), category != .closed else { return nil }
        return .some(category)
    }

    enum ProbabilityInput: Equatable {
        case stageDefault
        case value(Int)
        case invalid
    }

    static func probability(_ text: String) -> ProbabilityInput {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") { trimmed = String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard !trimmed.isEmpty else { return .stageDefault }
        guard let value = Int(trimmed), FieldRules.probability(value) == nil else { return .invalid }
        return .value(value)
    }

    /// The draft the values describe, or the reason it cannot be saved.
    func draft(from values: [String], book: Book, today: LocalDate) -> Result<BoardChanges.Draft, DraftProblem> {
        let settings = book.settings
        let existing = editing.flatMap { book.opportunities[$0] }
        let currency = existing?.amount.currency ?? settings.defaultCurrency
        guard values.count == 7, let forecastCategory = OpportunityForm.forecastCategory(values[Field.forecast]),
              let amount = try? Money.parse(values[Field.amount], defaultCurrency: currency, format: settings.numberFormat),
              let stage = pipeline.stage(named: values[Field.stage].trimmingCharacters(in: .whitespaces)) else {
            return .failure(DraftProblem("Check the fields"))
        }
        if let problem = FieldRules.opportunityAmount(amount) { return .failure(DraftProblem(problem)) }
        var contactID: ContactID?
        var companyID: CompanyID?
        var newParty: NewParty?
        let partyText = values[Field.party].trimmingCharacters(in: .whitespaces)
        if !partyText.isEmpty {
            if let choice = fields.acceptedChoice(Field.party) ?? fields.parties.of(book).exact(partyText) {
                contactID = choice.contactID
                companyID = choice.companyID
            } else {
                newParty = NewParty(typed: partyText, in: book)
            }
        }
        var probability: Int?
        if case .value(let value) = OpportunityForm.probability(values[Field.probability]) { probability = value }
        let closeText = values[Field.expectedClose].trimmingCharacters(in: .whitespaces)
        let expectedClose = closeText.isEmpty ? nil : DateInput.parse(closeText, today: today)
        return .success(BoardChanges.Draft(
            title: values[Field.title].trimmingCharacters(in: .whitespaces), contactID: contactID, companyID: companyID,
            amount: amount, stageID: stage.id, probability: probability, expectedClose: expectedClose,
            forecastCategory: forecastCategory, newParty: newParty,
            pipelineID: pipeline.id == settings.defaultPipeline.id ? nil : pipeline.id))
    }
}

struct DraftProblem: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// `o`: a new offer when the deal is renegotiated. The deal's amount follows it.
struct OfferForm: Sendable {
    var opportunityID: OpportunityID
    var fields: CompletingForm
    static let statuses: [OfferStatus] = [.sent, .accepted, .rejected]

    init(for opportunity: Opportunity, settings: Settings) {
        opportunityID = opportunity.id
        let currency = opportunity.amount.currency
        let format = settings.numberFormat
        let names = OfferForm.statuses.map(\.rawValue)
        fields = CompletingForm(fields: [
            FormField("Amount", text: opportunity.amount.formatted(format, symbol: false), validate: { text in
                // The deal's amount follows the offer, so the offer obeys the deal's rule.
                guard let amount = try? Money.parse(text, currency: currency, format: format) else { return ["An amount, such as 12500"] }
                return FieldRules.opportunityAmount(amount).map { [$0] } ?? []
            }),
            FormField("Date", text: "today", validate: FieldParsing.date),
            FormField("Status", text: OfferStatus.sent.rawValue, validate: { text in
                names.contains(text.trimmingCharacters(in: .whitespaces).lowercased()) ? [] : ["One of: " + names.joined(separator: ", ")]
            }),
            FormField("Note", placeholder: "Revised after negotiation"),
        ], sources: [2: .options(names)])
    }

    func offer(from values: [String], currency: CurrencyCode, settings: Settings, today: LocalDate) -> Offer? {
        guard values.count == 4,
              let amount = try? Money.parse(values[0], currency: currency, format: settings.numberFormat),
              FieldRules.opportunityAmount(amount) == nil,
              let date = DateInput.parse(values[1], today: today),
              let status = OfferStatus(rawValue: values[2].trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        return Offer(amount: amount, date: date, status: status, note: values[3].trimmingCharacters(in: .whitespaces))
    }
}

/// `t`: the deal's next step: type, summary, due date and time.
struct TaskForm: Sendable {
    var opportunityID: OpportunityID
    var fields: CompletingForm

    init(for opportunityID: OpportunityID) {
        self.opportunityID = opportunityID
        let types = TaskType.allCases.map(\.rawValue)
        fields = CompletingForm(fields: [
            FormField("Type", text: TaskType.call.rawValue, validate: { text in
                types.contains(text.trimmingCharacters(in: .whitespaces).lowercased()) ? [] : ["One of: " + types.joined(separator: ", ")]
            }),
            FormField("Summary", placeholder: "Follow up on the quote",
                      validate: Validators.all([Validators.required(), Validators.maxLength(200)])),
            FormField("Due", text: "tomorrow", validate: FieldParsing.optionalDate),
            FormField("Time", placeholder: "14:30 (optional)", validate: { text in
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty || LocalTime(trimmed) != nil ? [] : ["A time such as 9:30 or 14:00"]
            }),
        ], sources: [0: .options(types)])
    }

    struct Values {
        var type: TaskType
        var summary: String
        var due: LocalDate?
        var time: LocalTime?
    }

    func values(from values: [String], today: LocalDate) -> Values? {
        guard values.count == 4, let type = TaskType(rawValue: values[0].trimmingCharacters(in: .whitespaces).lowercased()) else {
            return nil
        }
        let dueText = values[2].trimmingCharacters(in: .whitespaces)
        let timeText = values[3].trimmingCharacters(in: .whitespaces)
        return Values(type: type, summary: values[1].trimmingCharacters(in: .whitespaces),
                      due: dueText.isEmpty ? nil : DateInput.parse(dueText, today: today),
                      time: timeText.isEmpty ? nil : LocalTime(timeText))
    }
}

/// The competitors a book knows, for the "lost to" choice: the deal's own first, then every
/// other one named on a deal, by name.
enum KnownCompetitors {
    static func of(_ opportunity: Opportunity, in book: Book) -> [String] {
        var others = Set<String>()
        for deal in book.opportunities.all {
            for name in deal.competitors { others.insert(name) }
            if let name = deal.lostTo { others.insert(name) }
        }
        let own = opportunity.competitors
        others.subtract(own)
        return own + others.filter { !$0.allSatisfy(\.isWhitespace) }.sorted()
    }
}
