import Foundation

/// Imports vCards (2.1, 3.0, 4.0) as contacts, merged by email like CSV rows: names, emails and
/// phones with their labels, ORG (found or created by name, case-insensitive), TITLE, NOTE, a
/// complete BDAY, the first ADR, CATEGORIES as tags.
public enum VCardImporter {
    public static func run(_ data: Data, into book: Book, fileName: String, now: Date, timeZone: TimeZone,
                           skipInvalid: Bool = false) -> ImportResult {
        let parsed = VCardParser.parseWithWarnings(data)
        var session = ImportSession(book: book, now: now, timeZone: timeZone, origin: "import: " + CSVImporter.baseName(fileName))
        var invalid: [ImportIssue] = []
        var warnings = parsed.warnings.map { ImportIssue(file: fileName, line: $0.line, message: $0.message) }
        for card in parsed.cards {
            var draft = contactDraft(from: card)
            warnings += droppingUnusableEmails(&draft).map { ImportIssue(file: fileName, line: card.line, message: $0) }
            guard draft.hasName || !draft.emails.isEmpty else {
                warnings.append(ImportIssue(file: fileName, line: card.line, message: "skipped a card with neither a name nor an email"))
                continue
            }
            let problems = headerProblems(draft)
            guard problems.isEmpty else {
                invalid += problems.map { ImportIssue(file: fileName, line: card.line, message: $0) }
                continue
            }
            do {
                try session.mergeContact(draft, line: card.line)
            } catch {
                guard case .ambiguousName(let name, let candidates) = error else { continue }
                invalid.append(ImportIssue(file: fileName, line: card.line, message:
                    "\(candidates.count) contacts are named \"\(name)\" and the card has no email to tell them apart"))
            }
        }
        return ImportResult(book: session.book, changes: session.ledger.changes, invalid: invalid, warnings: warnings,
                            rowsRead: parsed.cards.count, skipInvalid: skipInvalid)
    }

    /// The card's names that would go into a mail header and cannot (the same rule as CSV rows:
    /// a vCard's `\n` escape decodes to a line break, which must not reach a To header).
    static func headerProblems(_ draft: ContactDraft) -> [String] {
        [("N/FN", draft.firstName), ("N/FN", draft.lastName)].compactMap { HeaderSafeText.textProblem($1, field: $0) }
    }

    /// Phones, vendors' junk and typos turn up in EMAIL lines: such a value is left out of the
    /// contact with a warning, rather than the whole card, and never reaches a mail header.
    static func droppingUnusableEmails(_ draft: inout ContactDraft) -> [String] {
        let unusable = draft.emails.filter { !ImportValues.looksLikeEmail($0.value) }
        guard !unusable.isEmpty else { return [] }
        draft.emails.removeAll { !ImportValues.looksLikeEmail($0.value) }
        return unusable.map { Messages.importEmailLeftOut.text(["value": MessageValue.quoted($0.value)]) }
    }

    static func contactDraft(from card: VCard) -> ContactDraft {
        var draft = ContactDraft()
        if let name = card.name {
            draft.firstName = name.givenNames.joined(separator: " ").trimmingWhitespace()
            draft.lastName = name.familyNames.joined(separator: " ").trimmingWhitespace()
        }
        if !draft.hasName, let formatted = card.formattedName?.trimmingWhitespace(), !formatted.isEmpty,
           formatted != card.organization, !formatted.contains("@") {
            (draft.firstName, draft.lastName) = ImportValues.splitFullName(formatted)
        }
        // The preferred address first: it becomes the contact's primary email.
        let emails = card.emails.filter { !$0.value.trimmingWhitespace().isEmpty }
        draft.emails = (emails.filter(\.isPreferred) + emails.filter { !$0.isPreferred })
            .map { LabeledValue($0.value.trimmingWhitespace(), label: emailLabel($0)) }
        let phones = card.phones.filter { !$0.value.trimmingWhitespace().isEmpty }
        draft.phones = (phones.filter(\.isPreferred) + phones.filter { !$0.isPreferred })
            .map { LabeledValue($0.value.trimmingWhitespace(), label: phoneLabel($0)) }
        draft.companyName = card.organization?.trimmingWhitespace() ?? ""
        draft.jobTitle = card.title?.trimmingWhitespace() ?? ""
        draft.notes = card.note?.trimmingWhitespace() ?? ""
        if let birthday = card.birthday, let year = birthday.year, let month = birthday.month, let day = birthday.day {
            draft.birthday = LocalDate(year: year, month: month, day: day)
        }
        if let address = card.addresses.first {
            func joined(_ parts: [String]) -> String { parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: ", ") }
            let postal = PostalAddress(street: joined(address.streetAddress + address.extendedAddress + address.postOfficeBox),
                                       city: joined(address.locality), region: joined(address.region),
                                       postalCode: joined(address.postalCode), country: joined(address.country))
            if !postal.isEmpty { draft.address = postal }
        }
        draft.tags = ImportValues.tags(card.categories.joined(separator: ";"))
        return draft
    }

    /// A custom label (X-ABLabel) wins; else the first type that says something about the
    /// address ("work", "home"), not how it is transported ("internet", "x400").
    static func emailLabel(_ value: VCardTypedValue) -> String {
        if let label = value.label, !label.isEmpty { return label }
        let noise: Set<String> = ["internet", "x400", "pref", "x-internet", "email"]
        return value.types.first { !noise.contains($0) } ?? ""
    }

    static func phoneLabel(_ value: VCardTypedValue) -> String {
        if let label = value.label, !label.isEmpty { return label }
        let types = Set(value.types)
        if types.contains("fax") { return types.contains("home") ? "home fax" : types.contains("work") ? "work fax" : "fax" }
        if types.contains("cell") || types.contains("mobile") || types.contains("iphone") { return "mobile" }
        for type in ["work", "home", "main", "pager", "other"] where types.contains(type) { return type }
        return ""
    }
}
