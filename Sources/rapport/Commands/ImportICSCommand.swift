import Foundation
import RapportCore

/// `rapport import ics FILE`: calendar meetings with contacts into their timelines (see
/// `ICalendarImporter` and docs/IMPORT.md). Reached through `rapport import`.
enum ImportICSCommand {
    static let usage = "rapport import ics FILE [--from DATE] [--to DATE] [--dry-run] [--json] [--verbose] [--data DIR]"

    /// Days back and ahead of today that a series is expanded in when --from / --to are not given.
    static let defaultWindowDays = 90

    /// The summary `--json` prints; keys stay the same in every language.
    struct Summary: Encodable {
        var file: String
        var dryRun: Bool
        var from: String
        var to: String
        var events: Int
        var meetings: Int
        var created: Int
        var updated: Int
        var unchanged: Int
        var unmatched: Int
        var cancelled: Int
        var unmatchedSummaries: [String]
        var seriesNotExpanded: [String]
        var unknownTimeZones: [String]
    }

    static func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        try arguments.allowOnly(["from", "to", "dry-run", "json", "verbose"], in: "import ics")
        let path = arguments.positionals[1]
        let clock = try context.clock()
        let today = clock.today
        let first = try CommandValues.date(arguments.value("from"), option: "from", today: today) ?? today.adding(days: -defaultWindowDays)
        let last = try CommandValues.date(arguments.value("to"), option: "to", today: today) ?? today.adding(days: defaultWindowDays)
        guard first <= last else { throw UsageError(Messages.calendarImportWindowBackwards.text(["from": first.description, "to": last.description])) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(path): cannot read the file") }
        let text = String(decoding: data, as: UTF8.self)
        guard text.range(of: "BEGIN:VCALENDAR", options: .caseInsensitive) != nil else {
            throw CommandFailure(Messages.calendarImportNotICS.text(["file": path]))
        }
        let directory = context.dataDirectory(arguments)
        let dryRun = arguments.has("dry-run")
        let (store, book): (BookStore?, Book) = dryRun ? (nil, try BookAccess.load(directory)) : try BookAccess.openForWriting(directory)
        defer { store?.close() }
        // The window is whole days where the user is: from the start of --from to the end of --to.
        let result = ICalendarImporter.run(text, into: book, from: first.startOfDay(in: clock.timeZone),
                                           to: last.adding(days: 1).startOfDay(in: clock.timeZone), now: clock.now, timeZone: clock.timeZone)
        if let store, result.changesBook { try BookAccess.save(result.book, with: store) }
        if arguments.has("json") {
            let summary = Summary(file: path, dryRun: dryRun, from: first.description, to: last.description,
                                  events: result.readout.eventCount, meetings: result.readout.occurrences.count,
                                  created: result.created.count, updated: result.updated.count, unchanged: result.unchanged.count,
                                  unmatched: result.unmatched.count, cancelled: result.cancelled, unmatchedSummaries: result.unmatched,
                                  seriesNotExpanded: result.readout.seriesNotExpanded, unknownTimeZones: result.readout.unknownZones)
            do {
                Output.out(String(decoding: try JSONWriter.write(try JSONValueEncoder().encode(summary)), as: UTF8.self))
            } catch {
                throw CommandFailure("cannot encode the summary: \(error)")
            }
        } else {
            Output.out(report(result, dryRun: dryRun, first: first, last: last, verbose: arguments.has("verbose")))
        }
        for summary in result.readout.seriesNotExpanded { Output.error(Messages.calendarImportNotExpanded.text(["summary": summary])) }
        for zone in result.readout.unknownZones { Output.error(Messages.calendarImportUnknownZone.text(["zone": zone])) }
        return 0
    }

    static let examples = 5

    static func report(_ result: ICalendarImportResult, dryRun: Bool, first: LocalDate, last: LocalDate, verbose: Bool) -> String {
        let counts: [String: any CustomStringConvertible] = [
            "count": result.readout.occurrences.count, "from": first.description, "to": last.description,
            "created": result.created.count, "updated": result.updated.count, "unchanged": result.unchanged.count,
            "unmatched": result.unmatched.count,
        ]
        var lines = [(dryRun ? Messages.calendarImportDryRun : Messages.calendarImportDone).text(counts)]
        if !result.changesBook, !dryRun { lines.append(Messages.calendarImportNothingChanged.text) }
        let shown = verbose ? Int.max : examples
        for (title, changes) in [(Messages.calendarImportCreated, result.created), (Messages.calendarImportUpdated, result.updated)]
            where !changes.isEmpty {
            lines.append(title.text)
            for change in changes.prefix(shown) {
                lines.append("  " + (change.day?.description ?? "") + "  " + change.summary + "  (" + change.activityID.rawValue + ")")
            }
            if changes.count > shown { lines.append("  " + Messages.calendarImportMore.text(["count": changes.count - shown])) }
        }
        if result.cancelled > 0 { lines.append(Messages.calendarImportCancelled.text(["count": result.cancelled])) }
        if verbose, !result.unmatched.isEmpty {
            lines.append(Messages.calendarImportUnmatchedTitle.text)
            for summary in result.unmatched { lines.append("  " + summary) }
        } else if !result.unmatched.isEmpty {
            lines.append(Messages.calendarImportUnmatchedHint.text(["count": result.unmatched.count]))
        }
        return lines.joined(separator: "\n")
    }
}
