import Foundation
import RapportCore

/// `rapport rules …`: the built-in workflow rules, for cron and for turning them on and off.
enum RulesCommand {
    static let command = Command(
        name: "rules", summary: "list, enable, disable and run the workflow rules (when X then Y)",
        usage: """
        Usage: rapport rules list [--json]
               rapport rules run [--dry-run]
               rapport rules enable RULE [--days N] [--tag T]
               rapport rules disable RULE

        RULE is one of \(BuiltInRule.allCases.map(\.rawValue).joined(separator: ", ")).
        The rules also run each time the full-screen interface opens the book. Rules reacting to
        an event (a first purchase, a won deal) consider events from the day they were enabled.
        Each action is logged as an activity naming its rule, and printed; a rule never fires twice
        for the same thing. To undo a run on the command line, restore the book's files (keep the
        folder under git, or run with --dry-run first); in the interface, `u` undoes the run.
        """,
        valueOptions: ["data", "days", "tag"], flagOptions: ["dry-run", "json"]
    ) { arguments, context in
        guard let action = arguments.positionals.first else { throw UsageError("rules needs list, run, enable or disable") }
        let options: [String: Set<String>] = ["list": ["json"], "run": ["dry-run"], "enable": ["days", "tag"], "disable": []]
        if let allowed = options[action] { try arguments.allowOnly(allowed, in: "rules \(action)") }
        switch action {
        case "list":
            try CommandValues.noExtraPositionals(arguments, expected: 1)
            let book = try BookAccess.load(context.dataDirectory(arguments))
            if arguments.has("json") {
                let listing = BuiltInRule.allCases.map { rule in
                    RuleListing(rule: rule.rawValue, setting: book.settings.automation?[rule.rawValue])
                }
                do {
                    try CommandOutput.write(try JSONRecords.bytes(listing), to: nil)
                } catch {
                    throw CommandFailure("cannot encode the rules: \(error)")
                }
                return 0
            }
            for rule in BuiltInRule.allCases {
                let setting = book.settings.automation?[rule.rawValue]
                let state = setting?.enabled == true ? "on " : "off"
                let since = setting?.since.map { " (since \($0))" } ?? ""
                Output.out("\(state)  \(rule.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0))\(rule.sentence(setting))\(setting?.enabled == true ? since : "")")
            }
            return 0
        case "run":
            try CommandValues.noExtraPositionals(arguments, expected: 1)
            return try run(dryRun: arguments.has("dry-run"), arguments, context)
        case "enable", "disable":
            guard arguments.positionals.count == 2 else { throw UsageError("rules \(action) needs a RULE") }
            let name = arguments.positionals[1]
            guard let rule = BuiltInRule(loose: name) else {
                throw UsageError("unknown rule \"\(name)\"; the rules are \(BuiltInRule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var days: Int?
            if let text = arguments.value("days") {
                guard let value = Int(text), value >= 1 else { throw UsageError("--days takes a whole number of days (1 or more), not \"\(text)\"") }
                days = value
            }
            let clock = try context.clock()
            let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
            defer { store.close() }
            var changed = book
            var automation = changed.settings.automation ?? [:]
            var setting = automation[rule.rawValue] ?? RuleSetting(enabled: false)
            if action == "enable" {
                if !setting.enabled { setting.since = clock.today }
                setting.enabled = true
            } else {
                setting.enabled = false
            }
            if let days { setting.days = days }
            if let tag = arguments.value("tag")?.trimmingWhitespace(), !tag.isEmpty { setting.tag = tag }
            automation[rule.rawValue] = setting
            changed.settings.automation = automation
            try BookAccess.save(changed, with: store)
            Output.out("\(setting.enabled ? "on " : "off")  \(rule.rawValue)  \(rule.sentence(setting))")
            return 0
        default:
            throw UsageError("unknown rules action \"\(action)\"; use list, run, enable or disable")
        }
    }

    private static func run(dryRun: Bool, _ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let clock = try context.clock()
        let directory = context.dataDirectory(arguments)
        let store: BookStore?
        let book: Book
        if dryRun {
            (store, book) = (nil, try BookAccess.load(directory))
        } else {
            let opened = try BookAccess.openForWriting(directory)
            (store, book) = (opened.store, opened.book)
        }
        defer { store?.close() }
        let enabled = WorkflowRules.enabled(in: book.settings)
        guard !enabled.isEmpty else {
            Output.out("No rule is enabled (rapport rules enable RULE).")
            return 0
        }
        let result = WorkflowRules.run(book, clock: clock)
        for action in result.actions {
            Output.out("\(dryRun ? "would" : "did")  \(action.rule.rawValue)  \(action.summary)" + (dryRun ? "" : "  (\(action.activityID))"))
        }
        if let store, !result.isEmpty { try BookAccess.save(result.book, with: store) }
        Output.out("\(result.actions.count) action\(result.actions.count == 1 ? "" : "s")\(dryRun ? " would be taken; nothing saved" : "") by \(enabled.count) enabled rule\(enabled.count == 1 ? "" : "s")")
        return 0
    }
}

/// One line of `rules list --json`: the rule's name and its setting as stored (language-free).
struct RuleListing: Encodable, Sendable {
    let rule: String
    let enabled: Bool
    let days: Int?
    let tag: String?
    let since: LocalDate?

    init(rule: String, setting: RuleSetting?) {
        self.rule = rule
        enabled = setting?.enabled ?? false
        days = setting?.days
        tag = setting?.tag
        since = setting?.since
    }
}
