import Foundation
import RapportCore

enum ExportCommand {
    static let command = Command(
        name: "export", summary: "export records as CSV, vCard, iCalendar or JSON",
        usage: """
        Usage: rapport export csv --kind KIND [--out FILE] [--data DIR]
               rapport export vcard [--version 3|4] [--out FILE] [--data DIR]
               rapport export ics [--out FILE] [--data DIR]
               rapport export json [--out FILE] [--data DIR]

        csv    one kind of record (contacts, companies, opportunities, activities, purchases,
               surveys) in the canonical columns `rapport import csv` reads back
        vcard  every contact, vCard 4.0 unless --version 3
        ics    planned tasks as to-dos and meetings as events, for a calendar app
        json   the whole book as one document
        Without --out the export goes to stdout; with it, the file is replaced atomically.
        Reading needs no lock: exporting works while the book is open elsewhere.
        """,
        valueOptions: ["data", "kind", "out", "version"], flagOptions: []
    ) { arguments, context in
        guard arguments.positionals.count == 1, let format = arguments.positionals.first else {
            throw UsageError("export needs one format: csv, vcard, ics or json")
        }
        if format != "csv", arguments.value("kind") != nil { throw UsageError("--kind is for export csv") }
        if format != "vcard", arguments.value("version") != nil { throw UsageError("--version is for export vcard") }
        let out = arguments.value("out")
        switch format {
        case "csv":
            guard let name = arguments.value("kind") else { throw UsageError("export csv needs --kind " + ImportCommand.kindList) }
            guard let kind = ImportKind(rawValue: name) else {
                throw UsageError("--kind is one of \(ImportCommand.kindList), not \"\(name)\"")
            }
            let book = try BookAccess.load(context.dataDirectory(arguments))
            try CommandOutput.write([UInt8](CSVExporter.data(kind, of: book)), to: out)
        case "vcard", "vcf":
            let version: VCardWriter.Version
            switch arguments.value("version") {
            case nil, "4"?, "4.0"?: version = .v4
            case "3"?, "3.0"?: version = .v3
            case let other?: throw UsageError("--version is 3 or 4, not \"\(other)\"")
            }
            let book = try BookAccess.load(context.dataDirectory(arguments))
            try CommandOutput.write([UInt8](VCardExporter.data(of: book, version: version)), to: out)
        case "ics", "ical", "icalendar":
            let clock = try context.clock()
            let book = try BookAccess.load(context.dataDirectory(arguments))
            let text = ICalendarExporter.string(of: book, now: clock.now, timeZone: clock.timeZone)
            try CommandOutput.write(Array(text.utf8), to: out)
        case "json":
            let book = try BookAccess.load(context.dataDirectory(arguments))
            do {
                try CommandOutput.write(try JSONExporter.bytes(of: book), to: out)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("cannot encode the book: \(error)")
            }
        default:
            throw UsageError("export writes csv, vcard, ics or json, not \"\(format)\"")
        }
        if let out { Output.error("wrote \(out)") }
        return 0
    }
}
