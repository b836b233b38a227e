import Foundation
import XCTest
import RapportCore

/// `rapport campaign send` through a real SMTP conversation on loopback: msmtp (the mail command
/// a user would configure) talks to an aiosmtpd server this test starts on 127.0.0.1, and
/// python's own email parser reads back what arrived.
final class CampaignSendTests: XCTestCase {
    private static let now = "2026-11-22T12:00:00Z"

    func testSendThroughMsmtpToALoopbackSMTPServer() throws {
        guard let msmtp = Self.executable("msmtp") else {
            throw XCTSkip("msmtp is not installed (apt-get install msmtp); the SMTP send test needs it")
        }
        try Self.requirePython("aiosmtpd", install: "pip install aiosmtpd")
        let directory = try makeTemporaryDirectory(self)
        let inbox = directory + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let server = try SMTPSink(inbox: inbox, test: self)

        let book = directory + "/book"
        let command = "\(msmtp) -C /dev/null --host=127.0.0.1 --port=\(server.port) --from=marta@shop.example -t"
        try BookStore.write(Self.book(mailCommand: command), to: book)

        let dryRun = try RapportBinary.run(["campaign", "send", "Black Friday", "--dry-run", "--data", book], environment: ["RAPPORT_NOW": Self.now])
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        XCTAssertTrue(dryRun.stdout.contains("2 would send"), dryRun.stdout)
        XCTAssertEqual(try server.messages(expecting: 0).count, 0, "a dry run sends nothing")

        let send = try RapportBinary.run(["campaign", "send", "Black Friday", "--data", book], environment: ["RAPPORT_NOW": Self.now])
        XCTAssertEqual(send.status, 0, send.stdout + send.stderr)
        XCTAssertTrue(send.stdout.contains("2 sent, 0 sent before, 1 left out"), send.stdout)
        XCTAssertTrue(send.stdout.contains("con-000003  Anna Bruno: no marketing consent recorded"), send.stdout)

        let received = try server.messages(expecting: 2).sorted { ($0["to"] as? String ?? "") < ($1["to"] as? String ?? "") }
        XCTAssertEqual(received.count, 2)
        let giulia = received[0], zoe = received[1]
        XCTAssertEqual(giulia["to"] as? String, "Giulia Rossi <giulia@example.it>")
        XCTAssertEqual(giulia["rcpt"] as? String, "giulia@example.it")
        XCTAssertEqual(giulia["from"] as? String, "Marta Bianchi <marta@shop.example>")
        XCTAssertEqual(giulia["subject"] as? String, "Giulia, Black Friday is here")
        XCTAssertEqual(zoe["to"] as? String, "Zoé Lefèvre <zoe@example.fr>")
        XCTAssertEqual(zoe["subject"] as? String, "Zoé, Black Friday is here", "the encoded-words decode back")
        // Python keeps the message's CRLF line ends in the decoded text.
        func text(_ message: [String: Any]) -> String? { (message["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n") }
        XCTAssertEqual(text(zoe), "Dear Zoé,\n\nyour Fleet renewal (€12,500.00) is 20% off until Monday.\n— Marta Bianchi\n")
        XCTAssertEqual(text(giulia), "Dear Giulia,\n\nyour our offer () is 20% off until Monday.\n— Marta Bianchi\n",
                       "no deal: the default, then empty fields")
        for message in received {
            XCTAssertEqual(message["date"] as? String, "Sun, 22 Nov 2026 12:00:00 +0000")
            XCTAssertEqual(message["mime"] as? String, "1.0")
            XCTAssertEqual(message["content_type"] as? String, "text/plain")
            XCTAssertEqual(message["charset"] as? String, "utf-8")
            XCTAssertEqual(message["cte"] as? String, "quoted-printable")
            XCTAssertEqual(message["defects"] as? Int, 0, "python's parser found defects")
            let messageID = try XCTUnwrap(message["message_id"] as? String)
            XCTAssertTrue(messageID.hasPrefix("<cmp-000001.con-") && messageID.hasSuffix("@shop.example>"), messageID)
            XCTAssertEqual(message["x_campaign"] as? String, "Black Friday")
            XCTAssertEqual(message["crlf_only"] as? Bool, true)
            XCTAssertLessThanOrEqual(message["max_line"] as? Int ?? 999, 78)
        }

        // Sent members are marked and each delivery is logged on the contact.
        let saved = try BookStore.load(directory: book)
        let campaign = try XCTUnwrap(saved.campaigns[CampaignID(number: 1)])
        XCTAssertEqual(campaign.members.filter { $0.sentAt != nil }.count, 2)
        let logged = saved.activities.all.filter { $0.channel == .email && $0.direction == .outbound }
        XCTAssertEqual(logged.map(\.contactID).compactMap { $0?.rawValue }.sorted(), ["con-000001", "con-000002"])

        // A second send reaches nobody.
        let again = try RapportBinary.run(["campaign", "send", "Black Friday", "--data", book], environment: ["RAPPORT_NOW": Self.now])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("0 sent, 2 sent before"), again.stdout)
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertEqual(try server.messages(expecting: 2).count, 2)
    }

