import Foundation
import RapportCanvas
import RapportCore

/// What a form of view 5 is for.
public enum CampaignFormPurpose: Hashable, Sendable {
    case newCampaign
    case editCampaign(CampaignID)
    case newTemplate
    case editTemplate(TemplateID)

    var title: String {
        switch self {
        case .newCampaign: return "New campaign"
        case .editCampaign: return "Edit campaign"
        case .newTemplate: return "New template"
        case .editTemplate: return "Edit template"
        }
    }

    var isTemplate: Bool {
        switch self {
        case .newTemplate, .editTemplate: return true
        case .newCampaign, .editCampaign: return false
        }
    }
}

/// The campaign and template forms: the same checks as `rapport campaign add/set` and
/// `rapport template add/set`, with the messages under the field.
enum CampaignForms {
    enum CampaignField {
        static let name = 0, channel = 1, period = 2, start = 3, end = 4, budget = 5, cost = 6, target = 7, template = 8, status = 9
    }

    enum TemplateField {
        static let name = 0, kind = 1, subject = 2, body = 3
    }

    // MARK: Campaign

    static func channel(_ text: String) -> CampaignChannel? {
        let key = text.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: "-")
        return CampaignChannel(rawValue: key == "mail" ? "direct-mail" : key)
    }

    static func status(_ text: String) -> CampaignStatus? {
        CampaignStatus(rawValue: text.trimmingWhitespace().lowercased())
    }

    /// Empty is zero, as for a campaign added without `--budget`.
    static func money(_ text: String, currency: CurrencyCode, format: NumberFormat) -> Money? {
        if text.allSatisfy(\.isWhitespace) { return .zero(currency) }
        return try? Money.parse(text.trimmingWhitespace(), currency: currency, format: format)
    }

    static func template(_ text: String, in book: Book) -> Template? {
        guard case .found(let template) = RecordLookup(book: book).template(text) else { return nil }
        return template
    }

    static func campaignForm(_ campaign: Campaign?, book: Book) -> FormState {
        let settings = book.settings
        let format = settings.numberFormat
        let currency = campaign?.budget.currency ?? settings.defaultCurrency
        let savedFilters = settings.savedFilters
        let channels = CampaignChannel.allCases.map(\.rawValue).joined(separator: ", ")
        let statuses = CampaignStatus.allCases.map(\.rawValue).joined(separator: ", ")
        func amount(_ money: Money?) -> String {
            guard let money, money.minorUnits != 0 else { return "" }
            return money.formatted(format, symbol: false)
        }
        let amountValidator: FieldValidator = { text in
            money(text, currency: currency, format: format) == nil ? ["An amount, such as 2500 or 2,500.00"] : []
        }
        return FormState(fields: [
            FormField("Name", text: campaign?.name ?? "", placeholder: "Spring sale 2027",
                      validate: Validators.all([Validators.required("A name is required"), Validators.maxLength(200)])),
            FormField("Channel", text: campaign?.channel.rawValue ?? CampaignChannel.email.rawValue, placeholder: channels,
                      validate: FieldParsing.expecting("One of: \(channels)") { channel($0) != nil }),
            FormField("Period", text: campaign?.period ?? "", placeholder: "season or occasion"),
            FormField("Start", text: campaign?.startDate?.description ?? "", placeholder: "YYYY-MM-DD",
                      validate: FieldParsing.optionalDate),
            FormField("End", text: campaign?.endDate?.description ?? "", placeholder: "YYYY-MM-DD",
                      validate: FieldParsing.optionalDate),
            FormField("Budget", text: amount(campaign?.budget), placeholder: "0", validate: amountValidator),
            FormField("Cost", text: amount(campaign?.cost), placeholder: "0", validate: amountValidator),
            FormField("Target", text: campaign?.target ?? "", placeholder: "loyal, or lifecycle:customer city:Milano",
                      validate: { text in
                          guard !text.allSatisfy(\.isWhitespace) else { return [] }
                          do {
                              _ = try AudienceFilter(text, savedFilters: savedFilters)
                              return []
                          } catch let error as AudienceFilterError {
                              return [error.message]
                          } catch {
                              return [String(describing: error)]
                          }
                      }),
            FormField("Template", text: campaign?.templateID.flatMap { book.templates[$0]?.name } ?? "", placeholder: "a template's name",
                      validate: { text in
                          guard !text.allSatisfy(\.isWhitespace) else { return [] }
                          switch RecordLookup(book: book).template(text) {
                          case .found: return []
                          case .notFound: return ["No template \"\(text.trimmingWhitespace())\""]
                          case .ambiguous: return ["Several templates have that name: use the id"]
                          }
                      }),
            FormField("Status", text: campaign?.status.rawValue ?? CampaignStatus.draft.rawValue, placeholder: statuses,
                      validate: FieldParsing.expecting("One of: \(statuses)") { status($0) != nil }),
        ])
    }

    /// The campaign the form describes, or nil when a value does not parse (the form's own
    /// validation prevents that).
    static func campaign(from values: [String], purpose: CampaignFormPurpose, book: inout Book, now: Date, today: LocalDate) -> Campaign? {
        let settings = book.settings
        var campaign: Campaign
        if case .editCampaign(let id) = purpose {
            guard let existing = book.campaigns[id] else { return nil }
            campaign = existing
        } else {
            let zero = Money.zero(settings.defaultCurrency)
            campaign = Campaign(id: book.campaigns.nextID(), createdAt: now, name: "", channel: .email, budget: zero, cost: zero)
        }
        let currency = campaign.budget.currency
        let format = settings.numberFormat
        func text(_ index: Int) -> String { values[index].trimmingWhitespace() }
        guard let channel = channel(values[CampaignField.channel]),
              let status = status(values[CampaignField.status]),
              let budget = money(values[CampaignField.budget], currency: currency, format: format),
              let cost = money(values[CampaignField.cost], currency: campaign.cost.currency, format: format) else { return nil }
        let target = text(CampaignField.target)
        if !target.isEmpty {
            guard (try? AudienceFilter(target, savedFilters: settings.savedFilters)) != nil else { return nil }
        }
        let templateName = text(CampaignField.template)
        var templateID: TemplateID?
        if !templateName.isEmpty {
            guard let template = template(templateName, in: book) else { return nil }
            templateID = template.id
        }
        func day(_ index: Int) -> LocalDate?? {
            let value = text(index)
            if value.isEmpty { return .some(nil) }
            guard let day = DateInput.parse(value, today: today) else { return nil }
            return .some(day)
        }
        guard let start = day(CampaignField.start), let end = day(CampaignField.end) else { return nil }
        campaign.name = text(CampaignField.name)
        campaign.channel = channel
        campaign.period = text(CampaignField.period)
        campaign.startDate = start
        campaign.endDate = end
        campaign.budget = budget
        campaign.cost = cost
        campaign.target = target
        campaign.templateID = templateID
        campaign.status = status
        return campaign
    }

    // MARK: Template

    /// The body is one line in the form: a newline is written `\n` (Ctrl-O edits it in `$EDITOR`).
    static func escapeBody(_ body: String) -> String {
        body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescapeBody(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "n"?: result.append("\n")
            case "\\"?: result.append("\\")
            case let other?: result.append("\\"); result.append(other)
            case nil: result.append("\\")
            }
        }
        return result
    }

    static func templateForm(_ template: Template?) -> FormState {
        let kinds = TemplateType.allCases.map(\.rawValue).joined(separator: ", ")
        return FormState(fields: [
            FormField("Name", text: template?.name ?? "", placeholder: "Promo",
                      validate: Validators.all([Validators.required("A name is required"), Validators.maxLength(200)])),
            FormField("Kind", text: template?.kind.rawValue ?? TemplateType.email.rawValue, placeholder: kinds,
                      validate: FieldParsing.expecting("One of: \(kinds)") { TemplateType(rawValue: $0.trimmingWhitespace().lowercased()) != nil }),
            FormField("Subject", text: template?.subject ?? "", placeholder: "Hi {{first_name|there}}",
                      validate: mergeFields("subject", escaped: false)),
            FormField("Body", text: template.map { escapeBody($0.body) } ?? "", placeholder: "\\n for a new line · Ctrl-O: $EDITOR",
                      validate: Validators.all([Validators.required("A body is required"), mergeFields("body", escaped: true)])),
        ])
    }

    /// The merge-field check `rapport template add` makes, with the line and column.
    static func mergeFields(_ part: String, escaped: Bool) -> FieldValidator {
        { text in
            do {
                _ = try MergeTemplate(escaped ? unescapeBody(text) : text)
                return []
            } catch let error as TemplateIssue {
                var issue = error
                issue.part = part
                // One line per clause, so "did you mean…" is not cut off under a narrow field.
                return issue.description.components(separatedBy: "; ")
            } catch {
                return [String(describing: error)]
            }
        }
    }

    static func template(from values: [String], purpose: CampaignFormPurpose, book: inout Book, now: Date) -> Template? {
        guard let kind = TemplateType(rawValue: values[TemplateField.kind].trimmingWhitespace().lowercased()) else { return nil }
        var template: Template
        if case .editTemplate(let id) = purpose {
            guard let existing = book.templates[id] else { return nil }
            template = existing
        } else {
            template = Template(id: book.templates.nextID(), createdAt: now, name: "", kind: kind, body: "")
        }
        template.name = values[TemplateField.name].trimmingWhitespace()
        template.kind = kind
        template.subject = values[TemplateField.subject]
        template.body = unescapeBody(values[TemplateField.body])
        return template
    }

    // MARK: Submit

    /// Saves the form as one undoable change. Returns an error to show under the form, which
    /// stays open: a template with an unknown merge field is refused with where it is.
    static func submit(_ purpose: CampaignFormPurpose, values: [String], state: inout CampaignsState,
                       context: inout ScreenContext<CampaignsScreen>) -> String? {
        let now = context.now
        var book = context.book
        switch purpose {
        case .newCampaign, .editCampaign:
            guard var campaign = campaign(from: values, purpose: purpose, book: &book, now: now, today: context.today) else {
                return "The campaign could not be read: check the fields"
            }
            if case .editCampaign(let id) = purpose, book.campaigns[id] == campaign {
                context.show("No change")
                return nil
            }
            campaign.updatedAt = now
            book.campaigns.upsert(campaign)
            let isNew = purpose == .newCampaign
            context.commit(book, label: (isNew ? "Added campaign " : "Saved campaign ") + "“\(campaign.name)” (u undoes)", state: &state)
            if isNew, let index = CampaignsSelection.sortedCampaigns(context.book).firstIndex(where: { $0.id == campaign.id }) {
                state.campaigns.setItemCount(context.book.campaigns.count)
                state.campaigns.select(index)
                state.members = ListState()
            }
        case .newTemplate, .editTemplate:
            guard var template = template(from: values, purpose: purpose, book: &book, now: now) else {
                return "The template could not be read: check the fields"
            }
            if let issue = template.validationIssue {
                return "Not saved: \(issue)"
            }
            if case .editTemplate(let id) = purpose, book.templates[id] == template {
                context.show("No change")
                return nil
            }
            template.updatedAt = now
            book.templates.upsert(template)
            let isNew = purpose == .newTemplate
            context.commit(book, label: (isNew ? "Added template " : "Saved template ") + "“\(template.name)” (u undoes)", state: &state)
            if isNew, let index = context.book.templates.sortedByID.firstIndex(where: { $0.id == template.id }) {
                state.templates.setItemCount(context.book.templates.count)
                state.templates.select(index)
            }
        }
        return nil
    }
}
