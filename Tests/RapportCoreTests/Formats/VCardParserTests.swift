import Foundation
import XCTest
@testable import RapportCore

final class VCardParserTests: XCTestCase {
    func testUnfoldsMixedLineEndingsAndIgnoresCase() {
        let text = "begin:vcard\r\nversion:3.0\nfn:Ada\r\n  Lovelace\rnote:one\r\n\ttwo\nEnd:VCard\r\n"
        let result = VCardParser.parseWithWarnings(text)
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.cards.count, 1)
        XCTAssertEqual(result.cards[0].formattedName, "Ada Lovelace")
        XCTAssertEqual(result.cards[0].note, "onetwo")
        XCTAssertEqual(result.cards[0].version, "3.0")
        XCTAssertEqual(result.cards[0].line, 1)
    }

    /// A space followed by a combining mark or a zero-width joiner is a single Character in
    /// Swift; unfolding and the colon search must work on scalars.
    func testFoldBeforeCombiningMarkAndZeroWidthJoiner() throws {
        let text = "BEGIN:VCARD\r\nFN:Jose\r\n \u{301} 👩\r\n \u{200D}👧\r\nNOTE:\u{301}accent first\r\nEND:VCARD\r\n"
        let card = try XCTUnwrap(VCardParser.parse(text).first)
        XCTAssertEqual(card.formattedName, "Jose\u{301} 👩\u{200D}👧")
        XCTAssertEqual(card.note, "\u{301}accent first")
    }

    func testParameterForms() throws {
        let text = """
        BEGIN:VCARD
        VERSION:3.0
        FN:X
        tel;type=WORK;Type=pref:1
        TEL;TYPE=work,voice:2
        TEL;WORK;VOICE:3
        TEL;TYPE="home,cell";PREF=1:4
        TEL;PREF=2;TYPE=fax:5
        email;TYPE=INTERNET,PREF:a@example.com
        END:VCARD
        """
        let card = try XCTUnwrap(VCardParser.parse(text).first)
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "1", types: ["work"], isPreferred: true),
            VCardTypedValue(value: "2", types: ["work", "voice"]),
            VCardTypedValue(value: "3", types: ["work", "voice"]),
            VCardTypedValue(value: "4", types: ["home", "cell"], isPreferred: true),
            VCardTypedValue(value: "5", types: ["fax"]),
        ])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "a@example.com", types: ["internet"], isPreferred: true)])
    }

    func testGroupsApplyTheirLabelWhicheverComesFirst() throws {
        let text = """
        BEGIN:VCARD
        VERSION:3.0
        ITEM1.X-ABLabel:_$!<Other>!$_
        item1.EMAIL;type=INTERNET:x@example.com
        item2.TEL:123
        item2.X-ABLABEL:Work\\, mobile
        X-ABLabel:ungrouped
        END:VCARD
        """
        let card = try XCTUnwrap(VCardParser.parse(text).first)
        XCTAssertEqual(card.emails.first?.label, "Other")
        XCTAssertEqual(card.phones.first?.label, "Work, mobile")
        XCTAssertEqual(card.otherProperties.map(\.name), ["X-ABLABEL"], "an ungrouped label is just a property")
    }

    func testQuotedPrintableWithCharsets() throws {
        let text = """
        BEGIN:VCARD
        VERSION:2.1
        N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen
        FN;CHARSET=WINDOWS-1252;QUOTED-PRINTABLE:=80 Caf=E9
        NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9F=
        e=0D=0Aaus Z=C3=BCrich
        ORG;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 =3D 100%=
        END:VCARD
        """
        let card = try XCTUnwrap(VCardParser.parse(text).first)
        XCTAssertEqual(card.name?.familyNames, ["Müller"])
        XCTAssertEqual(card.name?.givenNames, ["Jürgen"])
        XCTAssertEqual(card.formattedName, "€ Café")
        XCTAssertEqual(card.note, "Grüße\naus Zürich")
        XCTAssertEqual(card.organization, "Café = 100%", "no charset: valid UTF-8 is read as UTF-8")
    }

    func testEscapesAndStructuredValues() throws {
        let text = #"""
        BEGIN:VCARD
        VERSION:4.0
        FN:Smith\, John
        N:Smith;John;Q.,R.;Dr.;
        ADR;TYPE=home:;Apt 1;1 Main St\, Suite 2\nBack door;Springfield;;12345;
        ORG:Acme\; Sons;R\,D;Lab
        NOTE:back\\slash\nnew\Nline C:\Temp
        CATEGORIES:friends,work\,colleagues,,
        NICKNAME:Johnny,J
        END:VCARD
        """#
        let card = try XCTUnwrap(VCardParser.parse(text).first)
        XCTAssertEqual(card.formattedName, "Smith, John")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Smith"], givenNames: ["John"], additionalNames: ["Q.", "R."],
                                            honorificPrefixes: ["Dr."]))
        XCTAssertEqual(card.addresses, [VCardAddress(extendedAddress: ["Apt 1"], streetAddress: ["1 Main St, Suite 2\nBack door"],
                                                     locality: ["Springfield"], postalCode: ["12345"], types: ["home"])])
        XCTAssertEqual(card.organization, "Acme; Sons")
        XCTAssertEqual(card.organizationUnits, ["R,D", "Lab"])
        XCTAssertEqual(card.note, "back\\slash\nnew\nline C:\\Temp", "an unknown escape keeps its backslash")
        XCTAssertEqual(card.categories, ["friends", "work,colleagues"])
        XCTAssertEqual(card.nicknames, ["Johnny", "J"])
    }

    func testTelURIAndBase64Blocks() throws {
        let text = """
        BEGIN:VCARD
        VERSION:2.1
        FN:Photo Person
        PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEAYABgAAD
        AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
        QSkZJRgABAQEAYABgAAD==

        TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100
        LOGO;ENCODING=b:AAAA
         BBBB
        END:VCARD
        """
        let result = VCardParser.parseWithWarnings(text)
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO", "LOGO"])
        XCTAssertEqual(card.phones, [VCardTypedValue(value: "+1-555-0100", types: ["cell"])])
        XCTAssertEqual(card.otherProperties, [])
    }

    func testNestedAgentCardsAreSkippedWithoutBreakingTheOuterCard() throws {
        let text = """
        BEGIN:VCARD
        VERSION:2.1
        FN:Boss
        AGENT:
        BEGIN:VCARD
        VERSION:2.1
        FN:Assistant
        TEL:999
        END:VCARD
        TEL:111
        AGENT:BEGIN:VCARD
        FN:Second assistant
        END:VCARD
        EMAIL:boss@example.com
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:Other
        AGENT:BEGIN:VCARD\\nFN:Inline\\nEND:VCARD
        END:VCARD
        """
        let result = VCardParser.parseWithWarnings(text)
        XCTAssertEqual(result.cards.map(\.formattedName), ["Boss", "Other"])
        XCTAssertEqual(result.cards[0].phones.map(\.value), ["111"])
        XCTAssertEqual(result.cards[0].emails.map(\.value), ["boss@example.com"])
        XCTAssertEqual(result.warnings.map(\.line), [5, 11])
        XCTAssertEqual(result.cards[1].otherProperties.first?.value, "BEGIN:VCARD\nFN:Inline\nEND:VCARD")
    }

    func testJunkIsReportedWithLineNumbers() {
        let text = "garbage before\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nthis line has no colon\r\nEND:VCARD\r\nFN:stray\r\nBEGIN:VCARD\r\nFN:Unfinished\r\n"
        let result = VCardParser.parseWithWarnings(text)
        XCTAssertEqual(result.cards.map(\.formattedName), ["A", "Unfinished"])
        XCTAssertEqual(result.warnings.map(\.line), [1, 5, 7, 8])
        XCTAssertEqual(result.warnings[3].formatted(file: "x.vcf"), "x.vcf:8: vCard has no END:VCARD; read up to the end of the file")
    }

    func testNonUTF8DataFallsBackToWindows1252() throws {
        let bytes = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jos".utf8) + [0xE9] + Array("\r\nEND:VCARD\r\n".utf8)
        let card = try XCTUnwrap(VCardParser.parse(Data(bytes)).first)
        XCTAssertEqual(card.formattedName, "José")
        let withBOM = Data([0xEF, 0xBB, 0xBF] + Array("BEGIN:VCARD\nFN:Zoë\nEND:VCARD\n".utf8))
        XCTAssertEqual(VCardParser.parse(withBOM).first?.formattedName, "Zoë")
        var utf16 = Data([0xFF, 0xFE])
        for unit in "BEGIN:VCARD\r\nFN:Łukasz 🙂\r\nEND:VCARD\r\n".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        XCTAssertEqual(VCardParser.parse(utf16).first?.formattedName, "Łukasz 🙂")
    }

    func testDateForms() {
        func parts(_ text: String) -> [Int?] {
            let date = VCardDateParsing.parse(text)
            return [date.year, date.month, date.day]
        }
        XCTAssertEqual(parts("1985-04-12"), [1985, 4, 12])
        XCTAssertEqual(parts("19850412"), [1985, 4, 12])
        XCTAssertEqual(parts("1985-04-12T10:00:00Z"), [1985, 4, 12])
        XCTAssertEqual(parts("19960415T231000Z"), [1996, 4, 15])
        XCTAssertEqual(parts("--0412"), [nil, 4, 12])
        XCTAssertEqual(parts("--04-12"), [nil, 4, 12])
        XCTAssertEqual(parts("---12"), [nil, nil, 12])
        XCTAssertEqual(parts("1985-04"), [1985, 4, nil])
        XCTAssertEqual(parts("1985"), [1985, nil, nil])
        XCTAssertEqual(parts("circa 1800"), [nil, nil, nil])
        XCTAssertEqual(parts("1985-13-01"), [nil, nil, nil])
        XCTAssertEqual(VCardDateParsing.parse(" circa 1800 ").text, "circa 1800")
    }
}
