/// Setting one custom field from text: `--field NAME=VALUE`, `rapport set`, the forms. The
/// value goes through the field type's rule; an empty value clears the field.
public enum CustomFieldAssignment {
    /// "Budget=15000" -> ("Budget", "15000"); nil without a name before "=".
    public static func split(_ text: String) -> (name: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = text[..<equals].trimmingWhitespace()
        return name.isEmpty ? nil : (name, String(text[text.index(after: equals)...]))
    }

    /// Sets the field on the record, or says why not (an unknown field, a value its type refuses).
    public static func apply<R: CustomFieldHolder>(_ name: String, _ text: String, to record: inout R, settings: Settings,
                                                   context: CustomFieldContext) -> String? {
        guard let field = settings.customField(named: name, for: R.customFieldKind) else {
            return Messages.fieldsUndefined.text(["field": name, "kind": R.customFieldKind.rawValue])
        }
        switch CustomFieldRules.read(text, for: field, context: context) {
        case .value(let stored): record.customValues[field.name] = stored
        case .cleared: record.customValues[field.name] = nil
        case .invalid(let problem): return problem
        }
        return nil
    }

    /// The record's custom values as people read them, in the order the fields are defined;
    /// values under no definition (a hand edit) follow, as text.
    public static func shown<R: CustomFieldHolder>(_ record: R, settings: Settings) -> [(name: String, value: String)] {
        let values = record.customValues
        guard !values.isEmpty else { return [] }
        let fields = settings.customFields(for: R.customFieldKind)
        var lines: [(name: String, value: String)] = []
        for field in fields {
            guard let stored = values[field.name] else { continue }
            lines.append((field.name, formatted(stored, field, settings)))
        }
        let defined = Set(fields.map(\.name))
        for name in values.keys.sorted() where !defined.contains(name) { lines.append((name, values[name] ?? "")) }
        return lines
    }

    /// A stored value as people read it; a value not in its type's form is shown as stored.
    public static func formatted(_ stored: String, _ field: CustomFieldDefinition, _ settings: Settings) -> String {
        CustomFieldValue(stored: stored, type: field.type)?.formatted(settings.numberFormat) ?? stored
    }
}
