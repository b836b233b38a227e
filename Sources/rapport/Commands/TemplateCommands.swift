import Foundation
import RapportCore

/// `rapport template …`: message templates with merge fields, checked when saved.
enum TemplateCommand {
    static let command = Command(
        name: "template", summary: "list, show, add, change and preview message templates",
        usage: """
        Usage: rapport template list
               rapport template show TEMPLATE
               rapport template add NAME --kind email|sms|quote [--subject S] (--body TEXT | --body-file FILE)
               rapport template set TEMPLATE [--name N] [--subject S] [--body TEXT | --body-file FILE]
               rapport template preview TEMPLATE CONTACT
               rapport template fields

        Merge fields: {{first_name}}, {{company}}, {{opportunity.amount}}…, with a default after a bar:
        {{first_name|there}}. An unknown field is refused when the template is saved (exit 1, with
        its line and column). `template fields` lists them all.
        """,
        valueOptions: ["data", "kind", "subject", "body", "body-file", "name"], flagOptions: ["json"]
    ) { arguments, context in
        guard let action = arguments.positionals.first else { throw UsageError("template needs list, show, add, set, preview or fields") }
        let options: [String: Set<String>] = [
            "list": ["json"], "fields": [], "show": [], "preview": [],
            "add": ["kind", "subject", "body", "body-file"], "set": ["name", "subject", "body", "body-file"],
        ]
        if let allowed = options[action] { try arguments.allowOnly(allowed, in: "template \(action)") }
        switch action {
        case "list":
            try CommandValues.noExtraPositionals(arguments, expected: 1)
            let book = try BookAccess.load(context.dataDirectory(arguments))
            if arguments.has("json") {
                do {
                    try CommandOutput.write(try JSONRecords.bytes(book.templates.sortedByID), to: nil)
                } catch {
                    throw CommandFailure("cannot encode the templates: \(error)")
                }
                return 0
            }
            let rows = book.templates.sortedByID.map { template -> [String] in
                let status = template.validationIssue.map { "error: \($0)" } ?? "ok"
                return [template.id.rawValue, template.name, template.kind.rawValue, template.subject, status]
            }
            Output.out(TextTable(headers: ["id", "name", "kind", "subject", "check"], rows: rows, keeps: 1)
                .render(width: TextTable.terminalWidth(context.environment)))
            Output.error("\(rows.count) templates")
            return 0
        case "fields":
            for field in MergeFields.known {
                Output.out("  {{" + field.name + "}}".padding(toLength: 30, withPad: " ", startingAt: 0) + field.help)
            }
            return 0
        case "show":
            let name = try positional(arguments, 1, "a TEMPLATE")
            try CommandValues.noExtraPositionals(arguments, expected: 2)
            let book = try BookAccess.load(context.dataDirectory(arguments))
            let template = try BookAccess.require(RecordLookup(book: book).template(name), "template", name)
            var text = "\(template.name)  (\(template.id), \(template.kind.rawValue))\n"
            if !template.subject.isEmpty { text += "Subject: \(template.subject)\n" }
            text += "\n" + template.body
            Output.out(text)
            return 0
        case "preview":
            let name = try positional(arguments, 1, "a TEMPLATE and a CONTACT")
            let contactName = try positional(arguments, 2, "a CONTACT")
            try CommandValues.noExtraPositionals(arguments, expected: 3)
            let book = try BookAccess.load(context.dataDirectory(arguments))
            let template = try BookAccess.require(RecordLookup(book: book).template(name), "template", name)
            let contact = try BookAccess.require(RecordLookup(book: book).contact(contactName), "contact", contactName)
            let rendered: RenderedTemplate
            do {
                rendered = try template.rendered(for: contact, in: book, today: try context.clock().today)
            } catch {
                throw CommandFailure("template \"\(template.name)\": \(error)")
            }
            var text = "To: \(RecordLookup.describe(contact))\n"
            if template.kind == .email { text += "Subject: \(rendered.subject)\n" }
            text += "\n" + rendered.body
            Output.out(text)
            if !rendered.missing.isEmpty {
                Output.error("note: no value and no default for \(rendered.missing.joined(separator: ", ")): left empty")
            }
            return 0
        case "add":
            let name = try positional(arguments, 1, "a NAME").trimmingWhitespace()
            try CommandValues.noExtraPositionals(arguments, expected: 2)
            guard let kindText = arguments.value("kind"), let kind = TemplateType(rawValue: kindText.lowercased()) else {
                throw UsageError("template add needs --kind email, sms or quote")
            }
            guard let body = try bodyText(arguments) else { throw UsageError("template add needs --body or --body-file") }
            let clock = try context.clock()
            let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
            defer { store.close() }
            var changed = book
            let template = Template(id: changed.templates.nextID(), createdAt: clock.now, name: name, kind: kind,
                                    subject: arguments.value("subject") ?? "", body: body)
            try check(template)
            changed.templates.upsert(template)
            try BookAccess.save(changed, with: store)
            Output.out(template.id.rawValue)
            return 0
        case "set":
            let name = try positional(arguments, 1, "a TEMPLATE")
            try CommandValues.noExtraPositionals(arguments, expected: 2)
            let body = try bodyText(arguments)
            let clock = try context.clock()
            let (store, book) = try BookAccess.openForWriting(context.dataDirectory(arguments))
            defer { store.close() }
            var template = try BookAccess.require(RecordLookup(book: book).template(name), "template", name)
            let original = template
            if let newName = arguments.value("name")?.trimmingWhitespace(), !newName.isEmpty { template.name = newName }
            if let subject = arguments.value("subject") { template.subject = subject }
            if let body { template.body = body }
            try check(template)
            guard template != original else {
                Output.out("\(template.id) unchanged")
                return 0
            }
            template.updatedAt = clock.now
            var changed = book
            changed.templates.upsert(template)
            try BookAccess.save(changed, with: store)
            Output.out("\(template.id) updated")
            return 0
        default:
            throw UsageError("unknown template action \"\(action)\"; use list, show, add, set, preview or fields")
        }
    }

    private static func positional(_ arguments: Arguments, _ index: Int, _ what: String) throws(UsageError) -> String {
        guard index < arguments.positionals.count else { throw UsageError("template \(arguments.positionals[0]) needs \(what)") }
        return arguments.positionals[index]
    }

    /// `--body TEXT` or `--body-file FILE` (`-` for standard input).
    private static func bodyText(_ arguments: Arguments) throws -> String? {
        if let body = arguments.value("body") {
            guard arguments.value("body-file") == nil else { throw UsageError("give --body or --body-file, not both") }
            return body
        }
        guard let path = arguments.value("body-file") else { return nil }
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else { throw CommandFailure("cannot read \(path)") }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure("\(path) is not UTF-8 text") }
        return text
    }

    /// Unknown merge fields are refused at save time, with where they are.
    private static func check(_ template: Template) throws(CommandFailure) {
        do {
            _ = try template.validated()
        } catch {
            throw CommandFailure("template not saved: \(error)")
        }
    }
}
