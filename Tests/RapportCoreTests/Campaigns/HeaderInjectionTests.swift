import Foundation
import XCTest
@testable import RapportCore

/// Issue 15, item 1: nothing a contact, a template or the settings hold can add a header to a
/// campaign email. Values are refused on the way in (one rule everywhere) and flattened on the
/// way out; python's `email` package reads the result independently.
final class HeaderInjectionTests: XCTestCase {
    static let hostileAddresses = [
        "t@x.test\r\nBcc: victim@evil.test", "t@x.test\nBcc: victim@evil.test", "t@x.test\rBcc: victim@evil.test",
        "t@x.test\u{0}", "t\u{1B}[2J@x.test", "t@x.test\u{7}", "t@x.test\u{85}Bcc: v@evil.test", "t@x.te\u{202E}st",
        "t@x.test\u{2028}Bcc: v@evil.test", "\"t\"@x.test", "t@x.test>, <v@evil.test", "t@x.test\tBcc", "t@@x.test",
        String(repeating: "a", count: 300) + "@x.test",
    ]
    static let hostileNames = ["Eve\r\nBcc: victim@evil.test", "Eve\nBcc: v@evil.test", "Eve\u{0}", "Eve\u{1B}]0;owned\u{7}",
                               "Eve\u{85}Bcc: v@evil.test", "Eve\u{2029}Bcc: v@evil.test"]

    func testTheOneRuleRefusesHostileAddressesAndKeepsOrdinaryOnes() {
        for address in Self.hostileAddresses {
            XCTAssertFalse(HeaderSafeText.isValidEmailAddress(address), address.debugDescription)
            XCTAssertFalse(ImportValues.looksLikeEmail(address), "import: " + address.debugDescription)
            XCTAssertFalse(ContactNormalization.isPlausibleEmail(address), "forms: " + address.debugDescription)
            XCTAssertFalse(Mailbox(address: address).isPlausible, "settings: " + address.debugDescription)
        }
        for address in ["giulia@rossi.it", "o'brien+crm@mail.example.co.uk", "zoé@exemple.fr", "a.b-c_d@x.io"] {
            XCTAssertTrue(HeaderSafeText.isValidEmailAddress(address), address)
            XCTAssertTrue(ImportValues.looksLikeEmail(address), address)
        }
        for name in Self.hostileNames { XCTAssertNotNil(HeaderSafeText.textProblem(name, field: "name"), name.debugDescription) }
        XCTAssertNil(HeaderSafeText.textProblem("Zoé Lefèvre-D'Arc", field: "name"))
    }

    func testCSVAndVCardImportsRefuseHostileAddressesAndNames() throws {
        let csv = "first_name,last_name,email\r\nEve,Test,\"t@x.test\r\nBcc: victim@evil.test\"\r\n\"Eve\r\nBcc: v@evil.test\",Test,eve@x.test\r\n"
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertEqual(result.invalid.map(\.line), [2, 4])
        XCTAssertFalse(result.canApply)
        XCTAssertTrue(result.invalid[1].message.contains("control character"), result.invalid[1].message)
        // A vCard's "\n" escape decodes to a line break: refused like the CSV value.
        let vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\\nBcc: Mallory\r\nEMAIL:ok@x.test\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mallory\r\nEMAIL:t@x.test\\nBcc: victim@evil.test\r\nEND:VCARD\r\n"
        let cards = VCardImporter.run(Data(vcard.utf8), into: Book(), fileName: "in.vcf", now: importNow, timeZone: utc)
        XCTAssertEqual(cards.invalid.map(\.line), [1], cards.invalid.map(\.message).joined(separator: "\n"))
        // An EMAIL line that is no address is left out of the card, with a warning.
        XCTAssertEqual(cards.warnings.map(\.line), [6])
        XCTAssertEqual(cards.book.contacts.all.map(\.emails), [[]])
    }

    func testCheckFlagsHostileValuesAlreadyStored() {
        var book = Book(contacts: [CampaignFixture.contact(1, "Eve\r\nBcc: v@evil.test", email: "t@x.test\r\nBcc: victim@evil.test")])
        book.templates.upsert(Template(id: TemplateID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "T", kind: .email,
                                       subject: "Hi\r\nBcc: v@evil.test", body: "b"))
        let problems = BookChecker.problems(in: book).filter { $0.message.contains("mail header") || $0.message.contains("email address") }
        XCTAssertEqual(problems.map(\.recordID), ["con-000001", "con-000001", "tpl-000001"], problems.map(\.description).joined(separator: "\n"))
        XCTAssertFalse(problems.contains { $0.description.contains("\r") || $0.description.contains("\n") }, "messages show the value visibly")
    }

    func testTemplatesRefuseASubjectWithALineBreak() {
        let template = Template(id: TemplateID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "T", kind: .email,
                                subject: "Hello\nBcc: v@evil.test", body: "b")
        XCTAssertEqual(template.validationIssue?.part, "subject")
    }

