/// What `rapport check` finds wrong with custom fields: definitions named twice or choice
/// fields without choices, and values not in their type's stored form (a hand edit, an old tool).
enum CustomFieldBookCheck {
    static func problems(in book: Book) -> [BookProblem] {
        var problems: [BookProblem] = []
        let settings = book.settings
        var seen: Set<String> = []
        for field in settings.customFields ?? [] {
            let id = field.kind.rawValue + "." + field.name
            if !seen.insert(field.kind.rawValue + "." + field.name.lowercased()).inserted {
                problems.append(BookProblem(collection: .settings, recordID: id, message: "custom field defined twice"))
            }
            if field.type.hasChoices, (field.choices ?? []).isEmpty {
                problems.append(BookProblem(collection: .settings, recordID: id, message: "a choice field without choices"))
            }
        }
        func check<R: Record & CustomFieldHolder>(_ records: some Sequence<R>, _ collection: BookCollection) {
            for record in records {
                for (name, stored) in record.customValues {
                    guard let field = settings.customField(named: name, for: R.customFieldKind) else {
                        let message = Messages.fieldsUndefined.text(["field": name, "kind": R.customFieldKind.rawValue])
                        problems.append(BookProblem(collection: collection, recordID: record.id.rawValue, message: message))
                        continue
                    }
                    if let problem = CustomFieldRules.storedProblem(stored, for: field) {
                        problems.append(BookProblem(collection: collection, recordID: record.id.rawValue, message: problem))
                    }
                }
            }
        }
        check(book.contacts.all, .contacts)
        check(book.companies.all, .companies)
        check(book.opportunities.all, .opportunities)
        check(book.activities.all, .activities)
        check(book.tickets.all, .tickets)
        return problems
    }
}
