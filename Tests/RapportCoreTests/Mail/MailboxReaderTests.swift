import Foundation
import XCTest
@testable import RapportCore

final class MailboxReaderTests: XCTestCase {
    /// An mboxrd file as mutt writes it: envelopes, a blank line between messages, `>From `
    /// quoting (once and twice), and an unquoted "From here" that is not an envelope.
    static let mbox = """
        From sam@rapport.example Tue Dec  1 10:15:00 2026
        From: Sam Seller <sam@rapport.example>
        To: giulia.rossi@acme.example
        Subject: First
        Message-ID: <one@rapport.example>

        >From the start, this was quoted.
        >>From here too, twice.
        From here on an unquoted line (mboxo) stays in the message.

        From giulia.rossi@acme.example Wed Dec  2 11:00:00 2026
        From: Giulia Rossi <giulia.rossi@acme.example>
        To: sam@rapport.example
        Subject: Second, with no Date header
        Message-ID: <two@acme.example>

        Hi!


        """

    func testMboxSplitsAtEnvelopesAndUnquotesFromLines() {
        let entries = MboxReader.messages(in: Array(Self.mbox.utf8))
        XCTAssertEqual(entries.count, 2)
        let first = MIMEParser.parse(entries[0].bytes)
        XCTAssertEqual(first.subject, "First")
        XCTAssertEqual(first.text, "From the start, this was quoted.\n>From here too, twice.\nFrom here on an unquoted line (mboxo) stays in the message.\n")
        XCTAssertEqual(entries[1].envelopeDate, JSONDateFormat.date(from: "2026-12-02T11:00:00Z"))
        let second = MIMEParser.parse(entries[1].bytes)
        XCTAssertEqual(second.messageID, "two@acme.example")
        XCTAssertEqual(second.text, "Hi!\n")
        XCTAssertTrue(MboxReader.looksLikeMbox(Array(Self.mbox.utf8)[...]))
        XCTAssertFalse(MboxReader.looksLikeMbox(MailFixtures.bytes(MailFixtures.gmail)[...]))
    }

    func testMaildirReadsCurAndNewInNameOrderAndSkipsTmp() throws {
        let root = NSTemporaryDirectory() + "rapport-maildir-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["cur", "new", "tmp"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path)) }
        try write("cur/1764583000.M1P1.host:2,S", MailFixtures.gmail)
        try write("cur/1764582000.M1P1.host:2,RS", MailFixtures.thunderbird)
        try write("new/1764590000.M2P2.host", MailFixtures.htmlOnly)
        try write("tmp/1764599999.M3P3.host", "From: half@written.example\n")
        try write("cur/.hidden", "not mail")
        XCTAssertTrue(MaildirReader.isMaildir(root))
        XCTAssertFalse(MaildirReader.isMaildir(root + "/cur"))
        var subjects: [String] = []
        try MailSource.forEachMessage(at: root) { bytes, _ in subjects.append(MIMEParser.parse(bytes).subject) }
        XCTAssertEqual(subjects, ["Proposal for the new warehouse", "Re: Café order – next steps", "Your order has shipped"])
        XCTAssertThrowsError(try MailSource.forEachMessage(at: root + "/cur") { _, _ in })
        XCTAssertThrowsError(try MailSource.forEachMessage(at: root + "/missing") { _, _ in })
    }
}
