import Foundation

/// One vCard per contact (vCard 4.0 by default), in id order.
public enum VCardExporter {
    public static func data(of book: Book, version: VCardWriter.Version = .v4) -> Data {
        VCardWriter(version: version).data(from: cards(of: book))
    }

    public static func cards(of book: Book) -> [VCard] {
        book.contacts.sortedByID.map { card(for: $0, in: book) }
    }

    /// Labels that are vCard types are written as TYPE; any other label as Apple's X-ABLabel.
    static let standardTypes: Set<String> = ["work", "home", "cell", "voice", "fax", "pager", "text", "video"]

    public static func card(for contact: Contact, in book: Book) -> VCard {
        func typed(_ value: LabeledValue, preferred: Bool) -> VCardTypedValue {
            let label = value.label.lowercased() == "mobile" ? "cell" : value.label.lowercased()
            if label.isEmpty { return VCardTypedValue(value: value.value, isPreferred: preferred) }
            if standardTypes.contains(label) { return VCardTypedValue(value: value.value, types: [label], isPreferred: preferred) }
            return VCardTypedValue(value: value.value, label: value.label, isPreferred: preferred)
        }
        var card = VCard(formattedName: contact.displayName,
                         name: VCardName(familyNames: nonEmpty(contact.lastName), givenNames: nonEmpty(contact.firstName)))
        card.emails = contact.emails.enumerated().map { typed($0.element, preferred: $0.offset == 0 && contact.emails.count > 1) }
        card.phones = contact.phones.enumerated().map { typed($0.element, preferred: $0.offset == 0 && contact.phones.count > 1) }
        if let address = contact.address, !address.isEmpty {
            card.addresses = [VCardAddress(streetAddress: nonEmpty(address.street), locality: nonEmpty(address.city),
                                           region: nonEmpty(address.region), postalCode: nonEmpty(address.postalCode),
                                           country: nonEmpty(address.country))]
        }
        card.organization = contact.companyID.flatMap { book.companies[$0]?.name }
        card.title = contact.jobTitle.isEmpty ? nil : contact.jobTitle
        card.note = contact.notes.isEmpty ? nil : contact.notes
        if let birthday = contact.birthday {
            card.birthday = VCardDate(text: birthday.description, year: birthday.year, month: birthday.month, day: birthday.day)
        }
        card.categories = contact.tags
        card.uid = contact.id.rawValue + "@rapport"
        card.extensions = CustomFieldExport.values(contact, settings: book.settings).map { VCardExtension(fieldName: $0.name, value: $0.value) }
        return card
    }

    private static func nonEmpty(_ text: String) -> [String] { text.isEmpty ? [] : [text] }
}
