import Foundation
import RapportCore

enum ShowCommand {
    static let command = Command(
        name: "show", summary: "show one record: by id, a contact's email, a deal's title or a company's name",
        usage: """
        Usage: rapport show ID|EMAIL|TITLE|NAME [--json] [--data DIR]

        A readable card, or with --json the record as stored. A name that fits several records
        lists them on stderr and exits 1.
        """,
        valueOptions: ["data"], flagOptions: ["json"]
    ) { arguments, context in
        guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
            throw UsageError("show needs one record: an id, an email, a title or a name")
        }
        let book = try BookAccess.load(context.dataDirectory(arguments))
        let record = try BookAccess.require(RecordLookup(book: book).any(name), "record", name)
        if arguments.has("json") {
            do {
                Output.json(try JSONRecords.bytes(record.encodable))
            } catch {
                throw CommandFailure("cannot encode the record: \(error)")
            }
        } else {
            Output.out(RecordCard(book: book).text(record))
        }
        return 0
    }
}

extension AnyRecord {
    var encodable: any Encodable & Sendable {
        switch self {
        case .contact(let record): return record
        case .company(let record): return record
        case .opportunity(let record): return record
        case .activity(let record): return record
        case .purchase(let record): return record
        case .survey(let record): return record
        case .campaign(let record): return record
        case .ticket(let record): return record
        case .template(let record): return record
        }
    }
}

/// A record as a short card of "label  value" lines, empty values left out.
struct RecordCard {
    let book: Book

    func text(_ record: AnyRecord) -> String {
        let format = book.settings.numberFormat
        func company(_ id: CompanyID?) -> String? { id.flatMap { book.companies[$0]?.name } }
        func contact(_ id: ContactID?) -> String? { id.flatMap { book.contacts[$0] }.map { RecordLookup.describe($0) } }
        func instant(_ date: Date?) -> String? { date.flatMap(JSONDateFormat.string(from:)) }
        var title: String
        var fields: [(String, String?)]
        switch record {
        case .contact(let c):
            title = c.displayName
            let deals = book.opportunities.all.filter { $0.contactID == c.id }.sorted { $0.id < $1.id }
            let openTasks = book.activities.all.filter { $0.contactID == c.id && $0.isOpenTask }.count
            fields = [("id", c.id.rawValue), ("emails", list(c.emails)), ("phones", list(c.phones)), ("company", company(c.companyID)),
                      ("title", c.jobTitle), ("stage", c.lifecycle.title), ("tags", c.tags.joined(separator: ", ")),
                      ("address", c.address?.singleLine), ("birthday", c.birthday?.description), ("source", c.source),
                      ("marketing", c.consent.marketing.map { $0.granted ? "consented" : "refused" }),
                      ("deals", deals.map { "\($0.id) \($0.title) (\($0.status.rawValue))" }.joined(separator: "; ")),
                      ("open tasks", openTasks > 0 ? String(openTasks) : nil), ("created", instant(c.createdAt)), ("notes", c.notes)]
        case .company(let c):
            title = c.name
            let people = book.contacts.all.filter { $0.companyID == c.id }.count
            fields = [("id", c.id.rawValue), ("domain", c.domain), ("industry", c.industry), ("size", c.size?.rawValue),
                      ("address", c.address?.singleLine), ("contacts", String(people)), ("tags", c.tags.joined(separator: ", ")),
                      ("notes", c.notes)]
        case .opportunity(let o):
            title = o.title
            fields = [("id", o.id.rawValue), ("contact", contact(o.contactID)), ("company", company(o.companyID)),
                      ("stage", book.settings.stage(id: o.stageID)?.name ?? o.stageID), ("status", o.status.rawValue),
                      ("amount", o.amount.formatted(format)), ("probability", "\(o.probability(in: book.settings))%"),
                      ("expected close", o.expectedClose?.description), ("closed", instant(o.closedAt)), ("lost reason", o.lostReason),
                      ("history", o.stageHistory.map { (book.settings.stage(id: $0.stageID)?.name ?? $0.stageID) + " " + (instant($0.enteredAt) ?? "") }
                        .joined(separator: " → ")), ("notes", o.notes)]
        case .activity(let a):
            title = a.summary
            fields = [("id", a.id.rawValue), ("kind", a.kind == .task ? "task: " + (a.taskType?.title ?? "") : "interaction: " + (a.channel?.title ?? "")),
                      ("due", [a.dueDate?.description, a.dueTime?.description].compactMap { $0 }.joined(separator: " ")),
                      (Messages.calendarShowRepeats.text, a.recurrence.map(RecurrenceText.describe)),
                      ("done", instant(a.doneAt)), ("occurred", instant(a.occurredAt)), ("direction", a.direction?.rawValue),
                      ("contact", contact(a.contactID)), ("notes", a.notes)]
        case .purchase(let p):
            title = "Purchase " + p.product
            fields = [("id", p.id.rawValue), ("date", p.date.description), ("amount", p.amount.formatted(format)),
                      ("contact", contact(p.contactID)), ("category", p.category)]
        case .survey(let s):
            title = "Survey answer, score \(s.score)"
            fields = [("id", s.id.rawValue), ("date", s.date.description), ("contact", contact(s.contactID)), ("comment", s.comment)]
        case .campaign(let c):
            title = c.name
            fields = [("id", c.id.rawValue), ("channel", c.channel.rawValue), ("status", c.status.rawValue), ("members", String(c.members.count))]
        case .ticket(let t):
            title = t.subject
            fields = [("id", t.id.rawValue), ("status", t.status.rawValue), ("priority", t.priority.rawValue), ("contact", contact(t.contactID))]
        case .template(let t):
            title = t.name
            fields = [("id", t.id.rawValue), ("kind", t.kind.rawValue), ("subject", t.subject), ("body", t.body)]
        }
        fields += customFields(record).map { ($0.name, $0.value) }
        let shown = fields.compactMap { label, value in value.flatMap { $0.isEmpty ? nil : (label, $0) } }
        let width = shown.map(\.0.count).max() ?? 0
        let lines = shown.map { label, value in
            label.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + value.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: width + 2))
        }
        return ([title, String(repeating: "=", count: min(title.count, 60))] + lines).joined(separator: "\n")
    }

    /// The record's own fields, after the built-in ones.
    private func customFields(_ record: AnyRecord) -> [(name: String, value: String)] {
        switch record {
        case .contact(let c): return CustomFieldAssignment.shown(c, settings: book.settings)
        case .company(let c): return CustomFieldAssignment.shown(c, settings: book.settings)
        case .opportunity(let o): return CustomFieldAssignment.shown(o, settings: book.settings)
        case .activity(let a): return CustomFieldAssignment.shown(a, settings: book.settings)
        case .ticket(let t): return CustomFieldAssignment.shown(t, settings: book.settings)
        default: return []
        }
    }

    private func list(_ values: [LabeledValue]) -> String {
        values.map { $0.label.isEmpty ? $0.value : "\($0.value) (\($0.label))" }.joined(separator: ", ")
    }
}
