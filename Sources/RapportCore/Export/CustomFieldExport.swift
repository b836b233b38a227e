/// Custom fields on the way out: one CSV column per defined field (its name as the header,
/// the stored form as the cell: "15000.00 EUR", "2026-12-31", what the rules read back), one
/// vCard `X-` property per value.
enum CustomFieldExport {
    struct Columns<R: CustomFieldHolder> {
        let fields: [CustomFieldDefinition]
        var header: [String] { fields.map(\.name) }
        func cells(_ record: R) -> [String] {
            let values = record.customValues
            return fields.map { values[$0.name] ?? "" }
        }
    }

    static func columns<R: CustomFieldHolder>(_ type: R.Type, settings: Settings) -> Columns<R> {
        Columns(fields: settings.customFields(for: R.customFieldKind))
    }

    /// The record's values in definition order, stored forms.
    static func values<R: CustomFieldHolder>(_ record: R, settings: Settings) -> [(name: String, value: String)] {
        let values = record.customValues
        return settings.customFields(for: R.customFieldKind).compactMap { field in values[field.name].map { (field.name, $0) } }
    }
}
