/// Finds the contact a person means on the command line: an id ("con-000042"), an email, or a
/// full name. Ambiguous names are refused rather than guessed.
public enum ContactLookup {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case ambiguous(String, [ContactID])

        public var description: String {
            switch self {
            case .notFound(let text): return "no contact matches \"\(text)\" (give an id, an email or a full name)"
            case .ambiguous(let text, let ids):
                return "\"\(text)\" matches \(ids.count) contacts: \(ids.map(\.rawValue).joined(separator: ", ")); give an id"
            }
        }
    }

    public static func find(_ text: String, in book: Book) throws(Failure) -> Contact {
        let key = text.trimmingCharacters(in: .whitespaces)
        if let contact = book.contacts[ContactID(key)] { return contact }
        let email = ContactNormalization.email(key)
        var found = book.contacts.all.filter { contact in
            contact.emails.contains { ContactNormalization.email($0.value) == email }
        }
        if found.isEmpty {
            let name = key.lowercased()
            found = book.contacts.all.filter { $0.displayName.lowercased() == name }
        }
        let sorted = found.sorted { $0.id < $1.id }
        guard let first = sorted.first else { throw .notFound(text) }
        guard sorted.count == 1 else { throw .ambiguous(text, sorted.map(\.id)) }
        return first
    }
}

import Foundation
