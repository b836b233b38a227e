import Foundation
import RapportCore

/// A contact or company the opportunity form names that the book does not have yet, made in
/// the same change as the deal (so the first deal of a new book can be made from the board, and
/// one undo takes it all back). "Hans Weber (Acme)" is a contact at a company, as the completions
/// are labelled; a name alone is a company, since a deal is with an organisation.
struct NewParty: Hashable, Sendable {
    /// Nil: the deal is with a company only.
    var contactName: String?
    /// Nil: the contact works for `existingCompany`, or for no company.
    var companyName: String?
    var existingCompany: CompanyID?

    /// What the typed text asks to create, read against the book.
    init(typed text: String, in book: Book) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let person = text[..<open].trimmingCharacters(in: .whitespaces)
            let company = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
            if !person.isEmpty, !company.isEmpty {
                contactName = person
                if let found = NewParty.company(named: company, in: book) { existingCompany = found } else { companyName = company }
                return
            }
        }
        companyName = text
    }

    private static func company(named name: String, in book: Book) -> CompanyID? {
        let key = name.lowercased()
        return book.companies.all.first { $0.name.lowercased() == key }?.id
    }

    /// The book with the party added, and who the deal is with.
    func added(to book: Book, at now: Date) -> (book: Book, contactID: ContactID?, companyID: CompanyID?) {
        var changed = book
        var companyID = existingCompany
        if let companyName {
            let id = changed.companies.nextID()
            changed.companies.upsert(Company(id: id, createdAt: now, name: companyName))
            companyID = id
        }
        var contactID: ContactID?
        if let contactName {
            let id = changed.contacts.nextID()
            let name = FullName.split(contactName)
            changed.contacts.upsert(Contact(id: id, createdAt: now, firstName: name.first, lastName: name.last, companyID: companyID))
            contactID = id
        }
        return (changed, contactID, companyID)
    }

    /// "Created Fleet renewal with the new company Acme": the change's label, saying what was made.
    func label(deal: String, isNew: Bool) -> String {
        let values = ["deal": deal, "contact": contactName ?? "", "company": companyName ?? ""]
        switch (contactName, companyName) {
        case (_?, _?): return (isNew ? Messages.boardCreatedWithContactAndCompany : Messages.boardEditedWithContactAndCompany).text(values)
        case (_?, nil): return (isNew ? Messages.boardCreatedWithContact : Messages.boardEditedWithContact).text(values)
        default: return (isNew ? Messages.boardCreatedWithCompany : Messages.boardEditedWithCompany).text(values)
        }
    }
}
