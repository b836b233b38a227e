import Foundation
import XCTest
@testable import RapportCore

final class MIMEParserTests: XCTestCase {
    private func date(_ text: String) -> Date? { JSONDateFormat.date(from: text) }

    func testThunderbirdMixedWithAlternativeAndAttachment() {
        let message = MIMEParser.parse(MailFixtures.bytes(MailFixtures.thunderbird))
        XCTAssertEqual(message.messageID, "8f2c1a3e-4b5d-4e6f-9a7b-1c2d3e4f5a6b@rapport.example")
        XCTAssertEqual(message.subject, "Proposal for the new warehouse")
        XCTAssertEqual(message.date, date("2026-12-01T09:15:00Z"))
        XCTAssertEqual(message.from, [MailAddress(name: "Sam Seller", address: "sam@rapport.example")])
        XCTAssertEqual(message.to, [MailAddress(name: "Giulia Rossi", address: "giulia.rossi@acme.example")])
        XCTAssertEqual(message.cc, [MailAddress(name: "Bianchi, Marco", address: "marco.bianchi@acme.example")])
        // The plain alternative, flowed lines joined; the PDF is not the message.
        XCTAssertEqual(message.text, """
            Hi Giulia,

            here is the proposal we discussed on Monday, with the prices for the second phase. Shall we talk on Thursday?

            Best,
            Sam

            --\u{20}
            Sam Seller, Rapport Ltd.

            """)
        XCTAssertEqual(MailExcerpt.excerpt(message.text), """
            Hi Giulia,

            here is the proposal we discussed on Monday, with the prices for the second phase. Shall we talk on Thursday?

            Best,
            Sam
            """)
    }

    func testGmailQuotedPrintableWithSoftBreaksAndEncodedWords() {
        let message = MIMEParser.parse(MailFixtures.bytes(MailFixtures.gmail, crlf: true))
        XCTAssertEqual(message.subject, "Re: Café order – next steps")
        XCTAssertEqual(message.from, [MailAddress(name: "Jürgen Müller", address: "juergen.mueller@gmail.com")])
        XCTAssertEqual(message.messageID, "CAF=kq3+Zx1YwT9p0QbUu2vVw_Jq8@mail.gmail.com")
        XCTAssertEqual(message.date, date("2026-12-02T16:03:11Z"))
        XCTAssertTrue(message.text.contains("delivered before the 15th. Please send the invoice to accounts@müller-kaffee.example.\n"), message.text)
        XCTAssertTrue(message.text.contains("10:15\u{202F}AM Sam Seller <sam@rapport.example> wrote:"), message.text)
        // The attribution line and the quote are the earlier mail, not this one.
        XCTAssertEqual(MailExcerpt.excerpt(message.text), """
            Hi Sam,

            Thanks — we'd like 40 bags of the Ethiopian blend, delivered before the 15th. Please send the invoice to accounts@müller-kaffee.example.

            Jürgen
            """)
    }

    func testOutlookWindows1252AndItsReplyHeader() {
        let message = MIMEParser.parse(MailFixtures.bytes(MailFixtures.outlook, crlf: true))
        XCTAssertEqual(message.from, [MailAddress(name: "François Dupont", address: "Francois.Dupont@Contoso.example")])
        XCTAssertEqual(message.to, [MailAddress(name: "'Sam Seller'", address: "sam@rapport.example")])
        XCTAssertEqual(message.subject, "RE: Renewal – 2027")
        XCTAssertEqual(message.messageID, "AM0PR01MB1234567ABCDEF@AM0PR01MB1234.eurprd01.prod.exchangelabs.com")
        XCTAssertEqual(MailExcerpt.excerpt(message.text), """
            Hello Sam,

            We’ll renew for 2027 – the budget is € 12,000.

            Regards,
            François
            """)
    }

    func testAppleMailBase64AndASubjectSplitInsideACharacter() {
        let message = MIMEParser.parse(MailFixtures.bytes(MailFixtures.appleMail))
        XCTAssertEqual(message.subject, "Grüße aus Köln – bis Freitag")
        XCTAssertEqual(message.from.first?.address, "Anna.Schmidt@ICLOUD.com")
        XCTAssertEqual(message.messageID, "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9@icloud.com")
        XCTAssertEqual(message.text, "Hallo Sam,\n\nFreitag um 14 Uhr passt mir gut. Bis dann!\n\nGrüße\nAnna\n")
        XCTAssertEqual(message.date, date("2026-12-04T16:45:12Z"))
    }

    func testMuttLatin1EightBitAndFoldedAddressList() {
        let message = MIMEParser.parse(MailFixtures.muttBytes)
        XCTAssertEqual(message.to, [MailAddress(name: "Björn Larsson", address: "bjorn@larsson.example"),
                                    MailAddress(name: "Dr. Eva Lind", address: "eva.lind@larsson.example")])
        XCTAssertEqual(MailExcerpt.excerpt(message.text), "Björn, Eva: här är anteckningarna från mötet.\nNästa steg: offert före fredag.")
    }

    func testHTMLOnlyMessageIsStrippedToText() {
        let message = MIMEParser.parse(MailFixtures.bytes(MailFixtures.htmlOnly))
        XCTAssertEqual(message.to, [MailAddress(address: "sam@rapport.example")])
        XCTAssertEqual(message.text, "Hello Sam,\nYour order #123 has shipped & will arrive on Monday\u{2009}— track it here.\nThanks!")
    }

    func testNestedAttachmentOnlyAndMissingHeaders() {
        // No text at all (only an attachment): an empty body, not a failure.
        let attachmentOnly = """
            From: a@example.com
            Content-Type: multipart/mixed; boundary=XX

            --XX
            Content-Type: image/png
            Content-Disposition: attachment; filename=a.png
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --XX--
            """
        let message = MIMEParser.parse(MailFixtures.bytes(attachmentOnly))
        XCTAssertEqual(message.text, "")
        XCTAssertNil(message.messageID)
        XCTAssertNil(message.date)
        XCTAssertEqual(message.subject, "")
        // A truncated multipart (no closing boundary) still gives its text.
        let truncated = "Content-Type: multipart/alternative; boundary=\"q\"\n\n--q\nContent-Type: text/plain\n\nstill here\n"
        XCTAssertEqual(MIMEParser.parse(MailFixtures.bytes(truncated)).text, "still here\n")
    }
}
