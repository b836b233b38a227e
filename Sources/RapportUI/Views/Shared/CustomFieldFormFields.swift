import RapportCore

/// The user's own fields in a record's form, under the built-in ones: one form field per
/// definition, checked by the type's rule (`CustomFieldRules`, as `rapport set` checks it),
/// choice fields offering their choices.
enum CustomFieldFormFields {
    /// The form fields, and the choices to offer, keyed by their index in the whole form.
    static func fields<R: CustomFieldHolder>(for record: R?, of type: R.Type, settings: Settings, today: LocalDate,
                                             firstIndex: Int) -> (fields: [FormField], sources: [Int: CompletionSource]) {
        let context = CustomFieldContext(today: today, settings: settings)
        var fields: [FormField] = []
        var sources: [Int: CompletionSource] = [:]
        for definition in settings.customFields(for: R.customFieldKind) {
            if let choices = definition.choices, !choices.isEmpty {
                sources[firstIndex + fields.count] = .options(definition.type == .yesNo ? ["yes", "no"] : choices)
            } else if definition.type == .yesNo {
                sources[firstIndex + fields.count] = .options(["yes", "no"])
            }
            let text = record?.customValues[definition.name] ?? ""
            fields.append(FormField(definition.name, text: text, placeholder: placeholder(definition)) { text in
                if case .invalid(let problem) = CustomFieldRules.read(text, for: definition, context: context) { return [problem] }
                return []
            })
        }
        return (fields, sources)
    }

    /// Sets the record's custom values from the form's values after the built-in ones.
    static func apply<R: CustomFieldHolder>(_ values: ArraySlice<String>, to record: inout R, settings: Settings, today: LocalDate) {
        let context = CustomFieldContext(today: today, settings: settings)
        for (definition, text) in zip(settings.customFields(for: R.customFieldKind), values) {
            switch CustomFieldRules.read(text, for: definition, context: context) {
            case .value(let stored): record.customValues[definition.name] = stored
            case .cleared: record.customValues[definition.name] = nil
            case .invalid: break  // the form does not submit an invalid value
            }
        }
    }

    private static func placeholder(_ definition: CustomFieldDefinition) -> String {
        switch definition.type {
        case .text, .longText: return ""
        case .number: return Messages.fieldsPlaceholderNumber.text
        case .money: return Messages.fieldsPlaceholderMoney.text
        case .date: return Messages.formsDatePlaceholder.text
        case .yesNo: return Messages.fieldsPlaceholderYesNo.text
        case .choice: return (definition.choices ?? []).joined(separator: ", ")
        case .choices: return Messages.fieldsPlaceholderChoices.text(["choices": (definition.choices ?? []).joined(separator: ", ")])
        case .url: return Messages.fieldsPlaceholderURL.text
        case .email: return Messages.fieldsPlaceholderEmail.text
        case .phone: return Messages.fieldsPlaceholderPhone.text
        }
    }
}
