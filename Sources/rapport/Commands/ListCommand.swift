import Foundation
import RapportCore

enum ListCommand {
    static let command = Command(
        name: "list", summary: "list contacts, companies, opportunities or activities (a table, or JSON)",
        usage: """
        Usage: rapport list contacts|companies|opportunities|activities [--filter TEXT] [--stage S]
                            [--sort FIELD] [--reverse] [--view NAME] [--due-touch] [--json] [--data DIR]

          --filter TEXT   only rows containing TEXT (any column, ignoring case)
        \(Messages.fieldsCLIListFilterHelp.text)
          --stage S       contacts: a lifecycle stage (lead, customer…); opportunities: a pipeline stage
          --sort FIELD    name, created, updated or a column (email, company, amount, close…);
                          default: id. Names and text sort as people read them: accents and case
                          folded, so Léa comes between Laura and Lucas
          --reverse       the other way round
        \(Messages.viewsCLIOptionHelp.text)
          --due-touch     contacts: only those due a touch (keep in touch, docs/WORKDAY.md)
          --json          an array of the records as stored, for scripts (in the same order)
        On a terminal the table fits $COLUMNS (else 100 columns), cutting values in the middle;
        into a pipe or a file, values are never cut unless $COLUMNS is set.
        """,
        valueOptions: ["data", "filter", "stage", "sort", "view"], flagOptions: ["json", "reverse", "due-touch"]
    ) { arguments, context in
        guard arguments.positionals.count == 1, let kind = arguments.positionals.first else {
            throw UsageError("list needs one of contacts, companies, opportunities, activities")
        }
        let book = try BookAccess.load(context.dataDirectory(arguments))
        var listing = try RecordListing(kind: kind, book: book, stage: arguments.value("stage"))
        if arguments.has("due-touch") {
            guard kind == "contacts" else { throw UsageError(Messages.listDueTouchOnlyContacts.text) }
            let clock = try context.clock()
            listing.keepOnly(Set(KeepInTouch.dueContacts(in: book, now: clock.now, timeZone: clock.timeZone).map(\.contactID.rawValue)))
        }
        let rows: [RecordListing.Row]
        if let viewName = arguments.value("view") {
            rows = try ListViewOption.rows(listing, kind: kind, name: viewName, book: book, clock: try context.clock(), arguments: arguments)
        } else {
            let filter = arguments.value("filter")?.lowercased()
            let order = try ListOrder(arguments.value("sort"), headers: listing.headers, nameColumn: listing.nameColumn,
                                      reverse: arguments.has("reverse"))
            // "Budget>10000" names a custom field of the kind; any other text is looked for in the cells.
            let fieldContext = CustomFieldContext(today: try context.clock().today, settings: book.settings)
            let fieldFilter = try arguments.value("filter").flatMap { text throws(UsageError) -> CustomFieldFilter? in
                switch CustomFieldFilter.parse(text, kind: listing.fieldKind, settings: book.settings, context: fieldContext) {
                case .success(let filter): return filter
                case .failure(let problem): throw UsageError("--filter: " + problem.message)
                case nil: return nil
                }
            }
            rows = order.sorted(listing.rows.filter { row in
                if let fieldFilter { return fieldFilter.matches(row.custom) }
                guard let filter, !filter.isEmpty else { return true }
                return row.cells.contains { $0.lowercased().contains(filter) }
            })
        }
        if arguments.has("json") {
            do {
                Output.json(try JSONRecords.bytes(rows.map(\.record)))
            } catch {
                throw CommandFailure("cannot encode the records: \(error)")
            }
        } else {
            Output.out(TextTable(headers: listing.headers, rows: rows.map(\.cells), keeps: 1).render(width: TextTable.terminalWidth(context.environment)))
            Output.error(listing.count.text(["count": rows.count]))
        }
        return 0
    }
}

/// The rows of `rapport list`: the cells people read, the record scripts get.
struct RecordListing {
    struct Row {
        let cells: [String]
        let record: any Encodable & Sendable
        var created: Date
        var updated: Date
        /// Columns that sort as numbers, not as their formatted text (an amount).
        var numbers: [Int: Int64] = [:]
        /// The record's custom field values, for `--filter 'Field>value'`.
        var custom: [String: String] = [:]
    }

    let headers: [String]
    private(set) var rows: [Row]
    /// The kind whose custom fields `--filter` may name.
    let fieldKind: CustomFieldRecordKind

    /// Keeps the rows whose id (the first cell) is in `ids`, in their order.
    mutating func keepOnly(_ ids: Set<String>) {
        rows = rows.filter { ids.contains($0.cells.first ?? "") }
    }
    /// The column `--sort name` means: the name or title.
    let nameColumn: Int
    /// The line after the table: "1 contact", "7 contacts".
    let count: Message

