import Foundation
import XCTest
@testable import RapportCore

let importNow = Date(timeIntervalSince1970: 1_795_348_800) // 2026-11-22T08:00:00Z
let utc = TimeZone(identifier: "UTC") ?? .current

func importCSV(_ text: String, kind: ImportKind, into book: Book = Book(), skipInvalid: Bool = false,
               now: Date = importNow) throws -> ImportResult {
    try CSVImporter.run(Data(text.utf8), into: book,
                        options: CSVImportOptions(kind: kind, fileName: "in.csv", skipInvalid: skipInvalid, now: now, timeZone: utc))
}

func contact(_ book: Book, email: String) -> Contact? {
    book.contacts.all.first { $0.emails.contains { $0.value.lowercased() == email.lowercased() } }
}
