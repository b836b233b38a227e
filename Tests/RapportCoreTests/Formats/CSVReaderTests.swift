import Foundation
import XCTest
@testable import RapportCore

final class CSVReaderTests: XCTestCase {
    func testSemicolonFileWithByteOrderMarkAndCRLF() {
        // What Excel writes in an Italian locale: BOM, `;`, CRLF, decimal commas.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Nome;Cognome;Importo\r\nMario;Rossi;1,50\r\n\"Anna; Maria\";Bianchi;2\r\n".utf8)
        let document = CSVReader().read(Data(bytes))
        XCTAssertEqual(document.delimiter, .semicolon)
        XCTAssertEqual(document.rows, [
            ["Nome", "Cognome", "Importo"],
            ["Mario", "Rossi", "1,50"],
            ["Anna; Maria", "Bianchi", "2"],
        ])
        XCTAssertEqual(document.records.map(\.line), [1, 2, 3])
        XCTAssertEqual(document.issues, [])
    }

    func testDetectsTabAndPrefersConsistentColumnCount() {
        XCTAssertEqual(CSVReader().read("a\tb\tc\n1\t2\t3\n").delimiter, .tab)
        // Commas occur in the data but vary per row; semicolons give 2 columns on every row.
        let text = "name;note\nSmith, John;a, b, c\nDoe;x\n"
        let document = CSVReader().read(text)
        XCTAssertEqual(document.delimiter, .semicolon)
        XCTAssertEqual(document.rows[1], ["Smith, John", "a, b, c"])
        // Nothing gives two columns: a single-column file, read with the default comma.
        XCTAssertEqual(CSVReader().read("email\na@example.com\n").delimiter, .comma)
        // A delimiter inside quotes does not count.
        XCTAssertEqual(CSVReader().read("\"a;b\",c\n\"d;e\",f\n").delimiter, .comma)
    }

    func testFixedDelimiterIsUsedAsGiven() {
        let document = CSVReader(delimiter: .fixed(.comma)).read("a;b,c\n")
        XCTAssertEqual(document.rows, [["a;b", "c"]])
    }

    func testLineEndingsAndMissingFinalNewline() {
        XCTAssertEqual(CSVReader().read("a,b\r1,2\r3,4").rows, [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(CSVReader().read("a,b\n1,2\r\n3,4\r").records.map(\.line), [1, 2, 3])
        XCTAssertEqual(CSVReader().read("a,b\n\n1,2\n\n").records.map(\.line), [1, 3])
        XCTAssertEqual(CSVReader().read("").records, [])
    }

    func testEmptyFields() {
        XCTAssertEqual(CSVReader().read("a,,c,\n,,,\n").rows, [["a", "", "c", ""], ["", "", "", ""]])
        XCTAssertEqual(CSVReader().read("x,y,").rows, [["x", "y", ""]])
        XCTAssertEqual(CSVReader().read("\"\",\"\"").rows, [["", ""]])
    }

    func testRecordLineNumbersCountLinesInsideQuotedFields() {
        let text = "h1,h2\n\"one\ntwo\rthree\r\nfour\",x\nlast,y\n"
        let document = CSVReader().read(text)
        XCTAssertEqual(document.records.map(\.line), [1, 2, 6])
        XCTAssertEqual(document.records[1].fields[0], "one\ntwo\rthree\r\nfour")
    }

    func testMalformedInputIsReadLenientlyWithLineNumbers() {
        let text = "a,b\nok,1\nbro\"ken,2\n\"closed\"extra,3\n\"never closed,4\nmore\n"
        let document = CSVReader().read(text)
        XCTAssertEqual(document.issues, [
            CSVIssue(kind: .quoteInUnquotedField, line: 3),
            CSVIssue(kind: .textAfterClosingQuote, line: 4),
            CSVIssue(kind: .unterminatedQuotedField, line: 5),
        ])
        XCTAssertEqual(document.rows, [
            ["a", "b"],
            ["ok", "1"],
            ["bro\"ken", "2"],
            ["closedextra", "3"],
            ["never closed,4\nmore\n"],
        ])
        XCTAssertEqual(document.issues[2].formatted(file: "contacts.csv"),
                       "contacts.csv:5: quoted field is not closed before the end of the file")
    }

    func testWindows1252FallbackForExcelExports() {
        // "Müller;Café;€5" in Windows-1252: ü=FC, é=E9, €=80. Not valid UTF-8.
        let bytes: [UInt8] = Array("Name;Ort;Preis\r\nM".utf8) + [0xFC] + Array("ller;Caf".utf8) + [0xE9, 0x3B, 0x80] + Array("5\r\n".utf8)
        let document = CSVReader().read(Data(bytes))
        XCTAssertEqual(document.encoding, .windows1252)
        XCTAssertEqual(document.delimiter, .semicolon)
        XCTAssertEqual(document.rows[1], ["Müller", "Café", "€5"])
    }

    func testSpacesAroundQuotedFieldsAreTolerated() {
        let document = CSVReader().read("\"Smith\", \"John, Jr.\" ,x\n")
        XCTAssertEqual(document.rows, [["Smith", "John, Jr.", "x"]])
        XCTAssertEqual(document.issues, [])
        // Spaces in unquoted fields are data.
        XCTAssertEqual(CSVReader().read(" a , b \n").rows, [[" a ", " b "]])
    }

    func testUTF16WithByteOrderMarkAsExcelUnicodeTextWritesIt() {
        let text = "Name\tCittà\r\nZoë\t\"São Paulo\"\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = CSVReader().read(Data(bytes))
        XCTAssertEqual(document.encoding, .utf16)
        XCTAssertEqual(document.delimiter, .tab)
        XCTAssertEqual(document.rows, [["Name", "Città"], ["Zoë", "São Paulo"]])
    }

    func testStringInputAndQuotedFieldAtEndOfInput() {
        XCTAssertEqual(CSVReader().read("a,\"b\"\"c\"").rows, [["a", "b\"c"]])
    }
}
