import Foundation
import XCTest
@testable import RapportCore

/// Issue 15, item 2: no exported cell starts a formula in a spreadsheet, and the importer reads
/// every guarded cell back exactly. Python's `csv` module reads the files independently.
final class CSVFormulaInjectionTests: XCTestCase {
    static let formulas = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=1+1", "\t=1", "\r=1", "\n=1"]
    /// Values that already look guarded, or nearly: each must come back as it was.
    static let lookalikes = ["'=x", "''+x", "'", "''", "'plain", "'-", "=", "-", "@", "'\t", "plain", "", "'''@x", "a=b"]

    func testGuardingAndRestoringIsExactForEveryShortStringOfTheTrickyCharacters() {
        // Every string of up to 4 characters over the characters that matter.
        let alphabet: [String] = ["'", "=", "+", "-", "@", "\t", "\r", "a", " "]
        var strings = [""]
        var frontier = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            strings += frontier
        }
        for value in strings {
            let written = CSVFormulaGuard.neutralized(value)
            XCTAssertEqual(CSVFormulaGuard.restored(written), value, value.debugDescription)
            if let first = written.first { XCTAssertFalse("=+-@\t\r\n".contains(first), written.debugDescription) }
        }
    }

    private func hostileBook() -> Book {
        let names = Self.formulas + Self.lookalikes
        var book = Book(contacts: names.enumerated().map { index, name in
            CampaignFixture.contact(index + 1, name, "L" + String(index), email: "c\(index)@x.test", phone: index == 0 ? "+39 02 1234 5678" : nil)
        })
        book.settings.numberFormat = NumberFormat(decimalSeparator: ".", groupingSeparator: ",", symbolBeforeAmount: true)
        for (index, title) in (["=1+1"] + Self.lookalikes.filter { !$0.isEmpty && $0.trimmingWhitespace() == $0 }).enumerated() {
            book.opportunities.upsert(Opportunity(id: OpportunityID(number: index + 1), createdAt: Fixture.noon("2026-01-01"), title: title,
                                                  contactID: ContactID(number: 1), stageID: book.settings.pipeline[0].id,
                                                  amount: Money(minorUnits: index == 0 ? -1250 : 1250, currency: book.settings.defaultCurrency)))
        }
        return book
    }

    func testExportedCellsNeverStartAFormulaAndNegativeAmountsStayNumbers() throws {
        let book = hostileBook()
        for kind in ImportKind.allCases {
            let rows = try PythonOracle.csvRows(Array(CSVExporter.data(kind, of: book)))
            XCTAssertEqual(rows.first, CSVExporter.rows(kind, of: book).first, "\(kind): the header")
            let amount = kind.canonicalColumns.firstIndex(of: "amount")
            for row in rows.dropFirst() {
                for (column, cell) in row.enumerated() where column != amount {
                    if let first = cell.first { XCTAssertFalse("=+-@\t\r\n".contains(first), "\(kind): \(cell.debugDescription)") }
                }
            }
        }
        let contacts = try PythonOracle.csvRows(Array(CSVExporter.data(.contacts, of: book)))
        XCTAssertEqual(contacts[1][0], "'=HYPERLINK(\"http://x\",\"y\")")
        XCTAssertEqual(contacts[2][0], "'+cmd|' /C calc'!A0")
        XCTAssertEqual(contacts[3][0], "'@SUM(1)")
        XCTAssertEqual(contacts[1][3], "'+39 02 1234 5678", "a phone is guarded in a file for spreadsheets")
        let deals = try PythonOracle.csvRows(Array(CSVExporter.data(.opportunities, of: book)))
        XCTAssertEqual(deals[1][0], "'=1+1")
        XCTAssertEqual(deals[1][5], "-12.50", "a negative amount is a number")
    }

    func testTheImporterReadsEveryGuardedCellBackExactly() throws {
        let book = hostileBook()
        let contacts = try CSVImporter.run(CSVExporter.data(.contacts, of: book), into: Book(),
                                           options: CSVImportOptions(kind: .contacts, fileName: "x.csv", now: importNow, timeZone: utc))
        XCTAssertEqual(contacts.invalid, [])
        let names = contacts.book.contacts.all.map { ($0.primaryEmail ?? "", $0.firstName) }.sorted { $0.0 < $1.0 }
        XCTAssertEqual(names.map(\.1), book.contacts.all.map { ($0.primaryEmail ?? "", $0.firstName) }.sorted { $0.0 < $1.0 }.map(\.1)
            .map { $0.trimmingWhitespace() })
        XCTAssertEqual(contacts.book.contacts.all.first { $0.primaryEmail == "c0@x.test" }?.phones.map(\.value), ["+39 02 1234 5678"])
        let deals = try CSVImporter.run(CSVExporter.data(.opportunities, of: book), into: book,
                                        options: CSVImportOptions(kind: .opportunities, fileName: "x.csv", now: importNow, timeZone: utc))
        // The first deal's -12.50 is exported as a number, but the one rule for amounts (forms,
        // CLI, import and check) refuses it on the way back in; every other deal reads back exact.
        XCTAssertEqual(deals.invalid.count, 1)
        XCTAssertTrue(deals.invalid.first?.description.contains("negative") ?? false, "\(deals.invalid)")
        XCTAssertFalse(deals.changesBook, "deals read back into their own book change nothing: titles and amounts are exact")
    }

    func testOutboxCSVsGuardNamesAndMessagesButKeepThePhoneForTheGateway() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var outbox = OutboxTransport(directory: directory)
        try outbox.deliver(.sms(SMSMessage(campaignID: CampaignID(number: 1), contactID: ContactID(number: 1), name: "=HYPERLINK(\"http://x\",\"y\")",
                                           phone: "+39 333 1234567", text: "@SUM(1)")))
        try outbox.deliver(.letter(PostalLetter(campaignID: CampaignID(number: 1), contactID: ContactID(number: 2), name: "+cmd|' /C calc'!A0",
                                                address: PostalAddress(street: "-1 Via Roma", city: "=Milano"), text: "hi")))
        let sms = try PythonOracle.csvRows(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/cmp-000001/sms.csv"))))
        XCTAssertEqual(sms[1].prefix(3), ["+39 333 1234567", "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(1)"])
        let letters = try PythonOracle.csvRows(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/cmp-000001/letters.csv"))))
        XCTAssertEqual(letters[1].prefix(4), ["'+cmd|' /C calc'!A0", "'-1 Via Roma", "", "'=Milano"])
    }
}