    /// Defence in depth: a message built from hostile values (a book that already holds them)
    /// still has exactly its own headers.
    func testTheWriterNeverLetsAValueAddAHeader() throws {
        for (address, name) in zip(Self.hostileAddresses, Self.hostileNames + Self.hostileNames + Self.hostileNames) {
            let message = EmailMessage(from: Mailbox(name: "Shop\r\nBcc: a@evil.test", address: "shop@x.test"),
                                       to: Mailbox(name: name, address: address),
                                       subject: "Sale\r\nBcc: victim@evil.test\r\n\r\nbody", body: "Hello\r\nBcc: not-a-header",
                                       date: Fixture.noon("2026-11-22"), messageID: "<id\r\nBcc: x@evil.test@x.test>",
                                       extraHeaders: [("X-Rapport-Campaign", "Promo\nBcc: c@evil.test")])
            let header = try XCTUnwrap(message.text.components(separatedBy: "\r\n\r\n").first)
            let bare = header.replacingOccurrences(of: "\r\n", with: "")
            XCTAssertFalse(bare.contains("\r") || bare.contains("\n"), "a lone CR or LF in \(header.debugDescription)")
            let names = header.components(separatedBy: "\r\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
            XCTAssertEqual(names, ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                                   "Content-Transfer-Encoding", "X-Rapport-Campaign"], header)
            let parsed = try PythonOracle.emailHeaders(message.bytes)
            XCTAssertEqual(parsed.headers.map { $0[0] }, names.map(String.init), "python reads the same headers")
            XCTAssertFalse(parsed.headers.contains { $0[0].lowercased() == "bcc" })
        }
    }

    func testNamesAndSubjectsAreEncodedQuotedAndFoldedAsPythonReadsThem() throws {
        let longASCII = String(repeating: "Rossi-Bianchi ", count: 8) + "\"Jr\" \\ (x)"
        let nonASCII = "Zoé Lefèvre 日本語 " + String(repeating: "é", count: 60)
        let subject = "=?UTF-8?B?Zm9v?= is not an encoded word; " + String(repeating: "x", count: 120) + " ☀️ fin"
        for name in [longASCII, nonASCII, "Giulia \"G\" Rossi", "=?UTF-8?B?Zm9v?="] {
            let message = EmailMessage(from: Mailbox(name: "Negozio Città", address: "shop@x.test"), to: Mailbox(name: name, address: "zoe@x.fr"),
                                       subject: subject, body: "b", date: Fixture.noon("2026-11-22"), messageID: "<1@x.test>")
            let header = try XCTUnwrap(message.text.components(separatedBy: "\r\n\r\n").first)
            for line in header.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.count, 78, line) }
            let parsed = try PythonOracle.emailHeaders(message.bytes)
            let values = Dictionary(parsed.headers.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
            XCTAssertEqual(values["Subject"], subject)
            XCTAssertEqual(values["From"], "Negozio Città <shop@x.test>")
            let to = try XCTUnwrap(values["To"])
            XCTAssertTrue(to.hasSuffix("<zoe@x.fr>"), to)
            // Python 3.11's address parser puts a space between adjacent encoded-words of a
            // display name, which RFC 2047 (6.2) says to drop; its `decode_header` follows the RFC.
            let oracleName = try PythonOracle.run("""
            import email, email.policy, email.header, email.utils, re, sys
            m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.compat32)
            raw = re.sub(r'\\r?\\n(?=[ \\t])', '', m['To'])
            name, addr = email.utils.parseaddr(raw)
            if '=?' in raw:
                name = str(email.header.make_header(email.header.decode_header(name)))
            sys.stdout.write(name + '|' + addr)
            """, input: message.bytes)
            XCTAssertEqual(oracleName, name + "|zoe@x.fr")
        }
    }

    func testASendLeavesOutAContactWhoseStoredAddressIsHostile() throws {
        var book = Book(contacts: [
            CampaignFixture.contact(1, "Giulia", "Rossi", email: "giulia@x.it", lifecycle: .customer),
            CampaignFixture.contact(2, "Eve", email: "t@x.test\r\nBcc: victim@evil.test", lifecycle: .customer),
        ])
        book.settings.campaigns = CampaignSettings(fromAddress: "marta@shop.it")
        book.templates.upsert(Template(id: TemplateID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "Promo", kind: .email,
                                       subject: "{{first_name}}, hello", body: "Hi"))
        book.campaigns.upsert(Campaign(id: CampaignID(number: 1), createdAt: Fixture.noon("2026-11-01"), name: "Promo", channel: .email,
                                       budget: Fixture.eur(0), cost: Fixture.eur(0), target: "lifecycle:customer",
                                       templateID: TemplateID(number: 1)))
        var transport = RecordingTransport()
        let report = try CampaignSender.send(CampaignID(number: 1), in: &book, transport: &transport,
                                             clock: CampaignFixture.clock("2026-11-22"), dryRun: false)
        XCTAssertEqual(transport.emails.map(\.to.address), ["giulia@x.it"])
        XCTAssertEqual(report.leftOut.map(\.reason), [.unusableEmail])
    }
}
