/// Books written before typed fields held untyped strings on contacts only. Every name a record
/// holds a value under, with no definition for its kind, becomes a text field: nothing is lost,
/// and the first save writes the definitions.
public enum CustomFieldMigration {
    public static func upgrade(_ book: inout Book) {
        var definitions = book.settings.customFields ?? []
        func define<R: CustomFieldHolder>(_ records: some Sequence<R>) {
            var defined = Set(definitions.filter { $0.kind == R.customFieldKind }.map { $0.name.lowercased() })
            var missing: Set<String> = []
            for record in records {
                for name in record.customValues.keys where !defined.contains(name.lowercased()) { missing.insert(name) }
            }
            for name in missing.sorted() where defined.insert(name.lowercased()).inserted {
                definitions.append(CustomFieldDefinition(kind: R.customFieldKind, name: name, type: .text))
            }
        }
        define(book.contacts.all)
        define(book.companies.all)
        define(book.opportunities.all)
        define(book.activities.all)
        define(book.tickets.all)
        if definitions != (book.settings.customFields ?? []) { book.settings.customFields = definitions }
    }
}
