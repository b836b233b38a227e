import Foundation

extension CSVRowImporter {
    mutating func importContact(_ reader: inout CSVRowReader) {
        let draft = Self.contactDraft(&reader, timeZone: session.timeZone)
        mergeContact(draft, reader: &reader)
    }

    /// What a contact row says, read without the book: rows can be read in parallel and then
    /// merged in file order. Problems go to the reader.
    static func contactDraft(_ reader: inout CSVRowReader, timeZone: TimeZone) -> ContactDraft {
        var draft = ContactDraft()
        draft.firstName = reader.string("first_name")
        draft.lastName = reader.string("last_name")
        if !draft.hasName, let full = reader.text("name") {
            (draft.firstName, draft.lastName) = ImportValues.splitFullName(full)
        }
        draft.emails = labeledValues(reader.labeledValues("email"), key: ImportValues.emailKey)
        for email in draft.emails where !ImportValues.looksLikeEmail(email.value) {
            reader.problem(Messages.importNotAnEmail.text(["column": "email", "value": MessageValue.quoted(email.value)]))
        }
        // The name goes into the To header of campaign emails.
        for (column, value) in [("first_name", draft.firstName), ("last_name", draft.lastName)] {
            if let problem = HeaderSafeText.textProblem(value, field: column) { reader.problem(problem) }
        }
        draft.phones = labeledValues(reader.labeledValues("phone"), key: ImportValues.phoneKey)
        draft.companyName = reader.string("company")
        draft.jobTitle = reader.string("title")
        if let stage = reader.text("lifecycle_stage") {
            if let parsed = LifecycleStage(rawValue: stage) ?? LifecycleStage(loose: stage) { draft.lifecycle = parsed } else {
                reader.problem("unknown lifecycle stage \"\(stage)\"; the stages are: "
                               + LifecycleStage.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        draft.tags = reader.text("tags").map(ImportValues.tags) ?? []
        draft.createdAt = reader.instant("created_at", in: timeZone)
        draft.marketingConsent = reader.boolean("marketing_consent")
        draft.source = reader.string("source")
        draft.notes = reader.string("notes")
        draft.birthday = reader.localDate("birthday")
        draft.address = address(reader)
        draft.customFields = reader.customValues
        if !draft.hasName && draft.emails.isEmpty && reader.isValid {
            reader.problem("a contact needs a name or an email")
        }
        return draft
    }

    /// Merges a row's draft into the book, unless the row has problems.
    mutating func mergeContact(_ draft: ContactDraft, reader: inout CSVRowReader) {
        guard reader.isValid else { return }
        do {
            try session.mergeContact(draft, line: reader.line)
        } catch {
            guard case .ambiguousName(let name, let candidates) = error else { return }
            reader.problem("\(candidates.count) contacts are named \"\(name)\" (\(candidates.map(\.rawValue).joined(separator: ", "))); "
                           + "add an email to tell them apart")
        }
    }

    /// A row's emails or phones: the ones the file marks as preferred first, then in column
    /// order; a value written twice is kept once, with the first label the row gives it.
    static func labeledValues(_ cells: [LabeledCell], key: (String) -> String) -> [LabeledValue] {
        var values: [LabeledValue] = []
        var positions: [String: Int] = [:]
        for cell in cells.filter(\.isPrimary) + cells.filter({ !$0.isPrimary }) {
            let cellKey = key(cell.value)
            if let position = positions[cellKey] {
                if values[position].label.isEmpty { values[position].label = cell.label }
                continue
            }
            positions[cellKey] = values.count
            values.append(LabeledValue(cell.value, label: cell.label))
        }
        return values
    }

    /// The postal address of a row: the parts of the first address it fills in (a file may
    /// carry several: Outlook's work, home and other addresses, Google's Address 1, 2…), street
    /// lines joined with ", ".
    static func address(_ reader: CSVRowReader) -> PostalAddress? {
        let fields = reader.row.fields
        func values(_ group: ImportColumnMap.AddressGroup, _ part: String) -> [String] {
            (group.cells[part] ?? []).compactMap { index in
                guard index < fields.count else { return nil }
                let value = ImportValues.trim(fields[index])
                return value.isEmpty ? nil : value
            }
        }
        for group in reader.row.map.addressGroups {
            let address = PostalAddress(street: values(group, "street").joined(separator: ", "),
                                        city: values(group, "city").first ?? "", region: values(group, "region").first ?? "",
                                        postalCode: values(group, "postal_code").first ?? "",
                                        country: values(group, "country").first ?? "")
            if !address.isEmpty { return address }
        }
        return nil
    }

    mutating func importCompany(_ reader: inout CSVRowReader) {
        guard let name = reader.required("name") else { return }
        var size: CompanySize?
        if let text = reader.text("size") {
            size = Self.companySize(text)
            if size == nil { reader.problem("size \"\(text)\" is not a head count or one of 1-9, 10-49, 50-249, 250-999, 1000+") }
        }
        guard reader.isValid else { return }
        let city = reader.string("city")
        let country = reader.string("country")
        let existingID = session.companyID(named: name)
        var company = existingID.flatMap { session.book.companies[$0] }
            ?? Company(id: session.book.companies.nextID(), createdAt: session.now, name: name)
        let original = company
        if let domain = reader.text("domain") { company.domain = Self.domain(domain) }
        if let industry = reader.text("industry") { company.industry = industry }
        if let size { company.size = size }
        if !city.isEmpty || !country.isEmpty {
            var address = company.address ?? PostalAddress()
            if !city.isEmpty { address.city = city }
            if !country.isEmpty { address.country = country }
            company.address = address
        }
        for tag in reader.text("tags").map(ImportValues.tags) ?? [] where !company.tags.contains(where: { $0.lowercased() == tag.lowercased() }) {
            company.tags.append(tag)
        }
        if let notes = reader.text("notes"), !company.notes.contains(notes) {
            company.notes = company.notes.isEmpty ? notes : company.notes + "\n" + notes
        }
        for (name, value) in reader.customValues { company.customValues[name] = value }
        let summary = "company \(company.id) \(company.name)"
        if existingID == nil {
            session.insertCompany(company)
            session.note(.created, company.id.rawValue, line: reader.line, summary)
        } else if company != original {
            company.updatedAt = session.now
            session.insertCompany(company)
            session.note(.updated, company.id.rawValue, line: reader.line, summary)
        } else {
            session.note(.unchanged, company.id.rawValue, line: reader.line, summary)
        }
    }

    /// "https://www.rossi.it/" → "rossi.it".
    static func domain(_ text: String) -> String {
        var domain = text.lowercased()
        for prefix in ["https://", "http://", "www."] where domain.hasPrefix(prefix) { domain.removeFirst(prefix.count) }
        if let slash = domain.firstIndex(of: "/") { domain = String(domain[..<slash]) }
        return domain
    }

    /// A band as written ("10-49", "1000+") or a head count ("120" → 50-249; "51-200" → by its low end).
    static func companySize(_ text: String) -> CompanySize? {
        if let band = CompanySize(rawValue: text.replacingOccurrences(of: " ", with: "")) { return band }
        let digits = text.prefix(while: { $0.isASCIIDigit || $0 == "," || $0 == "." }).filter(\.isASCIIDigit)
        guard let count = Int(digits) else { return nil }
        switch count {
        case ..<10: return .micro
        case ..<50: return .small
        case ..<250: return .medium
        case ..<1000: return .large
        default: return .enterprise
        }
    }
}
