import Foundation

/// The whole book as one JSON document, with the same record encoding and determinism as the
/// data files (keys sorted, records in id order): `{"schema": 1, "settings": {…}, "contacts": […], …}`.
public enum JSONExporter {
    public static func bytes(of book: Book) throws -> [UInt8] {
        let encoder = JSONValueEncoder()
        func records<R: Record>(_ table: RecordTable<R>) throws -> JSONValue {
            .array(try table.sortedByID.map { try encoder.encode($0) })
        }
        let document: JSONObject = [
            "schema": .integer(1),
            "settings": try encoder.encode(book.settings),
            "contacts": try records(book.contacts),
            "companies": try records(book.companies),
            "opportunities": try records(book.opportunities),
            "activities": try records(book.activities),
            "purchases": try records(book.purchases),
            "surveys": try records(book.surveys),
            "campaigns": try records(book.campaigns),
            "tickets": try records(book.tickets),
            "templates": try records(book.templates),
        ]
        return try JSONWriter.write(.object(document))
    }
}
