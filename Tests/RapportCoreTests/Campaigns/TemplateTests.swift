import Foundation
import XCTest
@testable import RapportCore

final class MergeTemplateTests: XCTestCase {
    private func book() -> Book {
        var book = Book(companies: [Company(id: CompanyID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "Tessitura Rossi")])
        var giulia = CampaignFixture.contact(1, "Giulia", "Rossi", email: "g@x.it", company: CompanyID(number: 1))
        giulia.customFields = ["size": "M"]
        book.contacts.upsert(giulia)
        book.contacts.upsert(CampaignFixture.contact(2, "", "", email: "anon@x.it"))
        var won = Opportunity(id: OpportunityID(number: 1), createdAt: Fixture.noon("2026-02-01"), title: "Old deal",
                              contactID: ContactID(number: 1), stageID: "new", amount: Fixture.eur(100_000))
        won.markWon(at: Fixture.noon("2026-03-01"))
        book.opportunities.upsert(won)
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 2), createdAt: Fixture.noon("2026-01-01"), title: "Fleet renewal",
                                              contactID: ContactID(number: 1), stageID: "proposal", amount: Fixture.eur(1_250_000)))
        return book
    }

    func testFieldsDefaultsAndTheOpenDeal() throws {
        let template = Template(id: TemplateID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "Quote", kind: .quote,
                                subject: "For {{company|you}}",
                                body: "Dear {{ first_name | there }},\nyour {{opportunity.title}} at {{opportunity.amount}} ({{opportunity.stage}}). Size {{custom.size|?}}.")
        let book = book()
        let giulia = try XCTUnwrap(book.contacts[ContactID(number: 1)])
        let rendered = try template.rendered(for: giulia, in: book, today: Fixture.day("2026-11-22"))
        XCTAssertEqual(rendered.subject, "For Tessitura Rossi")
        XCTAssertEqual(rendered.body, "Dear Giulia,\nyour Fleet renewal at €12,500.00 (Proposal). Size M.",
                       "the open deal wins over a more recent closed one")
        XCTAssertEqual(rendered.missing, [])
        let anonymous = try XCTUnwrap(book.contacts[ContactID(number: 2)])
        let fallback = try template.rendered(for: anonymous, in: book, today: Fixture.day("2026-11-22"))
        XCTAssertEqual(fallback.subject, "For you")
        XCTAssertTrue(fallback.body.hasPrefix("Dear there,\nyour  at  ()"))
        XCTAssertEqual(fallback.missing, ["opportunity.title", "opportunity.amount", "opportunity.stage"])
    }

    func testUnknownFieldsAndBadSyntaxFailWithTheirPlace() {
        func issue(_ text: String) -> TemplateIssue? {
            do {
                _ = try MergeTemplate(text)
                return nil
            } catch {
                return error
            }
        }
        XCTAssertEqual(issue("Hello {{firstname}}")?.message, "unknown merge field \"firstname\"; did you mean \"first_name\"?")
        XCTAssertEqual(issue("Line one\n  {{colour}}").map { [$0.line, $0.column] }, [2, 3])
        XCTAssertEqual(issue("Hi {{first_name").map(\.message), "\"{{\" is not closed with \"}}\"")
        XCTAssertEqual(issue("Hi {{ | x}}").map(\.message), "a merge field needs a name, e.g. {{first_name}}")
        XCTAssertEqual(issue("Hi }} there").map(\.message), "\"}}\" without an opening \"{{\"")
        XCTAssertNil(issue("Hi {{custom.vat}} and { braces }"))
        let template = Template(id: TemplateID(number: 1), createdAt: Fixture.noon("2026-01-01"), name: "T", kind: .email,
                                subject: "Hi {{frist_name}}", body: "ok")
        XCTAssertThrowsError(try template.validated()) { error in
            XCTAssertEqual((error as? TemplateIssue)?.description.hasPrefix("subject:1:4: unknown merge field"), true)
        }
    }
}

final class EmailMessageTests: XCTestCase {
    private func message(subject: String, body: String, name: String = "Zoé Lefèvre") -> EmailMessage {
        EmailMessage(from: Mailbox(name: "Giulia \"G\" Rossi", address: "giulia@rossi.it"), to: Mailbox(name: name, address: "zoe@x.fr"),
                     subject: subject, body: body, date: Fixture.noon("2026-11-22"),
                     timeZone: TimeZone(identifier: "Europe/Rome") ?? ReportPeriod.utc,
                     messageID: EmailMessage.makeID(campaign: CampaignID(number: 7), contact: ContactID(number: 42),
                                                    date: Fixture.noon("2026-11-22"), fromAddress: "giulia@rossi.it"))
    }

    func testHeadersAreRFC5322() {
        let text = message(subject: "Plain subject", body: "Hello").text
        let header = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        XCTAssertEqual(header, [
            "Date: Sun, 22 Nov 2026 13:00:00 +0100",
            "From: \"Giulia \\\"G\\\" Rossi\" <giulia@rossi.it>",
            "To: =?UTF-8?B?Wm/DqSBMZWbDqHZyZQ==?= <zoe@x.fr>",
            "Subject: Plain subject",
            "Message-ID: <cmp-000007.con-000042.1795348800@rossi.it>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
        ])
    }

    func testNonASCIISubjectBecomesEncodedWordsOfWholeCharacters() throws {
        let subject = String(repeating: "Prix réduits pour l’été ☀️ ", count: 4)
        let text = message(subject: subject, body: "x").text
        let header = try XCTUnwrap(text.components(separatedBy: "\r\n\r\n").first)
        let lines = header.components(separatedBy: "\r\n")
        for line in lines { XCTAssertLessThanOrEqual(line.utf8.count, 78, line) }
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Subject: ") })
        var words: [String] = [String(lines[start].dropFirst("Subject: ".count))]
        for line in lines[(start + 1)...] where line.hasPrefix(" ") { words.append(String(line.dropFirst())) }
        XCTAssertGreaterThan(words.count, 1)
        // Each word decodes on its own (no character is split), and together they give the subject.
        let decoded = try words.map { word -> String in
            XCTAssertTrue(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let base64 = String(word.dropFirst(10).dropLast(2))
            let data = try XCTUnwrap(Data(base64Encoded: base64))
            return try XCTUnwrap(String(data: data, encoding: .utf8))
        }
        XCTAssertEqual(decoded.joined(), subject)
    }

    func testQuotedPrintableBodyWithCRLFAndShortLines() {
        let long = String(repeating: "é", count: 60) + " = end "
        let text = message(subject: "s", body: "Ciao Zoé,\n" + long + "\n.hidden dot\nlast").text
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        XCTAssertTrue(body.hasPrefix("Ciao Zo=C3=A9,\r\n"))
        XCTAssertTrue(body.hasSuffix("=2Ehidden dot\r\nlast\r\n"))
        XCTAssertFalse(body.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "only CRLF line ends")
        for line in body.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.count, 76, line) }
        XCTAssertTrue(body.contains("=3D"), "an equals sign is encoded")
        XCTAssertTrue(body.contains("end=20\r\n"), "a trailing space is encoded")
        // Decoding gives the text back.
        let joined = body.replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var index = joined.utf8.startIndex
        let utf8 = joined.utf8
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "="), let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
               let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low < utf8.endIndex,
               let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index = utf8.index(index, offsetBy: 3)
            } else {
                bytes.append(utf8[index])
                index = utf8.index(after: index)
            }
        }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "Ciao Zoé,\r\n" + long + "\r\n.hidden dot\r\nlast\r\n")
    }
}