    init(kind: String, book: Book, stage: String?) throws(UsageError) {
        let format = book.settings.numberFormat
        func company(_ id: CompanyID?) -> String { id.flatMap { book.companies[$0]?.name } ?? "" }
        func contact(_ id: ContactID?) -> String { id.flatMap { book.contacts[$0]?.displayName } ?? "" }
        switch kind {
        case "contacts":
            fieldKind = .contact
            count = Messages.reviewListCountContacts
            var lifecycle: LifecycleStage?
            if let stage {
                guard let parsed = LifecycleStage(loose: stage) else {
                    throw UsageError("--stage for contacts is one of " + LifecycleStage.allCases.map(\.rawValue).joined(separator: ", "))
                }
                lifecycle = parsed
            }
            headers = ["ID", "NAME", "EMAIL", "PHONE", "COMPANY", "STAGE", "TAGS"]
            nameColumn = 1
            rows = book.contacts.sortedByID.filter { lifecycle == nil || $0.lifecycle == lifecycle }.map {
                Row(cells: [$0.id.rawValue, $0.displayName, $0.primaryEmail ?? "", $0.primaryPhone ?? "", company($0.companyID),
                            $0.lifecycle.title, $0.tags.joined(separator: ", ")], record: $0, created: $0.createdAt, updated: $0.updatedAt,
                    custom: $0.customValues)
            }
        case "companies":
            fieldKind = .company
            count = Messages.reviewListCountCompanies
            guard stage == nil else { throw UsageError("--stage is for contacts and opportunities") }
            headers = ["ID", "NAME", "DOMAIN", "INDUSTRY", "SIZE", "CITY"]
            nameColumn = 1
            rows = book.companies.sortedByID.map {
                Row(cells: [$0.id.rawValue, $0.name, $0.domain, $0.industry, $0.size?.rawValue ?? "", $0.address?.city ?? ""], record: $0,
                    created: $0.createdAt, updated: $0.updatedAt, custom: $0.customValues)
            }
        case "opportunities", "deals":
            fieldKind = .opportunity
            count = Messages.reviewListCountOpportunities
            var stageID: String?
            if let stage {
                guard let found = book.settings.stage(named: stage) else {
                    throw UsageError("--stage for opportunities is one of " + book.settings.pipeline.map(\.name).joined(separator: ", "))
                }
                stageID = found.id
            }
            headers = ["ID", "TITLE", "CONTACT", "STAGE", "STATUS", "AMOUNT", "CLOSE"]
            nameColumn = 1
            rows = book.opportunities.sortedByID.filter { stageID == nil || $0.stageID == stageID }.map {
                Row(cells: [$0.id.rawValue, $0.title, contact($0.contactID), book.settings.stage(id: $0.stageID)?.name ?? $0.stageID,
                            $0.status.rawValue, $0.amount.formatted(format), $0.expectedClose?.description ?? ""], record: $0,
                    created: $0.createdAt, updated: $0.updatedAt, numbers: [5: $0.amount.minorUnits], custom: $0.customValues)
            }
        case "activities":
            fieldKind = .activity
            count = Messages.reviewListCountActivities
            guard stage == nil else { throw UsageError("--stage is for contacts and opportunities") }
            headers = ["ID", "WHAT", "WHEN", "DONE", "SUMMARY", "CONTACT"]
            nameColumn = 4
            rows = book.activities.sortedByID.map { activity in
                let what = activity.kind == .task ? activity.taskType?.title ?? "To-do" : activity.channel?.title ?? "Interaction"
                let when: String
                if activity.kind == .task {
                    when = [activity.dueDate?.description, activity.dueTime?.description].compactMap { $0 }.joined(separator: " ")
                } else {
                    when = activity.occurredAt.flatMap(JSONDateFormat.string(from:)) ?? ""
                }
                let done = activity.kind == .task ? (activity.doneAt == nil ? "no" : "yes") : ""
                return Row(cells: [activity.id.rawValue, what, when, done, activity.summary, contact(activity.contactID)], record: activity,
                           created: activity.createdAt, updated: activity.updatedAt, custom: activity.customValues)
            }
        default:
            throw UsageError("list shows contacts, companies, opportunities or activities, not \"\(kind)\"")
        }
    }
}

/// Records as the data files store them, as one JSON array (or one object).
enum JSONRecords {
    static func bytes(_ records: [any Encodable & Sendable]) throws -> [UInt8] {
        let encoder = JSONValueEncoder()
        return try JSONWriter.write(.array(try records.map { try encoder.encode($0) }))
    }

    static func bytes(_ record: any Encodable & Sendable) throws -> [UInt8] {
        try JSONWriter.write(try JSONValueEncoder().encode(record))
    }
}
