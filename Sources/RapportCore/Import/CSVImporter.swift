import Foundation

public struct CSVImportOptions: Sendable {
    public var kind: ImportKind
    /// How the file is named in messages (`FILE:LINE: what`).
    public var fileName: String
    public var delimiter: CSVReader.DelimiterChoice
    public var skipInvalid: Bool
    public var now: Date
    public var timeZone: TimeZone

    public init(kind: ImportKind, fileName: String, delimiter: CSVReader.DelimiterChoice = .automatic,
                skipInvalid: Bool = false, now: Date, timeZone: TimeZone) {
        self.kind = kind
        self.fileName = fileName
        self.delimiter = delimiter
        self.skipInvalid = skipInvalid
        self.now = now
        self.timeZone = timeZone
    }
}

/// Imports one CSV file of one kind of record into a copy of a book. Pure: it returns the new
/// book and what changed; saving it (or not, for a dry run or when rows are invalid) is the caller's.
public enum CSVImporter {
    /// Columns holding dates: each gets its own day-order decision.
    static let dateColumns = ["created_at", "expected_close", "closed_at", "date", "due", "done", "birthday"]

    public static func run(_ data: Data, into book: Book, options: CSVImportOptions) throws(ImportFailure) -> ImportResult {
        let document = CSVReader(delimiter: options.delimiter).read(data)
        return try run(document, into: book, options: options)
    }

    public static func run(_ document: CSVDocument, into book: Book, options: CSVImportOptions) throws(ImportFailure) -> ImportResult {
        let file = options.fileName
        guard let header = document.records.first else {
            throw ImportFailure(issues: [ImportIssue(file: file, line: 1, message: "the file is empty: expected a header row")])
        }
        let map = ImportColumnMap(header: header.fields, columns: options.kind.columns)
        if let missing = missingColumns(options.kind, map) {
            let found = header.fields.map { "\"\($0)\"" }.joined(separator: ", ")
            throw ImportFailure(issues: [ImportIssue(file: file, line: header.line,
                                                     message: "\(missing); the header has \(found) (see docs/IMPORT.md)")])
        }
        let rows = document.records.dropFirst()
        var dayOrders: [String: DayOrder] = [:]
        let fallback = DayOrder.fallback(for: book.settings.numberFormat)
        for column in dateColumns where map.has(column) {
            let values = rows.map { ImportRow(fields: $0.fields, line: $0.line, map: map).text(column) ?? "" }
            dayOrders[column] = DayOrder.decide(for: values, fallback: fallback)
        }
        let malformed = malformedRecordMessages(document)

        var session = ImportSession(book: book, now: options.now, timeZone: options.timeZone, origin: "import: " + baseName(file))
        var importer = CSVRowImporter(kind: options.kind, session: session)
        var invalid: [ImportIssue] = []
        var rowsRead = 0
        for record in rows {
            let row = ImportRow(fields: record.fields, line: record.line, map: map)
            if row.isBlank { continue }
            rowsRead += 1
            var reader = CSVRowReader(row: row, dayOrders: dayOrders, settings: book.settings)
            for message in malformed[record.line] ?? [] { reader.problem(message) }
            if record.fields.count > header.fields.count,
               record.fields[header.fields.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                reader.problem("\(record.fields.count) fields, but the header has \(header.fields.count)")
            }
            let problems = importer.importRow(&reader)
            invalid += problems.map { ImportIssue(file: file, line: record.line, message: $0) }
        }
        session = importer.session
        var warnings: [ImportIssue] = []
        if !map.ignoredHeaders.isEmpty {
            warnings.append(ImportIssue(file: file, line: header.line,
                                        message: "ignored columns: " + map.ignoredHeaders.map { "\"\($0)\"" }.joined(separator: ", ")))
        }
        return ImportResult(book: session.book, changes: session.ledger.changes, invalid: invalid, warnings: warnings,
                            rowsRead: rowsRead, skipInvalid: options.skipInvalid)
    }

    /// What stops a file of this kind before any row is read.
    static func missingColumns(_ kind: ImportKind, _ map: ImportColumnMap) -> String? {
        func missing(_ columns: String...) -> [String] { columns.filter { !map.has($0) } }
        switch kind {
        case .contacts:
            let any = ["first_name", "last_name", "name", "email"]
            return any.contains(where: map.has) ? nil : "no column for a contact's name or email (first_name, last_name, name or email)"
        case .companies: return missing("name").first.map { "no \($0) column" }
        case .opportunities: return missing("title").first.map { "no \($0) column" }
        case .activities:
            if !map.has("summary") { return "no summary column" }
            return map.has("type") || map.has("channel") ? nil : "no type or channel column"
        case .purchases:
            let absent = missing("email", "date", "amount")
            return absent.isEmpty ? nil : "no column for " + absent.joined(separator: ", ")
        case .surveys:
            let absent = missing("email", "date", "score")
            return absent.isEmpty ? nil : "no column for " + absent.joined(separator: ", ")
        }
    }

    /// The reader's complaints, moved to the record they are in (a quoted field can span lines).
    private static func malformedRecordMessages(_ document: CSVDocument) -> [Int: [String]] {
        guard !document.issues.isEmpty else { return [:] }
        let starts = document.records.map(\.line)
        var messages: [Int: [String]] = [:]
        for issue in document.issues {
            var low = 0
            var high = starts.count - 1
            var owner = starts.first ?? issue.line
            while low <= high {
                let middle = (low + high) / 2
                if starts[middle] <= issue.line { owner = starts[middle]; low = middle + 1 } else { high = middle - 1 }
            }
            messages[owner, default: []].append(issue.message)
        }
        return messages
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
