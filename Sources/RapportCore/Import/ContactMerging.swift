import Foundation

/// Why a contact row could not be matched.
enum ContactMatchError: Error {
    case ambiguousName(String, [ContactID])
}

extension ImportSession {
    /// The contact a draft describes: by any of its emails, else (no email at all) by a full
    /// name only one contact has. Nil when it is new.
    func matchContact(_ draft: ContactDraft) throws(ContactMatchError) -> ContactID? {
        for email in draft.emails {
            if let id = contactID(forEmail: email.value) { return id }
        }
        guard draft.emails.isEmpty, draft.hasName else { return nil }
        let candidates = contactIDs(named: draft.firstName, draft.lastName)
        if candidates.count > 1 { throw .ambiguousName(draft.nameKey, candidates) }
        return candidates.first
    }

    /// Creates or updates the contact a draft describes; the file's non-empty values win, lists
    /// (emails, phones, tags) are merged, and a contact the draft does not change is not touched.
    @discardableResult
    mutating func mergeContact(_ draft: ContactDraft, line: Int) throws(ContactMatchError) -> ContactID {
        guard let id = try matchContact(draft), let original = book.contacts[id] else {
            return createContact(draft, line: line)
        }
        var contact = original
        apply(draft, to: &contact, line: line)
        let changed = storeIfChanged(contact, original: original)
        note(changed ? .updated : .unchanged, id.rawValue, line: line, Self.summary(book.contacts[id] ?? contact))
        return id
    }

    mutating func createContact(_ draft: ContactDraft, line: Int) -> ContactID {
        let createdAt = draft.createdAt ?? now
        let stage = draft.lifecycle ?? .lead
        var contact = Contact(id: book.contacts.nextID(), createdAt: createdAt, firstName: draft.firstName,
                              lastName: draft.lastName, jobTitle: draft.jobTitle, source: draft.source.isEmpty ? origin : draft.source,
                              lifecycle: stage)
        apply(draft, to: &contact, line: line)
        contact.updatedAt = max(createdAt, now)
        store(contact)
        note(.created, contact.id.rawValue, line: line, Self.summary(contact))
        return contact.id
    }

    private mutating func apply(_ draft: ContactDraft, to contact: inout Contact, line: Int) {
        if !draft.firstName.isEmpty { contact.firstName = draft.firstName }
        if !draft.lastName.isEmpty { contact.lastName = draft.lastName }
        // A value the contact has keeps its label, unless it has none and the file gives one.
        for email in draft.emails {
            let key = ImportValues.emailKey(email.value)
            if let index = contact.emails.firstIndex(where: { ImportValues.emailKey($0.value) == key }) {
                if contact.emails[index].label.isEmpty, !email.label.isEmpty { contact.emails[index].label = email.label }
            } else {
                contact.emails.append(LabeledValue(ImportValues.trim(email.value), label: email.label))
            }
        }
        for phone in draft.phones {
            let key = ImportValues.phoneKey(phone.value)
            if let index = contact.phones.firstIndex(where: { ImportValues.phoneKey($0.value) == key }) {
                if contact.phones[index].label.isEmpty, !phone.label.isEmpty { contact.phones[index].label = phone.label }
            } else {
                contact.phones.append(phone)
            }
        }
        if !draft.companyName.isEmpty {
            let companyID = findOrCreateCompany(named: draft.companyName, line: line)
            if contact.companyID != companyID { contact.companyID = companyID }
        }
        if !draft.jobTitle.isEmpty { contact.jobTitle = draft.jobTitle }
        if let stage = draft.lifecycle, stage != contact.lifecycle { contact.enter(stage, at: now) }
        for tag in draft.tags where !contact.tags.contains(where: { $0.lowercased() == tag.lowercased() }) {
            contact.tags.append(tag)
        }
        if let granted = draft.marketingConsent, contact.consent.marketing?.granted != granted {
            contact.consent.marketing = ConsentRecord(granted: granted, date: now, method: origin)
        }
        if !draft.notes.isEmpty, !contact.notes.contains(draft.notes) {
            contact.notes = contact.notes.isEmpty ? draft.notes : contact.notes + "\n" + draft.notes
        }
        if let birthday = draft.birthday { contact.birthday = birthday }
        for (name, value) in draft.customFields { contact.customFields[name] = value }
        if let address = draft.address, !address.isEmpty {
            // Part by part: a file that names only the city does not erase the street.
            var merged = contact.address ?? PostalAddress()
            if !address.street.isEmpty { merged.street = address.street }
            if !address.city.isEmpty { merged.city = address.city }
            if !address.region.isEmpty { merged.region = address.region }
            if !address.postalCode.isEmpty { merged.postalCode = address.postalCode }
            if !address.country.isEmpty { merged.country = address.country }
            contact.address = merged
        }
    }
}
