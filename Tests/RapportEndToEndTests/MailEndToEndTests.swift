import Foundation
import XCTest

/// `rapport log-email` and `rapport import mail` through the real binary: a message piped in
/// as a mail client's pipe command sends it, then found in the saved activities.json.
final class MailEndToEndTests: XCTestCase {
    let environment = ["RAPPORT_NOW": "2026-12-05T12:00:00Z", "EMAIL": "Sam Seller <sam@rapport.example>"]

    private func rapport(_ arguments: [String], stdin: String? = nil) throws -> RapportRun {
        try RapportBinary.run(arguments, environment: environment, stdin: stdin)
    }

    /// A book with Jürgen (two addresses) and nothing else.
    private func book() throws -> String {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let added = try rapport(["add", "contact", "--name", "Jürgen Müller", "--email", "juergen@muller-kaffee.example", "--data", directory])
        XCTAssertEqual(added.status, 0, added.stderr)
        return directory
    }

    private func activities(_ directory: String) throws -> [[String: Any]] {
        // A book nothing was ever logged in has no activities file yet.
        guard let data = FileManager.default.contents(atPath: directory + "/activities.json") else { return [] }
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["activities"] as? [[String: Any]] ?? []
    }

    /// As Gmail sends it: CRLF, quoted-printable UTF-8, an encoded subject and sender name.
    static let message = """
        MIME-Version: 1.0\r
        Date: Wed, 2 Dec 2026 08:03:11 -0800\r
        Message-ID: <CAF=e2e-1@mail.gmail.com>\r
        Subject: =?UTF-8?Q?Caf=C3=A9_order?=\r
        From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <JUERGEN@Muller-Kaffee.example>\r
        To: Sam Seller <sam@rapport.example>\r
        Content-Type: multipart/alternative; boundary="b"\r
        \r
        --b\r
        Content-Type: text/plain; charset="UTF-8"\r
        Content-Transfer-Encoding: quoted-printable\r
        \r
        We'd like 40 bags =E2=80=94 delivered befo=\r
        re the 15th.\r
        \r
        --b\r
        Content-Type: text/html; charset="UTF-8"\r
        \r
        <p>We'd like 40 bags</p>\r
        --b--\r

        """

    func testPipedMessageLandsOnTheContactsTimelineOnce() throws {
        let directory = try book()
        let first = try rapport(["log-email", "--data", directory], stdin: Self.message)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("logged \"Café order\" (inbound, 2026-12-02) on Jürgen Müller (con-000001)"), first.stdout)
        let logged = try activities(directory).filter { ($0["externalID"] as? String) == "mail:CAF=e2e-1@mail.gmail.com" }
        XCTAssertEqual(logged.count, 1)
        let activity = try XCTUnwrap(logged.first)
        XCTAssertEqual(activity["contactID"] as? String, "con-000001")
        XCTAssertEqual(activity["channel"] as? String, "email")
        XCTAssertEqual(activity["direction"] as? String, "inbound")
        XCTAssertEqual(activity["summary"] as? String, "Café order")
        XCTAssertEqual(activity["occurredAt"] as? String, "2026-12-02T16:03:11Z")
        XCTAssertEqual(activity["notes"] as? String, "We'd like 40 bags — delivered before the 15th.")

        let saved = try Data(contentsOf: URL(fileURLWithPath: directory + "/activities.json"))
        let again = try rapport(["log-email", "--data", directory, "--json"], stdin: Self.message)
        XCTAssertEqual(again.status, 0, again.stderr)
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(summary["alreadyLogged"] as? [String], ["con-000001"])
        XCTAssertEqual((summary["logged"] as? [Any])?.count, 0)
        XCTAssertEqual(summary["externalID"] as? String, "mail:CAF=e2e-1@mail.gmail.com")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: directory + "/activities.json")), saved)
    }

    func testUnknownSenderExitsOneAndCreateAddsALead() throws {
        let directory = try book()
        let stranger = Self.message.replacingOccurrences(of: "=?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <JUERGEN@Muller-Kaffee.example>",
                                                         with: "Ada Lovelace <ada@engine.example>")
        let refused = try rapport(["log-email", "--data", directory], stdin: stranger)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("unknown sender: Ada Lovelace <ada@engine.example>"), refused.stderr)
        XCTAssertEqual(try activities(directory).count, 0)

        let created = try rapport(["log-email", "--create", "--data", directory, "--json"], stdin: stranger)
        XCTAssertEqual(created.status, 0, created.stderr)
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(summary["created"] as? [String], ["con-000002"])
        let show = try rapport(["show", "con-000002", "--data", directory])
        XCTAssertTrue(show.stdout.hasPrefix("Ada Lovelace"), show.stdout)
        XCTAssertTrue(show.stdout.contains("ada@engine.example"), show.stdout)
    }

    func testOutboundMailAndBadUsage() throws {
        let directory = try book()
        // Sent by you ($EMAIL) to Jürgen: outbound, on him.
        let sent = """
            From: Sam Seller <sam@rapport.example>
            To: "Müller, Jürgen" <juergen@muller-kaffee.example>, new.person@else.example
            Subject: Prices
            Date: Thu, 3 Dec 2026 09:00:00 +0100
            Message-ID: <sent-1@rapport.example>

            Here are the prices.

            """
        let run = try rapport(["log-email", "--data", directory], stdin: sent)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("(outbound, 2026-12-03)"), run.stdout)
        XCTAssertTrue(run.stderr.contains("unknown recipient: new.person@else.example"), run.stderr)
        XCTAssertEqual(try rapport(["log-email", "extra", "--data", directory], stdin: sent).status, 2)
        XCTAssertEqual(try rapport(["log-email", "--data", directory], stdin: "").status, 2)
    }

    func testImportMailboxTwiceLogsOnce() throws {
        let directory = try book()
        let parent = (directory as NSString).deletingLastPathComponent
        let mbox = parent + "/inbox.mbox"
        let text = "From juergen@muller-kaffee.example Wed Dec  2 16:03:11 2026\n"
            + Self.message.replacingOccurrences(of: "\r\n", with: "\n") + "\n"
            + "From sam@rapport.example Thu Dec  3 08:00:00 2026\nFrom: sam@rapport.example\nTo: juergen@muller-kaffee.example\n"
            + "Subject: Follow-up\nMessage-ID: <f-2@rapport.example>\n\n>From our side: all set.\n\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: mbox))
        let first = try rapport(["import", "mail", mbox, "--data", directory])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "read 2 messages: 2 logged, 0 already logged, 0 matched no contact; 2 activities added\n")
        let notes = try activities(directory).compactMap { $0["notes"] as? String }.sorted()
        XCTAssertEqual(notes, ["From our side: all set.", "We'd like 40 bags — delivered before the 15th."])
        let second = try rapport(["import", "mail", mbox, "--data", directory, "--json"])
        XCTAssertEqual(second.status, 0, second.stderr)
        let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(summary["alreadyLogged"] as? Int, 2)
        XCTAssertEqual(summary["activitiesAdded"] as? Int, 0)
        XCTAssertEqual(try activities(directory).count, 2)
        XCTAssertEqual(try rapport(["import", "mail", parent + "/missing", "--data", directory]).status, 1)
    }
}
