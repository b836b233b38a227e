import Foundation
import RapportCore

/// `rapport import mail PATH`: an .eml file, an mbox file or a Maildir folder, each message
/// logged as `log-email` logs one. Reached through `rapport import`.
enum MailImportCommand {
    static let options: Set<String> = ["create", "me", "dry-run", "json"]
    /// How many unknown addresses the summary lists before "… and N more".
    static let unknownListed = 20

    static func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        try arguments.allowOnly(options, in: "import mail")
        guard arguments.positionals.count == 2 else { throw UsageError(Messages.mailImportNeedsPath.text) }
        let path = arguments.positionals[1]
        let clock = try context.clock()
        let directory = context.dataDirectory(arguments)
        let dryRun = arguments.has("dry-run")
        // A dry run writes nothing and needs no lock; a real import holds it from reading to saving.
        let (store, book): (BookStore?, Book) = dryRun ? (nil, try BookAccess.load(directory)) : try BookAccess.openForWriting(directory)
        defer { store?.close() }
        let options = MailLogger.Options(
            createLeads: arguments.has("create"),
            ownAddresses: MailCommandSupport.ownAddresses(arguments, book: book, environment: context.environment),
            now: clock.now)
        let progress = ProgressLine()
        let result: (book: Book, report: MailImportReport)
        do {
            result = try MailImport.run(path: path, into: book, options: options, progress: progress.map { line in { line.update($0) } })
        } catch MailSource.Failure.cannotRead(let path) {
            throw CommandFailure(Messages.mailImportCannotRead.text(["path": path]))
        } catch MailSource.Failure.notMaildir(let path) {
            throw CommandFailure(Messages.mailImportNotMaildir.text(["path": path]))
        }
        progress?.finish()
        let report = result.report
        let unknown = report.unknownByFrequency
        for entry in unknown.prefix(unknownListed) {
            Output.error(Messages.mailImportUnknown.text(["address": MailCommandSupport.display(entry.address), "count": entry.messages]))
        }
        if unknown.count > unknownListed { Output.error(Messages.mailImportUnknownMore.text(["count": unknown.count - unknownListed])) }
        if !unknown.isEmpty && !options.createLeads { Output.error(Messages.mailUnknownHint.text) }
        if arguments.has("json") {
            try MailCommandSupport.printJSON(MailImportJSON(report, dryRun: dryRun))
        } else {
            var parts = [Messages.mailImportSummary.text([
                "count": report.messages, "logged": report.messagesLogged, "already": report.alreadyLogged, "unmatched": report.unmatched,
            ])]
            parts.append(Messages.mailImportActivities.text(["count": report.activitiesAdded]))
            if !report.created.isEmpty { parts.append(Messages.mailImportCreated.text(["count": report.created.count])) }
            if dryRun { parts.insert(Messages.mailImportDryRun.text, at: 0) }
            Output.out(parts.joined(separator: "; "))
        }
        if let store, report.activitiesAdded > 0 || !report.created.isEmpty { try BookAccess.save(result.book, with: store) }
        return 0
    }
}

/// "reading mail: 1500 messages…" rewritten in place on stderr, only when stderr is a terminal
/// (a log file or a pipe gets the summary alone), at most every 250 messages.
final class ProgressLine {
    private var shown = false

    init?() {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
    }

    func update(_ count: Int) {
        guard count % 250 == 0 else { return }
        shown = true
        StandardStream.write(("\r" + Messages.mailImportProgress.text(["count": count])).utf8, to: STDERR_FILENO)
    }

    func finish() {
        // Clear to the end of the line: the summary follows on a clean line.
        if shown { StandardStream.write("\r\u{1B}[K".utf8, to: STDERR_FILENO) }
    }
}
