import Foundation
import XCTest
@testable import RapportCore

/// The parser against a second opinion: python3's `email` package (policy.default) reads the
/// same hand-written messages, and both must agree on the headers and the plain text (words
/// compared, since python keeps format=flowed lines as sent). Skipped when python3 is absent.
final class PythonEmailCrossCheckTests: XCTestCase {
    static let script = #"""
        import email, email.policy, email.utils, json, sys
        out = []
        for path in sys.argv[1:]:
            with open(path, 'rb') as f:
                msg = email.message_from_bytes(f.read(), policy=email.policy.default)
            def addrs(name):
                header = msg[name]
                return [[a.display_name, a.addr_spec] for a in header.addresses] if header is not None else []
            body = msg.get_body(preferencelist=('plain',))
            date = msg['date']
            out.append({
                'subject': str(msg['subject'] or ''),
                'messageID': (str(msg['message-id']).strip().strip('<>') if msg['message-id'] else None),
                'date': (email.utils.parsedate_to_datetime(str(date)).timestamp() if date else None),
                'from': addrs('from'), 'to': addrs('to'), 'cc': addrs('cc'),
                'text': body.get_content() if body is not None else None,
            })
        print(json.dumps(out))
        """#

    struct Reading: Decodable {
        var subject: String
        var messageID: String?
        var date: Double?
        var from: [[String]]
        var to: [[String]]
        var cc: [[String]]
        var text: String?
    }

    func testParserAgreesWithPythonsEmailPackage() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("python3 is not installed: the cross-check with its email package is skipped")
        }
        let fixtures: [(String, [UInt8])] = [
            ("thunderbird", MailFixtures.bytes(MailFixtures.thunderbird)),
            ("gmail", MailFixtures.bytes(MailFixtures.gmail, crlf: true)),
            ("outlook", MailFixtures.bytes(MailFixtures.outlook, crlf: true)),
            ("apple", MailFixtures.bytes(MailFixtures.appleMail)),
            ("mutt", MailFixtures.muttBytes),
            ("html", MailFixtures.bytes(MailFixtures.htmlOnly)),
        ]
        let directory = NSTemporaryDirectory() + "rapport-pymail-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
        var paths: [String] = []
        for (name, bytes) in fixtures {
            let path = directory + "/" + name + ".eml"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.script] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let readings = try JSONDecoder().decode([Reading].self, from: data)
        XCTAssertEqual(readings.count, fixtures.count)
        for ((name, bytes), python) in zip(fixtures, readings) {
            let ours = MIMEParser.parse(bytes)
            XCTAssertEqual(ours.subject, python.subject, name)
            XCTAssertEqual(ours.messageID, python.messageID, name)
            XCTAssertEqual(ours.date?.timeIntervalSince1970, python.date, name)
            XCTAssertEqual(ours.from.map { [$0.name, $0.address] }, python.from, name)
            XCTAssertEqual(ours.to.map { [$0.name, $0.address] }, python.to, name)
            XCTAssertEqual(ours.cc.map { [$0.name, $0.address] }, python.cc, name)
            if let text = python.text {
                XCTAssertEqual(words(ours.text), words(text), name)
            } else {
                // No plain part: python has nothing to compare; ours is the HTML's text.
                XCTAssertFalse(ours.text.isEmpty, name)
            }
        }
    }

    private func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }
}
