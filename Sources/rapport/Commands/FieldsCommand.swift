import Foundation
import RapportCore

/// `rapport fields list|add|rename|remove`: the user's own typed fields, per kind of record.
enum FieldsCommand {
    static let command = Command(
        name: "fields", summary: Messages.fieldsCLISummary.text, usage: Messages.fieldsCLIUsage.text,
        valueOptions: ["data", "type", "choices"], flagOptions: ["json", "yes"]
    ) { arguments, context in
        guard let action = arguments.positionals.first else { throw UsageError(Messages.fieldsCLINeedsAction.text) }
        let words = Array(arguments.positionals.dropFirst())
        let directory = context.dataDirectory(arguments)
        switch action {
        case "list":
            try arguments.allowOnly(["json"], in: "fields list")
            guard words.count <= 1 else { throw UsageError("unexpected argument \(words[1])") }
            let kind = try words.first.map(recordKind)
            let book = try BookAccess.load(directory)
            let fields = (book.settings.customFields ?? []).filter { kind == nil || $0.kind == kind }
            if arguments.has("json") {
                do {
                    Output.json(try JSONWriter.write(try JSONValueEncoder().encode(fields)))
                } catch {
                    throw CommandFailure("cannot encode the fields: \(error)")
                }
                return 0
            }
            let rows = fields.map { [$0.kind.rawValue, $0.name, $0.type.rawValue, ($0.choices ?? []).joined(separator: ", ")] }
            if !rows.isEmpty {
                let headers = [Messages.fieldsCLIHeaderKind.text, Messages.fieldsCLIHeaderName.text, Messages.fieldsCLIHeaderType.text,
                               Messages.fieldsCLIHeaderChoices.text]
                Output.out(TextTable(headers: headers, rows: rows, keeps: 1).render(width: TextTable.terminalWidth(context.environment)))
            }
            Output.error(Messages.fieldsCLICount.text(["count": rows.count]))
            return 0
        case "add":
            try arguments.allowOnly(["type", "choices"], in: "fields add")
            guard words.count == 2 else { throw UsageError(Messages.fieldsCLIAddUsage.text) }
            let kind = try recordKind(words[0])
            let typeName = arguments.value("type") ?? CustomFieldType.text.rawValue
            guard let type = CustomFieldType(rawValue: typeName.lowercased()) else {
                throw UsageError(Messages.fieldsCLIUnknownType.text(["type": typeName,
                                                                      "types": CustomFieldType.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            let choices = arguments.value("choices").map(splitChoices)
            if type.hasChoices, choices?.isEmpty ?? true { throw UsageError(Messages.fieldsCLINeedsChoices.text(["type": type.rawValue])) }
            if !type.hasChoices, choices != nil { throw UsageError(Messages.fieldsCLIChoicesOnlyForChoices.text) }
            let field = CustomFieldDefinition(kind: kind, name: words[1], type: type, choices: choices)
            return try edit(directory) { book throws(CommandFailure) in
                let changed = try outcome(CustomFieldEditing.add(field, to: book))
                Output.out(Messages.fieldsCLIAdded.text(["kind": kind.rawValue, "field": field.name.trimmingWhitespace(), "type": type.rawValue]))
                return changed
            }
        case "rename":
            try arguments.allowOnly([], in: "fields rename")
            guard words.count == 3 else { throw UsageError(Messages.fieldsCLIRenameUsage.text) }
            let kind = try recordKind(words[0])
            return try edit(directory) { book throws(CommandFailure) in
                let changed = try outcome(CustomFieldEditing.rename(words[1], to: words[2], kind: kind, in: book))
                Output.out(Messages.fieldsCLIRenamed.text(["kind": kind.rawValue, "field": words[1], "name": words[2].trimmingWhitespace()]))
                return changed
            }
        case "remove":
            try arguments.allowOnly(["yes"], in: "fields remove")
            guard words.count == 2 else { throw UsageError(Messages.fieldsCLIRemoveUsage.text) }
            let kind = try recordKind(words[0])
            return try edit(directory) { book throws(CommandFailure) in
                guard let field = book.settings.customField(named: words[1], for: kind) else {
                    throw CommandFailure(Messages.fieldsUndefined.text(["field": words[1], "kind": kind.rawValue]))
                }
                let held = CustomFieldEditing.valueCount(field, in: book)
                if held > 0, !arguments.has("yes"), !confirmed(Messages.fieldsCLIRemoveAsk.text(["field": field.name, "count": held])) {
                    throw CommandFailure(Messages.fieldsCLIRemoveNeedsYes.text(["field": field.name, "count": held]))
                }
                let changed = try outcome(CustomFieldEditing.remove(field.name, kind: kind, from: book))
                Output.out(Messages.fieldsCLIRemoved.text(["kind": kind.rawValue, "field": field.name, "count": held]))
                return changed
            }
        default:
            throw UsageError(Messages.fieldsCLINeedsAction.text)
        }
    }

    static func recordKind(_ text: String) throws(UsageError) -> CustomFieldRecordKind {
        guard let kind = CustomFieldRecordKind(typed: text) else {
            throw UsageError(Messages.fieldsCLIUnknownKind.text(["kind": text]))
        }
        return kind
    }

    private static func splitChoices(_ text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// Opens the book for writing, applies the change, saves it as one change.
    private static func edit(_ directory: String, _ change: (Book) throws(CommandFailure) -> Book) throws(CommandFailure) -> Int32 {
        let (store, book) = try BookAccess.openForWriting(directory)
        defer { store.close() }
        let changed = try change(book)
        try BookAccess.save(changed, with: store)
        return 0
    }

    private static func outcome(_ result: Result<Book, CustomFieldEditing.Problem>) throws(CommandFailure) -> Book {
        switch result {
        case .success(let book): return book
        case .failure(.emptyName): throw CommandFailure(Messages.fieldsCLIEmptyName.text)
        case .failure(.taken(let name)): throw CommandFailure(Messages.fieldsCLITaken.text(["field": name]))
        case .failure(.unknown(let name)): throw CommandFailure(Messages.fieldsCLIUnknown.text(["field": name]))
        case .failure(.noChoices): throw CommandFailure(Messages.fieldsCLINeedsChoices.text(["type": "choice"]))
        }
    }

    /// Asks on the terminal; a script (no terminal on stdin) is never asked: it says --yes.
    private static func confirmed(_ question: String) -> Bool {
        guard isatty(STDIN_FILENO) == 1 else { return false }
        StandardStream.write(Array(TerminalSafeText.visible(question + " [y/N] ", keepingLineBreaks: false).utf8), to: STDERR_FILENO)
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingWhitespace().lowercased())
    }
}
