/// What `rapport check` finds wrong in a book that parsed: links to records that do not exist,
/// stages that are not in the pipeline, values out of range. The store refuses files it cannot
/// read; this finds what it could read but does not hold together.
public struct BookProblem: Hashable, Sendable, CustomStringConvertible {
    public let collection: BookCollection
    public let recordID: String
    public let message: String

    public var description: String { "\(collection.fileName): \(recordID): \(message)" }
}

public enum BookChecker {
    public static func problems(in book: Book) -> [BookProblem] {
        var problems: [BookProblem] = []
        func report(_ collection: BookCollection, _ id: String, _ message: String) {
            problems.append(BookProblem(collection: collection, recordID: id, message: message))
        }
        let settings = book.settings
        // Stage ids are unique across every pipeline, so a deal's history names one stage.
        var stageIDs: Set<String> = []
        var pipelineIDs: Set<String> = []
        for pipeline in settings.pipelines {
            if !pipelineIDs.insert(pipeline.id).inserted { report(.settings, pipeline.id, Messages.pipelinesCheckIDTwice.text) }
            for stage in pipeline.stages {
                if !stageIDs.insert(stage.id).inserted { report(.settings, stage.id, "pipeline stage id used twice") }
                if let problem = FieldRules.probability(stage.probability) { report(.settings, stage.id, problem) }
                if let days = stage.rottingDays, days < 1 { report(.settings, stage.id, "rotting days must be at least 1") }
            }
            if pipeline.stages.isEmpty { report(.settings, pipeline.id, "the pipeline has no stages") }
        }
        if settings.pipelines.isEmpty { report(.settings, "pipelines", Messages.pipelinesCheckNone.text) }
        var targetPeriods: Set<TargetPeriod> = []
        for target in settings.targets ?? [] {
            let id = "target \(target.period)"
            if !targetPeriods.insert(target.period).inserted { report(.settings, id, Messages.targetsTwice.text) }
            if let problem = FieldRules.salesTarget(target.amount, base: settings.defaultCurrency) { report(.settings, id, problem) }
        }
        problems += rateProblems(in: settings)

        func checkContact(_ id: ContactID?, _ collection: BookCollection, _ owner: String) {
            if let id, !book.contacts.contains(id) { report(collection, owner, "links to contact \(id), which does not exist") }
        }
        func checkCompany(_ id: CompanyID?, _ collection: BookCollection, _ owner: String) {
            if let id, !book.companies.contains(id) { report(collection, owner, "links to company \(id), which does not exist") }
        }

        for contact in book.contacts.all {
            checkCompany(contact.companyID, .contacts, contact.id.rawValue)
            let emails = contact.emails.map(\.value)
            if let problem = FieldRules.contactIdentity(firstName: contact.firstName, lastName: contact.lastName, emails: emails) {
                report(.contacts, contact.id.rawValue, problem)
            }
            for email in emails { if let problem = FieldRules.email(email) { report(.contacts, contact.id.rawValue, problem) } }
            if contact.lifecycleHistory.last?.stage != contact.lifecycle {
                report(.contacts, contact.id.rawValue, "lifecycle is \(contact.lifecycle.rawValue) but its history ends elsewhere")
            }
        }
        for opportunity in book.opportunities.all {
            let id = opportunity.id.rawValue
            checkContact(opportunity.contactID, .opportunities, id)
            checkCompany(opportunity.companyID, .opportunities, id)
            // The history may name stages since removed: it is the deal's past, kept as it was.
            if settings.pipeline(of: opportunity).stage(id: opportunity.stageID) == nil {
                report(.opportunities, id, "stage \"\(opportunity.stageID)\" is not in the pipeline")
            }
            if let pipelineID = opportunity.pipelineID, !pipelineIDs.contains(pipelineID) {
                report(.opportunities, id, Messages.pipelinesCheckUnknown.text(["id": pipelineID]))
            }
            if let probability = opportunity.probabilityOverride, let problem = FieldRules.probability(probability) {
                report(.opportunities, id, problem)
            }
            if let problem = FieldRules.opportunityAmount(opportunity.amount) { report(.opportunities, id, problem) }
            if let problem = FieldRules.required(opportunity.title, field: "title") { report(.opportunities, id, problem) }
            if opportunity.status != .open, opportunity.closedAt == nil { report(.opportunities, id, "\(opportunity.status.rawValue) but has no close date") }
            if opportunity.status == .lost, (opportunity.lostReason ?? "").isEmpty { report(.opportunities, id, "lost without a reason") }
        }
        for activity in book.activities.all {
            let id = activity.id.rawValue
            checkContact(activity.contactID, .activities, id)
            checkCompany(activity.companyID, .activities, id)
            if let opportunityID = activity.opportunityID, !book.opportunities.contains(opportunityID) {
                report(.activities, id, "links to opportunity \(opportunityID), which does not exist")
            }
            switch activity.kind {
            case .task where activity.taskType == nil: report(.activities, id, "a task without a task type")
            case .interaction where activity.channel == nil: report(.activities, id, "an interaction without a channel")
            default: break
            }
        }
        for purchase in book.purchases.all {
            checkContact(purchase.contactID, .purchases, purchase.id.rawValue)
        }
        for survey in book.surveys.all {
            checkContact(survey.contactID, .surveys, survey.id.rawValue)
            if let problem = FieldRules.npsScore(survey.score) { report(.surveys, survey.id.rawValue, problem) }
        }
        for company in book.companies.all {
            if let problem = FieldRules.required(company.name, field: "name") { report(.companies, company.id.rawValue, problem) }
        }
        for campaign in book.campaigns.all {
            for member in campaign.members { checkContact(member.contactID, .campaigns, campaign.id.rawValue) }
            if let template = campaign.templateID, !book.templates.contains(template) {
                report(.campaigns, campaign.id.rawValue, "uses template \(template), which does not exist")
            }
        }
        for ticket in book.tickets.all {
            checkContact(ticket.contactID, .tickets, ticket.id.rawValue)
        }
        problems += CustomFieldBookCheck.problems(in: book)
        problems += HeaderSafeBookCheck.problems(in: book)
        return problems.sorted { ($0.collection, $0.recordID, $0.message) < ($1.collection, $1.recordID, $1.message) }
    }
}
