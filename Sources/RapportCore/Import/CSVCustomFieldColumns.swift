import Foundation

/// The columns of a CSV file named after a custom field of the kind (as `export csv` writes
/// them): each cell is read by the field's rule, a refused value is the row's problem, an empty
/// cell says nothing (it never clears what the book holds).
struct CSVCustomFieldColumns: Sendable {
    struct Column: Sendable {
        let index: Int
        let field: CustomFieldDefinition
    }

    let columns: [Column]
    let context: CustomFieldContext

    /// Only header cells no built-in column claimed: a field named like one ("Notes") is not read.
    init(header: [String], ignored: [String], kind: ImportKind, settings: Settings, today: LocalDate) {
        context = CustomFieldContext(today: today, settings: settings, dayOrder: DayOrder.fallback(for: settings.numberFormat))
        guard let recordKind = Self.recordKind(kind) else {
            columns = []
            return
        }
        let unclaimed = Set(ignored)
        columns = header.enumerated().compactMap { index, cell in
            guard unclaimed.contains(cell), let field = settings.customField(named: cell.trimmingWhitespace(), for: recordKind) else { return nil }
            return Column(index: index, field: field)
        }
    }

    /// The header cells read as custom fields, left out of the "ignored columns" warning.
    var headers: Set<Int> { Set(columns.map(\.index)) }

    /// The row's values, stored forms by field name; problems go to the reader.
    func values(_ fields: [String], reader: inout CSVRowReader) -> [String: String] {
        var values: [String: String] = [:]
        for column in columns where column.index < fields.count {
            switch CustomFieldRules.read(fields[column.index], for: column.field, context: context) {
            case .value(let stored): values[column.field.name] = stored
            case .cleared: break
            case .invalid(let problem): reader.problem(problem)
            }
        }
        return values
    }

    static func recordKind(_ kind: ImportKind) -> CustomFieldRecordKind? {
        switch kind {
        case .contacts: return .contact
        case .companies: return .company
        case .opportunities: return .opportunity
        case .activities: return .activity
        case .purchases, .surveys: return nil
        }
    }
}
