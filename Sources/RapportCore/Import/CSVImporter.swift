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
            throw ImportFailure(issues: [ImportIssue(file: file, line: header.line, message: Messages.importMissingColumns.text(
                ["missing": missing, "found": headerList(header.fields)]))])
        }
        // Cells `export csv` guarded against formulas ("'=1+1") read back as they were stored.
        let rows = document.records.dropFirst().map { record in
            CSVRecord(fields: record.fields.map(CSVFormulaGuard.restored), line: record.line)
        }[...]
        let fallback = DayOrder.fallback(for: book.settings.numberFormat)
        let dayOrders = Dictionary(uniqueKeysWithValues: dateColumns.filter(map.has).map { column in
            (column, DayOrder.decide(for: rows.map { ImportRow(fields: $0.fields, line: $0.line, map: map).text(column) ?? "" },
                                     fallback: fallback))
        })
        let malformed = malformedRecordMessages(document)
        let customColumns = CSVCustomFieldColumns(header: header.fields, ignored: map.ignoredHeaders, kind: options.kind,
                                                  settings: book.settings, today: LocalDate(options.now, in: options.timeZone))

        var session = ImportSession(book: book, now: options.now, timeZone: options.timeZone, origin: "import: " + baseName(file))
        var importer = CSVRowImporter(kind: options.kind, session: session)
        var invalid: [ImportIssue] = []
        var rowsRead = 0
        let settings = book.settings
        @Sendable func reader(for record: CSVRecord) -> CSVRowReader? {
            let row = ImportRow(fields: record.fields, line: record.line, map: map)
            if row.isBlank { return nil }
            var reader = CSVRowReader(row: row, dayOrders: dayOrders, settings: settings)
            for message in malformed[record.line] ?? [] { reader.problem(message) }
            reader.customValues = customColumns.values(record.fields, reader: &reader)
            if record.fields.count > header.fields.count,
               record.fields[header.fields.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                reader.problem("\(record.fields.count) fields, but the header has \(header.fields.count)")
            }
            return reader
        }
        if options.kind == .contacts {
            // A contact row is read on its own (names, emails, dates, address) on every core;
            // only the merge into the book, which depends on the rows before, is in file order.
            let drafted = draftContacts(Array(rows), timeZone: options.timeZone, reader: reader)
            for case (var reader, let draft)? in drafted {
                rowsRead += 1
                importer.mergeContact(draft, reader: &reader)
                invalid += reader.problems.map { ImportIssue(file: file, line: reader.line, message: $0) }
            }
        } else {
            for record in rows {
                guard var reader = reader(for: record) else { continue }
                rowsRead += 1
                let problems = importer.importRow(&reader)
                invalid += problems.map { ImportIssue(file: file, line: record.line, message: $0) }
            }
        }
        session = importer.session
        var warnings: [ImportIssue] = []
        let ignored = customColumns.columns.isEmpty ? map.ignoredHeaders
            : map.ignoredHeaders.filter { cell in !customColumns.columns.contains { header.fields[$0.index] == cell } }
        if !ignored.isEmpty {
            warnings.append(ImportIssue(file: file, line: header.line,
                                        message: Messages.importIgnoredColumns.text(["columns": headerList(ignored)])))
        }
        return ImportResult(book: session.book, changes: session.ledger.changes, invalid: invalid, warnings: warnings,
                            rowsRead: rowsRead, skipInvalid: options.skipInvalid)
    }

    /// Each row's reader and contact draft (nil for a blank row), in file order, read in
    /// contiguous chunks on every core.
    private static func draftContacts(_ records: [CSVRecord], timeZone: TimeZone,
                                      reader: @Sendable (CSVRecord) -> CSVRowReader?) -> [(CSVRowReader, ContactDraft)?] {
        let chunks = records.count >= 2_000 ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
        return ParallelMap.chunked(records.count, chunks: chunks) { range in
            var drafted: [(CSVRowReader, ContactDraft)?] = []
            drafted.reserveCapacity(range.count)
            for index in range {
                guard var rowReader = reader(records[index]) else {
                    drafted.append(nil)
                    continue
                }
                let draft = CSVRowImporter.contactDraft(&rowReader, timeZone: timeZone)
                drafted.append((rowReader, draft))
            }
            return drafted
        }
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

    /// Header cells for a message: the first few, quoted and cut, then how many more (a header
    /// of five million columns gives a line, not 21 MB).
    static func headerList(_ cells: [String], limit: Int = 20) -> String {
        let shown = cells.prefix(limit).map { MessageValue.quoted($0, limit: 40) }.joined(separator: ", ")
        guard cells.count > limit else { return shown }
        return shown + ", " + Messages.importAndMoreColumns.text(["count": cells.count - limit])
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
