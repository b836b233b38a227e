import Foundation

/// A contact as a file describes it, before it is matched against the book. Empty strings and
/// nils mean "the file says nothing": they never erase what the book holds.
struct ContactDraft: Sendable {
    var firstName = ""
    var lastName = ""
    var emails: [LabeledValue] = []
    var phones: [LabeledValue] = []
    var companyName = ""
    var jobTitle = ""
    var lifecycle: LifecycleStage?
    var tags: [String] = []
    var createdAt: Date?
    var marketingConsent: Bool?
    var source = ""
    var notes = ""
    var birthday: LocalDate?
    var address: PostalAddress?
    /// Custom field values, stored forms by name; a field the file says nothing of is absent.
    var customFields: [String: String] = [:]

    var hasName: Bool { !firstName.isEmpty || !lastName.isEmpty }

    /// "firstname lastname" lower-cased: how email-less rows find their contact.
    static func nameKey(first: String, last: String) -> String {
        (first.lowercased() + " " + last.lowercased()).trimmingWhitespace()
    }

    var nameKey: String { Self.nameKey(first: firstName, last: lastName) }
}
