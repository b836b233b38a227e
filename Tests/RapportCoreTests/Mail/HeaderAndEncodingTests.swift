import Foundation
import XCTest
@testable import RapportCore

final class HeaderAndEncodingTests: XCTestCase {
    func testEncodedWordsBAndQAndAdjacentOnesJoined() {
        XCTAssertEqual(HeaderDecoding.decode("=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?Q?_M=C3=BCller?="), "Jürgen Müller")
        XCTAssertEqual(HeaderDecoding.decode("Re: =?iso-8859-1?q?caf=E9?= au lait"), "Re: café au lait")
        // Whitespace between adjacent words goes; between a word and text it stays.
        XCTAssertEqual(HeaderDecoding.decode("=?utf-8?q?a?=  \t =?utf-8?q?b?= c"), "ab c")
        // Different charsets side by side.
        XCTAssertEqual(HeaderDecoding.decode("=?iso-8859-1?Q?=E9?= =?utf-8?Q?=C3=A9?="), "éé")
        // Not encoded-words: kept as written.
        XCTAssertEqual(HeaderDecoding.decode("=?broken word?= and =?x?Z?y?="), "=?broken word?= and =?x?Z?y?=")
        XCTAssertEqual(HeaderDecoding.decode("=?UTF-8*en?Q?Hi?="), "Hi")
    }

    func testQuotedPrintableSoftBreaksAndOddEquals() {
        let text = "caf=C3=A9 =\r\nsoft=\nbreak, trailing= \r\nblanks; 1+1=3D2; lone = sign; bad =ZZ"
        XCTAssertEqual(String(decoding: TransferDecoding.quotedPrintable(Array(text.utf8)[...]), as: UTF8.self),
                       "café softbreak, trailingblanks; 1+1=2; lone = sign; bad =ZZ")
    }

    func testBase64AcrossLinesAndWithoutPadding() {
        XCTAssertEqual(String(decoding: TransferDecoding.base64(Array("SGVs\r\nbG8g\nd29y bGQ".utf8)[...]), as: UTF8.self), "Hello world")
        XCTAssertEqual(String(decoding: TransferDecoding.base64(Array("YQ==".utf8)[...]), as: UTF8.self), "a")
    }

    func testCharsets() {
        XCTAssertEqual(Charsets.decode([0x63, 0x61, 0x66, 0xE9], charset: "ISO-8859-1"), "café")
        XCTAssertEqual(Charsets.decode([0x93, 0x51, 0x94, 0x20, 0x80, 0x96], charset: "windows-1252"), "“Q” €–")
        // Latin-1 as labelled by Outlook holds windows-1252 punctuation.
        XCTAssertEqual(Charsets.decode([0x92], charset: "iso-8859-1"), "’")
        XCTAssertEqual(Charsets.decode([0xA4], charset: "iso-8859-15"), "€")
        // A wrong label: UTF-8 bytes labelled us-ascii are read as UTF-8; invalid UTF-8 as 1252.
        XCTAssertEqual(Charsets.decode(Array("é".utf8), charset: "us-ascii"), "é")
        XCTAssertEqual(Charsets.decode([0xE9], charset: "utf-8"), "é")
        XCTAssertEqual(Charsets.decode([0xE9], charset: "x-nonsense"), "é")
        XCTAssertEqual(Charsets.decode([0xEA, 0xB1], charset: "iso-8859-2"), "ę±".replacingOccurrences(of: "±", with: "ą"))
    }

    func testAddressLists() {
        XCTAssertEqual(AddressParsing.parse(#""Rossi, Giulia" <G.Rossi@Acme.example>, bob@b.example (Bob B), <c@c.example>"#), [
            MailAddress(name: "Rossi, Giulia", address: "G.Rossi@Acme.example"),
            MailAddress(name: "Bob B", address: "bob@b.example"),
            MailAddress(address: "c@c.example"),
        ])
        XCTAssertEqual(AddressParsing.parse("Team: a@x.example, \"B\" <b@x.example>;, undisclosed-recipients:;"), [
            MailAddress(address: "a@x.example"), MailAddress(name: "B", address: "b@x.example"),
        ])
        XCTAssertEqual(AddressParsing.parse(#""=?utf-8?Q?M=C3=BCller=2C_J?=" <j@m.example>"#),
                       [MailAddress(name: "Müller, J", address: "j@m.example")])
        XCTAssertEqual(AddressParsing.parse(#""a \"quoted\" <name>" <q@q.example>"#), [MailAddress(name: #"a "quoted" <name>"#, address: "q@q.example")])
    }

    func testDates() {
        func check(_ text: String, _ expected: String, line: UInt = #line) {
            XCTAssertEqual(MailDate.parse(text), JSONDateFormat.date(from: expected), text, line: line)
        }
        check("Tue, 1 Dec 2026 10:15:00 +0100", "2026-12-01T09:15:00Z")
        check("Tue, 01 Dec 2026 10:15:00 +0100 (CET)", "2026-12-01T09:15:00Z")
        check("1 Dec 2026 10:15 -0530", "2026-12-01T15:45:00Z")
        check("Mon, 29 Feb 2028 23:59:60 GMT", "2028-02-29T23:59:59Z")
        check("Tue, 1 Dec 26 10:15:00 EST", "2026-12-01T15:15:00Z")
        check("Thu, 3 Dec 1998 01:02:03 PDT", "1998-12-03T08:02:03Z")
        check("Wed,  2 Dec 2026 08:03:11 -0800", "2026-12-02T16:03:11Z")
        check("2026-12-01T10:15:00+01:00", "2026-12-01T09:15:00Z")
        XCTAssertNil(MailDate.parse("yesterday"))
        XCTAssertNil(MailDate.parse("Tue, 41 Dec 2026 10:15:00 +0100"))
        XCTAssertEqual(MailDate.parseEnvelope("From sam@rapport.example Tue Dec  1 10:15:00 2026"), JSONDateFormat.date(from: "2026-12-01T10:15:00Z"))
    }
}
