/// Changes to the field definitions, applied to the whole book: a rename moves every record's
/// value to the new name, a removal drops the values. Pure: a new book, or why not.
public enum CustomFieldEditing {
    public enum Problem: Error, Equatable, Sendable {
        case emptyName
        case taken(String)
        case unknown(String)
        case noChoices
    }

    public static func add(_ field: CustomFieldDefinition, to book: Book) -> Result<Book, Problem> {
        let name = field.name.trimmingWhitespace()
        guard !name.isEmpty else { return .failure(.emptyName) }
        guard book.settings.customField(named: name, for: field.kind) == nil else { return .failure(.taken(name)) }
        guard !field.type.hasChoices || !(field.choices ?? []).isEmpty else { return .failure(.noChoices) }
        var changed = book
        var field = field
        field.name = name
        changed.settings.customFields = (book.settings.customFields ?? []) + [field]
        return .success(changed)
    }

    public static func rename(_ name: String, to newName: String, kind: CustomFieldRecordKind, in book: Book) -> Result<Book, Problem> {
        let target = newName.trimmingWhitespace()
        guard !target.isEmpty else { return .failure(.emptyName) }
        guard let field = book.settings.customField(named: name, for: kind) else { return .failure(.unknown(name)) }
        if let other = book.settings.customField(named: target, for: kind), other.name != field.name { return .failure(.taken(target)) }
        var changed = book
        changed.settings.customFields = book.settings.customFields?.map { definition in
            guard definition == field else { return definition }
            var renamed = definition
            renamed.name = target
            return renamed
        }
        changeValues(of: kind, in: &changed) { values in
            guard let value = values.removeValue(forKey: field.name) else { return }
            values[target] = value
        }
        return .success(changed)
    }

    public static func remove(_ name: String, kind: CustomFieldRecordKind, from book: Book) -> Result<Book, Problem> {
        guard let field = book.settings.customField(named: name, for: kind) else { return .failure(.unknown(name)) }
        var changed = book
        let rest = (book.settings.customFields ?? []).filter { $0 != field }
        changed.settings.customFields = rest.isEmpty ? nil : rest
        changeValues(of: kind, in: &changed) { values in values[field.name] = nil }
        return .success(changed)
    }

    /// How many records of the kind hold a value for the field: what removing it would lose.
    public static func valueCount(_ field: CustomFieldDefinition, in book: Book) -> Int {
        func count<R: CustomFieldHolder>(_ records: some Sequence<R>) -> Int {
            records.reduce(0) { $0 + ($1.customValues[field.name] == nil ? 0 : 1) }
        }
        switch field.kind {
        case .contact: return count(book.contacts.all)
        case .company: return count(book.companies.all)
        case .opportunity: return count(book.opportunities.all)
        case .activity: return count(book.activities.all)
        case .ticket: return count(book.tickets.all)
        }
    }

    private static func changeValues(of kind: CustomFieldRecordKind, in book: inout Book, _ change: (inout [String: String]) -> Void) {
        func apply<R: Record & CustomFieldHolder>(_ table: inout RecordTable<R>) {
            for record in Array(table.all) {
                var values = record.customValues
                change(&values)
                guard values != record.customValues else { continue }
                var updated = record
                updated.customValues = values
                table.upsert(updated)
            }
        }
        switch kind {
        case .contact: apply(&book.contacts)
        case .company: apply(&book.companies)
        case .opportunity: apply(&book.opportunities)
        case .activity: apply(&book.activities)
        case .ticket: apply(&book.tickets)
        }
    }
}