    func testAFailingMailCommandMarksNobodyAndExitsOne() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(Self.book(mailCommand: "echo 'relay says no' >&2; exit 75"), to: directory)
        let run = try RapportBinary.run(["campaign", "send", "Black Friday", "--data", directory], environment: ["RAPPORT_NOW": Self.now])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("failed (exit 75): relay says no"), run.stdout)
        let saved = try BookStore.load(directory: directory)
        XCTAssertEqual(saved.campaigns[CampaignID(number: 1)]?.members.filter { $0.sentAt != nil }.count, 0)
        XCTAssertTrue(saved.activities.isEmpty)
    }

    func testWithoutAMailCommandEmailsGoToTheOutbox() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(Self.book(mailCommand: nil), to: directory)
        let run = try RapportBinary.run(["campaign", "send", "cmp-000001", "--data", directory], environment: ["RAPPORT_NOW": Self.now])
        XCTAssertEqual(run.status, 0, run.stderr)
        let eml = try String(contentsOfFile: directory + "/outbox/cmp-000001/con-000002.eml", encoding: .utf8)
        XCTAssertTrue(eml.hasPrefix("Date: Sun, 22 Nov 2026 12:00:00 +0000\r\n"), eml)
        XCTAssertTrue(eml.contains("\r\nSubject: =?UTF-8?B?"), eml)
        XCTAssertTrue(eml.contains("\r\n\r\nDear Zo=C3=A9,\r\n"), eml)
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/outbox/cmp-000001/con-000002.eml")[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testTemplateErrorsAtSaveTimeAndPreview() throws {
        let directory = try makeTemporaryDirectory(self)
        try BookStore.write(Self.book(mailCommand: nil), to: directory)
        let bad = try RapportBinary.run(["template", "add", "Oops", "--kind", "email", "--subject", "Hi", "--body", "Dear {{first_nam}}", "--data", directory])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("body:1:6: unknown merge field \"first_nam\"; did you mean \"first_name\"?"), bad.stderr)
        let preview = try RapportBinary.run(["template", "preview", "Promo", "zoe@example.fr", "--data", directory], environment: ["RAPPORT_NOW": Self.now])
        XCTAssertEqual(preview.status, 0, preview.stderr)
        XCTAssertTrue(preview.stdout.contains("Subject: Zoé, Black Friday is here"), preview.stdout)
        let target = try RapportBinary.run(["campaign", "set", "Black Friday", "--target", "lifecycle:custard", "--data", directory])
        XCTAssertEqual(target.status, 2)
        XCTAssertTrue(target.stderr.contains("unknown lifecycle stage \"custard\""), target.stderr)
    }

    // MARK: Fixture

    static func book(mailCommand: String?) -> Book {
        let noon = JSONDateFormat.date(from: "2026-01-01T12:00:00Z") ?? Date()
        let consent = Consent(marketing: ConsentRecord(granted: true, date: noon, method: "web form"))
        var book = Book(contacts: [
            Contact(id: ContactID(number: 1), createdAt: noon, firstName: "Giulia", lastName: "Rossi",
                    emails: [LabeledValue("giulia@example.it")], lifecycle: .customer, consent: consent),
            Contact(id: ContactID(number: 2), createdAt: noon, firstName: "Zoé", lastName: "Lefèvre",
                    emails: [LabeledValue("zoe@example.fr")], lifecycle: .customer, consent: consent),
            Contact(id: ContactID(number: 3), createdAt: noon, firstName: "Anna", lastName: "Bruno",
                    emails: [LabeledValue("anna@example.it")], lifecycle: .customer),
        ])
        book.settings.userName = "Marta Bianchi"
        book.settings.campaigns = CampaignSettings(mailCommand: mailCommand, fromAddress: "marta@shop.example")
        book.opportunities.upsert(Opportunity(id: OpportunityID(number: 1), createdAt: noon, title: "Fleet renewal",
                                              contactID: ContactID(number: 2), stageID: "proposal",
                                              amount: Money(major: 12_500, currency: .eur)))
        book.templates.upsert(Template(id: TemplateID(number: 1), createdAt: noon, name: "Promo", kind: .email,
                                       subject: "{{first_name|Hello}}, Black Friday is here",
                                       body: "Dear {{first_name}},\n\nyour {{opportunity.title|our offer}} ({{opportunity.amount}}) is 20% off until Monday.\n— {{sender_name}}\n"))
        book.campaigns.upsert(Campaign(id: CampaignID(number: 1), createdAt: noon, name: "Black Friday", channel: .email,
                                       budget: Money(major: 500, currency: .eur), cost: Money(major: 400, currency: .eur),
                                       target: "lifecycle:customer", templateID: TemplateID(number: 1)))
        return book
    }

    static func executable(_ name: String) -> String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
            return directory + "/" + name
        }
        return nil
    }

    static func requirePython(_ module: String, install: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw XCTSkip("python3 is not installed; the SMTP send test needs it with \(module) (\(install))")
        }
        if process.terminationStatus != 0 { throw XCTSkip("python's \(module) is missing (\(install)); the SMTP send test needs it") }
    }
}

