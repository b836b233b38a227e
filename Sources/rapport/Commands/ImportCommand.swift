import Foundation
import RapportCore

enum ImportCommand {
    static let command = Command(
        name: "import", summary: "import contacts, companies, deals, activities, purchases or surveys (CSV, vCard), or meetings (iCalendar)",
        usage: """
        Usage: rapport import csv FILE --kind KIND [--dry-run] [--delimiter auto|,|;|tab] [--skip-invalid] [--data DIR]
               rapport import vcard FILE [--dry-run] [--skip-invalid] [--data DIR]
               \(ImportICSCommand.usage)
        \(Messages.mailImportUsage.text)

        KIND is contacts, companies, opportunities, activities, purchases or surveys. Columns are
        matched by header (Google, Outlook, Thunderbird, HubSpot, Pipedrive and Salesforce
        exports are understood; see docs/IMPORT.md). Records are matched by email, so importing a
        file twice changes nothing. The import is all or nothing: one bad row and nothing is
        written, every problem listed as FILE:LINE: what.
          --dry-run        show what would change; write nothing
          --skip-invalid   import the good rows, list the bad ones
          --delimiter      the CSV separator (default: detected)

        An .ics file (Google Calendar, Outlook, Apple Calendar) adds the meetings with contacts to their
        timelines: past ones done, future ones planned; a series is expanded from --from to --to
        (default: 90 days back to 90 days ahead). Importing again updates them instead of adding more.
          --json           the summary as JSON        --verbose   list every meeting and the unmatched ones
        """,
        valueOptions: ["data", "kind", "delimiter", "from", "to", "me"], flagOptions: ["dry-run", "skip-invalid", "json", "verbose", "create"]
    ) { arguments, context in
        if arguments.positionals.first == "mail" { return try MailImportCommand.run(arguments, context) }
        guard arguments.positionals.count == 2 else {
            throw UsageError(arguments.positionals.isEmpty ? "import needs a format (csv, vcard, ics or mail) and a FILE" : "import needs one FILE")
        }
        let format = arguments.positionals[0]
        let path = arguments.positionals[1]
        if format == "ics" || format == "ical" || format == "icalendar" { return try ImportICSCommand.run(arguments, context) }
        let kind: ImportKind?
        try arguments.allowOnly(format == "csv" ? ["kind", "delimiter", "dry-run", "skip-invalid"] : ["kind", "dry-run", "skip-invalid"],
                                in: "import \(format)")
        switch format {
        case "csv":
            guard let name = arguments.value("kind") else { throw UsageError("import csv needs --kind " + kindList) }
            guard let parsed = ImportKind(rawValue: name) else { throw UsageError("--kind is one of \(kindList), not \"\(name)\"") }
            kind = parsed
        case "vcard", "vcf":
            guard arguments.value("kind") == nil || arguments.value("kind") == "contacts" else {
                throw UsageError("vCards hold contacts only; leave out --kind")
            }
            kind = nil
        default:
            throw UsageError("import reads csv, vcard, ics or mail, not \"\(format)\"")
        }
        let delimiter = try delimiterChoice(arguments.value("delimiter"))
        let clock = try context.clock()
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path): cannot read the file")
        }
        // Refused before the lock is taken: the wrong kind of file is a mistake, not an empty import.
        switch (kind, ImportFileFormat.sniff(data)) {
        case (nil, .vCard), (_?, .csv): break
        case (nil, let found):
            let hint = found == .csv ? Messages.cliHintImportCSV.text(["file": path]) : ""
            throw CommandFailure(Messages.cliNotAVCard.text(["file": path, "hint": hint]))
        case (_?, .vCard): throw CommandFailure(Messages.cliCSVIsVCard.text(["file": path]))
        case (_?, .json): throw CommandFailure(Messages.cliCSVIsJSON.text(["file": path]))
        }
        let directory = context.dataDirectory(arguments)
        let dryRun = arguments.has("dry-run")
        // A dry run writes nothing and needs no lock; a real import holds the lock from reading to saving.
        let (store, book): (BookStore?, Book) = dryRun ? (nil, try BookAccess.load(directory)) : try BookAccess.openForWriting(directory)
        defer { store?.close() }

        let result: ImportResult
        if let kind {
            do {
                result = try CSVImporter.run(data, into: book, options: CSVImportOptions(
                    kind: kind, fileName: path, delimiter: delimiter, skipInvalid: arguments.has("skip-invalid"),
                    now: clock.now, timeZone: clock.timeZone))
            } catch let failure as ImportFailure {
                for issue in failure.issues.dropLast() { Output.error(issue.description) }
                throw CommandFailure(failure.issues.last?.description ?? "\(path): cannot import")
            }
        } else {
            result = VCardImporter.run(data, into: book, fileName: path, now: clock.now, timeZone: clock.timeZone,
                                       skipInvalid: arguments.has("skip-invalid"))
        }
        // The first few of each kind and a count: a hostile file can hold millions of them.
        let warnings = ImportIssueCap.capped(result.warnings)
        for warning in warnings.shown { Output.error("warning: " + warning.description) }
        for omitted in warnings.omitted { Output.error("warning: " + ImportIssueCap.line(omitted, warning: true)) }
        let invalid = ImportIssueCap.capped(result.invalid)
        for issue in invalid.shown { Output.error(issue.description) }
        for omitted in invalid.omitted { Output.error(ImportIssueCap.line(omitted, warning: false)) }
        guard result.canApply else {
            throw CommandFailure("\(result.invalid.count) problem\(result.invalid.count == 1 ? "" : "s") in \(path); "
                                 + "nothing was imported (fix the rows, or use --skip-invalid to import the others)")
        }
        Output.out(ImportReport.text(result, dryRun: dryRun))
        if let store, result.changesBook { try BookAccess.save(result.book, with: store) }
        return 0
    }

    static let kindList = ImportKind.allCases.map(\.rawValue).joined(separator: "|")

    static func delimiterChoice(_ text: String?) throws(UsageError) -> CSVReader.DelimiterChoice {
        switch text {
        case nil, "auto"?: return .automatic
        case ","?, "comma"?: return .fixed(.comma)
        case ";"?, "semicolon"?: return .fixed(.semicolon)
        case "tab"?, "\t"?: return .fixed(.tab)
        case let other?: throw UsageError("--delimiter is auto, \",\", \";\" or tab, not \"\(other)\"")
        }
    }
}

/// The summary an import prints: counts, then the first records of each kind of change.
enum ImportReport {
    static let examplesPerAction = 5

    static func text(_ result: ImportResult, dryRun: Bool) -> String {
        let created = result.changes(.created)
        let updated = result.changes(.updated)
        let unchanged = result.changes(.unchanged)
        var lines = [(dryRun ? "dry run, nothing written: would import " : "imported ")
            + "\(result.rowsRead) row\(result.rowsRead == 1 ? "" : "s"): \(created.count) created, \(updated.count) updated, "
            + "\(unchanged.count) unchanged, \(result.invalid.count) invalid"]
        for (title, changes) in [("created", created), ("updated", updated)] where !changes.isEmpty {
            lines.append(title + ":")
            for change in changes.prefix(examplesPerAction) { lines.append("  line \(change.line): \(change.summary)") }
            if changes.count > examplesPerAction { lines.append("  … and \(changes.count - examplesPerAction) more") }
        }
        if !result.invalid.isEmpty { lines.append("skipped \(Set(result.invalid.map(\.line)).count) invalid row(s), listed on stderr") }
        return lines.joined(separator: "\n")
    }
}
