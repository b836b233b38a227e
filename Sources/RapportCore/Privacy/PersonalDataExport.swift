import Foundation

/// The right of access (GDPR art. 15): everything the book holds about one person, as one JSON
/// document: the contact record, its company, and every record linked to it.
public enum PersonalDataExport {
    public static let format = "rapport-personal-data"
    public static let version: Int64 = 1

    public static func document(for id: ContactID, in book: Book, exportedAt: Date) throws -> JSONValue {
        guard let contact = book.contacts[id] else { throw ContactLookup.Failure.notFound(id.rawValue) }
        let encoder = JSONValueEncoder()
        func encodeAll<R: Record>(_ records: [R]) throws -> JSONValue {
            .array(try records.sorted { $0.id < $1.id }.map { try encoder.encode($0) })
        }
        var document: JSONObject = [
            "format": .string(format),
            "version": .integer(version),
            "exportedAt": try encoder.encode(exportedAt),
            "contact": try encoder.encode(contact),
            "company": try contact.companyID.flatMap { book.companies[$0] }.map { try encoder.encode($0) } ?? .null,
            "activities": try encodeAll(book.activities.all.filter { $0.contactID == id }),
            "opportunities": try encodeAll(book.opportunities.all.filter { $0.contactID == id }),
            "purchases": try encodeAll(book.purchases.all.filter { $0.contactID == id }),
            "surveyResponses": try encodeAll(book.surveys.all.filter { $0.contactID == id }),
            "tickets": try encodeAll(book.tickets.all.filter { $0.contactID == id }),
        ]
        var memberships: [JSONValue] = []
        for campaign in book.campaigns.sortedByID {
            guard let member = campaign.members.first(where: { $0.contactID == id }) else { continue }
            memberships.append(.object([
                "campaign": .string(campaign.id.rawValue),
                "name": .string(campaign.name),
                "channel": .string(campaign.channel.rawValue),
                "sentAt": try member.sentAt.map { try encoder.encode($0) } ?? .null,
            ]))
        }
        document["campaigns"] = .array(memberships)
        return .object(document)
    }

    /// The document as the bytes of a pretty-printed, deterministic JSON file.
    public static func bytes(for id: ContactID, in book: Book, exportedAt: Date) throws -> [UInt8] {
        try JSONWriter.write(document(for: id, in: book, exportedAt: exportedAt))
    }
}