/// An aiosmtpd server on 127.0.0.1 and a free port, writing each message it receives, parsed by
/// python's `email` package (an independent reader), as JSON into a folder.
final class SMTPSink {
    let port: Int
    private let process = Process()
    private let inbox: String

    static let script = #"""
    import email, email.policy, json, os, socket, sys, threading
    from aiosmtpd.controller import Controller
    inbox, port_file = sys.argv[1], sys.argv[2]
    class Handler:
        def __init__(self):
            self.count = 0
            self.lock = threading.Lock()
        async def handle_DATA(self, server, session, envelope):
            raw = envelope.original_content
            message = email.message_from_bytes(raw, policy=email.policy.default)
            lines = raw.split(b"\r\n")
            summary = {
                "rcpt": ",".join(envelope.rcpt_tos), "mail_from": envelope.mail_from,
                "to": str(message["To"]), "from": str(message["From"]), "subject": str(message["Subject"]),
                "date": str(message["Date"]), "message_id": str(message["Message-ID"]), "mime": str(message["MIME-Version"]),
                "content_type": message.get_content_type(), "charset": message.get_content_charset(),
                "cte": str(message["Content-Transfer-Encoding"]), "x_campaign": str(message["X-Rapport-Campaign"]),
                "body": message.get_content(), "defects": len(message.defects),
                "crlf_only": b"\n" not in raw.replace(b"\r\n", b""), "max_line": max(len(line) for line in lines),
            }
            with self.lock:
                self.count += 1
                name = os.path.join(inbox, "%03d" % self.count)
            with open(name + ".eml", "wb") as f:
                f.write(raw)
            with open(name + ".tmp", "w") as f:
                json.dump(summary, f)
            os.rename(name + ".tmp", name + ".json")
            return "250 OK"
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    with open(port_file + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(port_file + ".tmp", port_file)
    try:
        sys.stdin.read()
    finally:
        controller.stop()
    """#

    init(inbox: String, test: XCTestCase) throws {
        self.inbox = inbox
        let scriptPath = inbox + "/../smtp_sink.py"
        let portFile = inbox + "/../smtp_port"
        try SMTPSink.script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptPath, inbox, portFile]
        // The server stops when its standard input closes: when this test's process ends, whatever happens.
        process.standardInput = Pipe()
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            port = (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let port else {
            process.terminate()
            throw XCTSkip("the aiosmtpd server did not start on 127.0.0.1")
        }
        self.port = port
        let process = self.process
        test.addTeardownBlock {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// The messages received so far, waiting up to a few seconds for `count` of them.
    func messages(expecting count: Int) throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(10)
        var files: [String] = []
        repeat {
            files = (try FileManager.default.contentsOfDirectory(atPath: inbox)).filter { $0.hasSuffix(".json") }.sorted()
            if files.count >= count { break }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return try files.map { file in
            let data = try Data(contentsOf: URL(fileURLWithPath: inbox + "/" + file))
            return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }
}
