import Foundation

/// Reads typed values from one row, collecting every problem instead of stopping at the first,
/// so the user fixes a row in one go. Messages name the canonical column.
struct CSVRowReader {
    let row: ImportRow
    let dayOrders: [String: DayOrder]
    let settings: Settings
    private(set) var problems: [String] = []
    /// The row's custom field values, stored forms by name (see `CSVCustomFieldColumns`).
    var customValues: [String: String] = [:]

    init(row: ImportRow, dayOrders: [String: DayOrder], settings: Settings) {
        self.row = row
        self.dayOrders = dayOrders
        self.settings = settings
    }

    var line: Int { row.line }
    var isValid: Bool { problems.isEmpty }

    mutating func problem(_ message: String) { problems.append(message) }

    func text(_ column: String) -> String? { row.text(column) }
    func texts(_ column: String) -> [String] { row.texts(column) }
    func labeledValues(_ column: String) -> [LabeledCell] { row.labeledValues(column) }
    func string(_ column: String) -> String { row.text(column) ?? "" }

    mutating func required(_ column: String) -> String? {
        guard let value = row.text(column) else {
            problem("\(column) is empty")
            return nil
        }
        return value
    }

    mutating func date(_ column: String) -> ImportedDate? {
        guard let value = row.text(column) else { return nil }
        guard let date = ImportDateParser.parse(value, order: dayOrders[column] ?? .dayFirst) else {
            problem("\(column) \"\(value)\" is not a date (write YYYY-MM-DD, DD/MM/YYYY or an ISO date-time)")
            return nil
        }
        return date
    }

    mutating func localDate(_ column: String) -> LocalDate? { date(column)?.date }

    mutating func instant(_ column: String, in timeZone: TimeZone) -> Date? { date(column)?.instant(in: timeZone) }

    mutating func boolean(_ column: String) -> Bool? {
        guard let value = row.text(column) else { return nil }
        guard let flag = ImportValues.boolean(value) else {
            problem("\(column) \"\(value)\" is not yes/no, true/false, 1/0 or x")
            return nil
        }
        return flag
    }

    mutating func currency(_ column: String) -> CurrencyCode {
        guard let value = row.text(column) else { return settings.defaultCurrency }
        guard let code = CurrencyCode(value) else {
            problem("\(column) \"\(value)\" is not a currency code such as EUR or USD")
            return settings.defaultCurrency
        }
        return code
    }

    /// An amount in the book's number format ("1.234,50" in an Italian book), in the currency given.
    mutating func money(_ column: String, currency: CurrencyCode) -> Money? {
        guard let value = row.text(column) else { return nil }
        do {
            return try Money.parse(value, currency: currency, format: settings.numberFormat)
        } catch {
            problem("\(column): \(error.description)")
            return nil
        }
    }

    /// A valid email, or a problem; nil when the column is empty.
    mutating func email(_ column: String) -> String? {
        guard let value = row.text(column) else { return nil }
        // The rule forms and `check` use: an address the import lets in, check never fails.
        guard ImportValues.looksLikeEmail(value), FieldRules.email(value) == nil else {
            problem(Messages.importNotAnEmail.text(["column": column, "value": MessageValue.quoted(value)]))
            return nil
        }
        return value
    }

    mutating func stage(_ column: String) -> PipelineStage? {
        guard let value = row.text(column) else { return nil }
        guard let stage = settings.stage(named: value) else {
            problem("unknown stage \"\(value)\"; the stages are: " + settings.pipeline.map(\.name).joined(separator: ", "))
            return nil
        }
        return stage
    }
}
