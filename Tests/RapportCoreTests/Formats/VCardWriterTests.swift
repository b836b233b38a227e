import Foundation
import XCTest
@testable import RapportCore

final class VCardWriterTests: XCTestCase {
    private let sample = VCard(
        formattedName: "Dr. Anna Müller-Lüdenscheidt",
        name: VCardName(familyNames: ["Müller-Lüdenscheidt"], givenNames: ["Anna"], additionalNames: ["Maria", "Luisa"],
                        honorificPrefixes: ["Dr."]),
        nicknames: ["Anni"],
        emails: [VCardTypedValue(value: "anna@example.com", types: ["work"], isPreferred: true),
                 VCardTypedValue(value: "anna@home.example", types: ["home"], label: "Private, really")],
        phones: [VCardTypedValue(value: "+49 30 1234567", types: ["work", "voice"])],
        addresses: [VCardAddress(streetAddress: ["Hauptstraße 5; Hinterhaus"], locality: ["Berlin"], postalCode: ["10115"],
                                 country: ["Germany"], types: ["work"])],
        organization: "ACME, Inc.",
        organizationUnits: ["R&D"],
        title: "Chief Tester",
        role: "QA",
        note: "Line 1\nLine 2 with \\ backslash",
        birthday: VCardDate(text: "1980-03-22", year: 1980, month: 3, day: 22),
        urls: [VCardTypedValue(value: "https://example.com/anna")],
        categories: ["VIP", "Clients, 2024"],
        uid: "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    )

    func testExactVersion4Output() {
        let expected = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Dr. Anna Müller-Lüdenscheidt",
            "N:Müller-Lüdenscheidt;Anna;Maria,Luisa;Dr.;",
            "NICKNAME:Anni",
            "EMAIL;TYPE=work;PREF=1:anna@example.com",
            "item1.EMAIL;TYPE=home:anna@home.example",
            "item1.X-ABLabel:Private\\, really",
            "TEL;TYPE=work,voice:+49 30 1234567",
            "ADR;TYPE=work:;;Hauptstraße 5\\; Hinterhaus;Berlin;;10115;Germany",
            "URL:https://example.com/anna",
            "ORG:ACME\\, Inc.;R&D",
            "TITLE:Chief Tester",
            "ROLE:QA",
            "NOTE:Line 1\\nLine 2 with \\\\ backslash",
            "BDAY:19800322",
            "CATEGORIES:VIP,Clients\\, 2024",
            "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
            "END:VCARD",
        ].map { $0 + "\r\n" }.joined()
        XCTAssertEqual(VCardWriter().string(from: sample), expected)
    }

    func testVersion3UsesTypePrefAndAlwaysWritesN() {
        var card = VCard(formattedName: "Solo", emails: [VCardTypedValue(value: "s@example.com", types: ["internet"], isPreferred: true)])
        card.birthday = VCardDate(text: "--0322", month: 3, day: 22)
        let output = VCardWriter(version: .v3).string(from: card)
        XCTAssertEqual(output, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Solo\r\nN:;;;;\r\nEMAIL;TYPE=internet,pref:s@example.com\r\nBDAY:--0322\r\nEND:VCARD\r\n")
        let version4 = VCardWriter().string(from: card)
        XCTAssertFalse(version4.contains("\r\nN:"), "N is optional in 4.0")
        XCTAssertTrue(version4.contains("EMAIL;TYPE=internet;PREF=1:s@example.com\r\n"))
        XCTAssertTrue(version4.contains("BDAY:--0322\r\n"))
    }

    func testFormattedNameFallsBackAndParameterValuesAreQuoted() {
        let card = VCard(name: VCardName(familyNames: ["Doe"], givenNames: ["Jane"]),
                         phones: [VCardTypedValue(value: "1", types: ["x-odd;type", "say \"hi\""])])
        let output = VCardWriter().string(from: card)
        XCTAssertTrue(output.contains("FN:Jane Doe\r\n"))
        XCTAssertTrue(output.contains("TEL;TYPE=\"x-odd;type\",say hi:1\r\n"))
    }

    func testRoundTripThroughTheParser() throws {
        for version in [VCardWriter.Version.v4, .v3] {
            let text = VCardWriter(version: version).string(from: [sample, sample])
            let result = VCardParser.parseWithWarnings(text)
            XCTAssertEqual(result.warnings, [])
            XCTAssertEqual(result.cards.count, 2)
            var parsed = try XCTUnwrap(result.cards.first)
            XCTAssertEqual(parsed.version, version.rawValue)
            parsed.version = sample.version
            parsed.line = sample.line
            parsed.birthday?.text = "1980-03-22"
            XCTAssertEqual(parsed, sample, "\(version)")
        }
    }

    func testFoldsAt75OctetsWithoutSplittingCharacters() throws {
        let note = String(repeating: "日本語のメモ🙂é", count: 30) + "\nend"
        let card = VCard(formattedName: String(repeating: "👩‍👩‍👧‍👦", count: 12), note: note)
        let data = VCardWriter().data(from: [card])

        let bytes = [UInt8](data)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                XCTAssertEqual(bytes[index + 1], 0x0A, "CR only as part of CRLF")
                lines.append(current)
                current = []
                index += 2
                continue
            }
            XCTAssertNotEqual(bytes[index], 0x0A, "LF only as part of CRLF")
            current.append(bytes[index])
            index += 1
        }
        XCTAssertEqual(current, [], "output ends with CRLF")
        XCTAssertGreaterThan(lines.count, 15)
        for line in lines {
            XCTAssertLessThanOrEqual(line.count, 75)
            XCTAssertNotNil(String(validating: line, as: UTF8.self), "every physical line is valid UTF-8 on its own")
        }
        let parsed = try XCTUnwrap(VCardParser.parse(data).first)
        XCTAssertEqual(parsed.note, note)
        XCTAssertEqual(parsed.formattedName, card.formattedName)
    }

    func testFoldingBoundaryExactly() {
        let exactly75 = "NOTE:" + String(repeating: "a", count: 70)
        XCTAssertEqual(ContentLineFolding.fold(exactly75), exactly75 + "\r\n")
        // 74 ASCII octets then a 3-octet character: the fold goes before it.
        let folded = ContentLineFolding.fold(String(repeating: "a", count: 74) + "語b")
        XCTAssertEqual(folded, String(repeating: "a", count: 74) + "\r\n 語b\r\n")
    }
}
