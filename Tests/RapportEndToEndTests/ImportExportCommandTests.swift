import Foundation
import XCTest
import RapportCore

/// import, export, list, show, add, move, won, lost and log through the real binary.
final class ImportExportCommandTests: XCTestCase {
    let now = ["RAPPORT_NOW": "2026-11-22T12:00:00Z"]

    private func rapport(_ arguments: [String]) throws -> RapportRun { try RapportBinary.run(arguments, environment: now) }

    private func demo(_ test: XCTestCase) throws -> String {
        let directory = try makeTemporaryDirectory(test) + "/book"
        XCTAssertEqual(try rapport(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        return directory
    }

    private func files(_ directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".json") {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        return result
    }

    func testExportImportRoundTripAndReimportChangesNothing() throws {
        let book = try demo(self)
        let parent = (book as NSString).deletingLastPathComponent
        let csv = parent + "/contacts.csv"
        let export = try rapport(["export", "csv", "--kind", "contacts", "--data", book, "--out", csv])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout, "")
        let empty = parent + "/empty"
        let dryRun = try rapport(["import", "csv", csv, "--kind", "contacts", "--data", empty, "--dry-run"])
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        XCTAssertTrue(dryRun.stdout.hasPrefix("dry run, nothing written: would import 300 rows: "), dryRun.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty + "/contacts.json"))
        let first = try rapport(["import", "csv", csv, "--kind", "contacts", "--data", empty])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("300 rows"), first.stdout)
        let before = try files(empty)
        let again = try RapportBinary.run(["import", "csv", csv, "--kind", "contacts", "--data", empty],
                                          environment: ["RAPPORT_NOW": "2027-01-01T00:00:00Z"])
        XCTAssertTrue(again.stdout.contains("0 created, 0 updated, 300 unchanged"), again.stdout)
        XCTAssertEqual(try files(empty), before, "no updatedAt churn")
        // What the CSV carries is the same in both books.
        let reexport = try rapport(["export", "csv", "--kind", "contacts", "--data", empty])
        XCTAssertEqual(reexport.stdout, String(decoding: try Data(contentsOf: URL(fileURLWithPath: csv)), as: UTF8.self))
    }

    /// A contact with three emails and two phones, labels, a non-ASCII name and commas and
    /// quotes in its fields, from a vCard through `export csv` and `import csv` into an empty book.
    func testEveryEmailAndPhoneSurvivesExportCSVThenImportCSV() throws {
        let parent = try makeTemporaryDirectory(self)
        let card = """
        BEGIN:VCARD\r\nVERSION:3.0\r\nN:D'Alessandro-Müller;Zoë;;;\r\nFN:Zoë D'Alessandro-Müller\r\n\
        EMAIL;TYPE=INTERNET,WORK,PREF:zoe@rossi.it\r\nEMAIL;TYPE=INTERNET,HOME:zoe@gmail.com\r\n\
        item1.EMAIL:zoe@studio.it\r\nitem1.X-ABLabel:Studio\r\nTEL;TYPE=CELL:+39 333 1234567\r\n\
        TEL;TYPE=WORK,FAX:+39 02 7654321\r\nORG:Rossi\\, Bianchi & "Figli"\r\nTITLE:CEO\r\n\
        NOTE:Calls after 10\\, "always"\\nSecond line\r\nADR;TYPE=WORK:;;Via Roma 1;Forlì;FC;47121;Italia\r\nEND:VCARD\r\n
        """
        try Data(card.utf8).write(to: URL(fileURLWithPath: parent + "/zoe.vcf"))
        let first = parent + "/first"
        let second = parent + "/second"
        let csv = parent + "/contacts.csv"
        XCTAssertEqual(try rapport(["import", "vcard", parent + "/zoe.vcf", "--data", first]).status, 0)
        XCTAssertEqual(try rapport(["export", "csv", "--kind", "contacts", "--data", first, "--out", csv]).status, 0)
        let run = try rapport(["import", "csv", csv, "--kind", "contacts", "--data", second])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "", "no ignored columns")
        let original = try XCTUnwrap(try BookStore.load(directory: first).contacts.sortedByID.first)
        let secondBook = try BookStore.load(directory: second)
        let copy = try XCTUnwrap(secondBook.contacts.sortedByID.first)
        XCTAssertEqual(original.emails, [LabeledValue("zoe@rossi.it", label: "work"), LabeledValue("zoe@gmail.com", label: "home"),
                                         LabeledValue("zoe@studio.it", label: "Studio")])
        XCTAssertEqual(original.phones.count, 2)
        for keyPath in [\Contact.firstName, \.lastName, \.jobTitle, \.notes] { XCTAssertEqual(copy[keyPath: keyPath], original[keyPath: keyPath]) }
        XCTAssertEqual(copy.emails, original.emails)
        XCTAssertEqual(copy.phones, original.phones)
        XCTAssertEqual(copy.address, original.address)
        XCTAssertEqual(copy.companyID.flatMap { secondBook.companies[$0]?.name }, "Rossi, Bianchi & \"Figli\"")
    }

    /// An Italian and a French spreadsheet import with no flags: the headers are known.
    func testItalianAndFrenchHeadersNeedNoFlags() throws {
        let parent = try makeTemporaryDirectory(self)
        let book = parent + "/book"
        let italian = parent + "/rubrica.csv"
        let french = parent + "/carnet.csv"
        try Data("Nome;Cognome;Società;Qualifica;Cellulare;Indirizzo e-mail;Città;CAP\nGiulia;Rossi;Rossi SpA;CEO;333 1;giulia@rossi.it;Prato;59100\n".utf8)
            .write(to: URL(fileURLWithPath: italian))
        try Data("Prénom;Nom;Société;Fonction;Portable;Courriel;Ville;Code postal\nZoé;Lefèvre;Lefèvre SA;Acheteuse;06 1;zoe@lefevre.fr;Paris;75002\n".utf8)
            .write(to: URL(fileURLWithPath: french))
        for file in [italian, french] {
            let run = try rapport(["import", "csv", file, "--kind", "contacts", "--data", book])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("1 row"), run.stdout)
            XCTAssertEqual(run.stderr, "", "every column is known")
        }
        let loaded = try BookStore.load(directory: book)
        let people = loaded.contacts.sortedByID.map { [$0.firstName, $0.lastName, $0.jobTitle, $0.primaryEmail ?? "", $0.primaryPhone ?? "",
                                                      $0.address?.city ?? "", $0.address?.postalCode ?? ""] }
        XCTAssertEqual(people, [["Giulia", "Rossi", "CEO", "giulia@rossi.it", "333 1", "Prato", "59100"],
                                ["Zoé", "Lefèvre", "Acheteuse", "zoe@lefevre.fr", "06 1", "Paris", "75002"]])
        XCTAssertEqual(Set(loaded.companies.all.map(\.name)), ["Rossi SpA", "Lefèvre SA"])
    }

    func testAFailingImportLeavesTheBookByteIdenticalAndListsEveryBadLine() throws {
        let book = try demo(self)
        let before = try files(book)
        let csv = (book as NSString).deletingLastPathComponent + "/people.csv"
        var text = "first_name,last_name,email,created_at\n"
        for index in 1...50 { text += "Name\(index),Surname,new\(index)@example.com,2026-01-0\(index % 9 + 1)\n" }
        text += "Bad,Row,not-an-email,2026-13-45\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
        let run = try rapport(["import", "csv", csv, "--kind", "contacts", "--data", book])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("\(csv):52: email \"not-an-email\" is not an email address"), run.stderr)
        XCTAssertTrue(run.stderr.contains("\(csv):52: created_at \"2026-13-45\" is not a date"), run.stderr)
        XCTAssertTrue(run.stderr.contains("nothing was imported"), run.stderr)
        XCTAssertEqual(try files(book), before)
        let skipping = try rapport(["import", "csv", csv, "--kind", "contacts", "--data", book, "--skip-invalid"])
        XCTAssertEqual(skipping.status, 0, skipping.stderr)
        XCTAssertTrue(skipping.stdout.contains("50 created"), skipping.stdout)
        XCTAssertTrue(skipping.stderr.contains("\(csv):52:"), skipping.stderr)
    }

    func testUsageErrorsExitTwo() throws {
        let directory = try makeTemporaryDirectory(self)
        for arguments in [["import"], ["import", "csv", "x.csv"], ["import", "csv", "x.csv", "--kind", "people"],
                          ["import", "xml", "x"], ["export"], ["export", "pdf"], ["export", "csv"], ["export", "vcard", "--version", "2"],
                          ["list"], ["list", "tickets"], ["list", "contacts", "--stage", "nowhere"], ["show"],
                          ["add", "spaceship"], ["add", "opportunity", "--title", "X"], ["add", "activity", "--type", "party", "--summary", "x"],
                          ["move", "x"], ["lost", "x"], ["log", "x", "--channel", "pigeon", "--summary", "s"]] {
            let run = try rapport(arguments + ["--data", directory])
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("rapport: "), run.stderr)
        }
        let missing = try rapport(["import", "csv", directory + "/nope.csv", "--kind", "contacts", "--data", directory])
        XCTAssertEqual(missing.status, 1)
    }

    func testListAndShowForPeopleAndScripts() throws {
        let book = try demo(self)
        let table = try RapportBinary.run(["list", "contacts", "--data", book], environment: ["COLUMNS": "80"])
        XCTAssertEqual(table.status, 0, table.stderr)
        let lines = table.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 302)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 }, "fits $COLUMNS")
        XCTAssertTrue(lines[0].hasPrefix("ID"))
        let json = try rapport(["list", "opportunities", "--stage", "proposal", "--json", "--data", book])
        let records = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertFalse(records.isEmpty)
        XCTAssertTrue(records.allSatisfy { $0["stageID"] as? String == "proposal" })
        let id = try XCTUnwrap(records.first?["id"] as? String)
        let show = try rapport(["show", id, "--json", "--data", book])
        let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(record["id"] as? String, id)
        let loaded = try BookStore.load(directory: book)
        let contact = try XCTUnwrap(loaded.contacts.sortedByID.first)
        let card = try rapport(["show", try XCTUnwrap(contact.primaryEmail).uppercased(), "--data", book])
        XCTAssertEqual(card.status, 0, card.stderr)
        XCTAssertTrue(card.stdout.hasPrefix(contact.displayName + "\n"), card.stdout)
        XCTAssertTrue(card.stdout.contains(contact.id.rawValue))
    }

    func testAddMoveWonLostLogAndAmbiguousNames() throws {
        let book = try makeTemporaryDirectory(self) + "/book"
        func ok(_ arguments: [String]) throws -> String {
            let run = try rapport(arguments + ["--data", book])
            XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
            return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let anna = try ok(["add", "contact", "--first-name", "Anna", "--last-name", "Neri", "--email", "anna@neri.it", "--company", "Neri SpA", "--tag", "vip"])
        XCTAssertEqual(anna, "con-000001")
        XCTAssertEqual(try ok(["add", "company", "--name", "Bianchi Srl"]), "com-000002")
        let deal = try ok(["add", "opportunity", "--title", "Looms", "--amount", "12,500.00", "--contact", "anna@neri.it", "--close", "2026-12-31"])
        let other = try ok(["add", "opportunity", "--title", "Looms", "--amount", "99", "--company", "Bianchi Srl"])
        XCTAssertEqual([deal, other], ["opp-000001", "opp-000002"])
        XCTAssertEqual(try ok(["add", "activity", "--type", "meeting", "--summary", "Demo", "--due", "2026-11-25", "--time", "09:30", "--opportunity", deal]), "act-000001")
        XCTAssertEqual(try ok(["add", "purchase", "--contact", anna, "--amount", "49.90", "--product", "Kit"]), "pur-000001")
        XCTAssertEqual(try ok(["log", "Anna Neri", "--channel", "phone", "--summary", "Called back", "--direction", "in"]), "act-000002")

        let ambiguous = try rapport(["move", "Looms", "proposal", "--data", book])
        XCTAssertEqual(ambiguous.status, 1)
        XCTAssertTrue(ambiguous.stderr.contains("opp-000001  Looms, Anna Neri (open)"), ambiguous.stderr)
        XCTAssertTrue(ambiguous.stderr.contains("opp-000002  Looms (open)"), ambiguous.stderr)
        XCTAssertTrue(ambiguous.stderr.contains("matches 2 records"), ambiguous.stderr)
        let unknownStage = try rapport(["move", deal, "heaven", "--data", book])
        XCTAssertEqual(unknownStage.status, 1)
        XCTAssertTrue(unknownStage.stderr.contains("the stages are: New, Qualified"), unknownStage.stderr)

        XCTAssertEqual(try ok(["move", "anna@neri.it", "proposal"]), "opp-000001 moved to Proposal")
        // Her purchase already made Anna a customer, so winning the deal changes only the deal.
        XCTAssertEqual(try BookStore.load(directory: book).contacts[ContactID(anna)]?.lifecycle, .customer)
        XCTAssertEqual(try ok(["won", deal]), "opp-000001 won")
        XCTAssertEqual(try ok(["lost", other, "--reason", "No budget"]), "opp-000002 lost: No budget")

        let saved = try BookStore.load(directory: book)
        let won = try XCTUnwrap(saved.opportunities[OpportunityID(deal)])
        XCTAssertEqual(won.status, .won)
        XCTAssertEqual(won.stageHistory.map(\.stageID), ["new", "proposal"])
        XCTAssertEqual(won.amount, Money(major: 12_500, currency: .eur))
        XCTAssertEqual(saved.contacts[ContactID(anna)]?.lifecycle, .customer)
        XCTAssertEqual(saved.opportunities[OpportunityID(other)]?.lostReason, "No budget")
        XCTAssertEqual(saved.activities[ActivityID("act-000002")]?.direction, .inbound)
        XCTAssertEqual(saved.activities[ActivityID("act-000001")]?.contactID, ContactID(anna), "the deal's contact")
        XCTAssertTrue(BookChecker.problems(in: saved).isEmpty)

        let duplicate = try rapport(["add", "contact", "--email", "ANNA@neri.it", "--data", book])
        XCTAssertEqual(duplicate.status, 1)
        XCTAssertTrue(duplicate.stderr.contains("con-000001 already has the email"), duplicate.stderr)
    }

    func testWritersReportABookInUse() throws {
        let book = try demo(self)
        let (store, _) = try BookStore.open(directory: book, mode: .readWrite)
        defer { store.close() }
        let run = try rapport(["add", "company", "--name", "Locked Ltd", "--data", book])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("is in use by"), run.stderr)
        // Readers need no lock.
        XCTAssertEqual(try rapport(["export", "json", "--data", book]).status, 0)
    }

    func testExportsAreDeterministicAndWellFormed() throws {
        let book = try demo(self)
        let json1 = try rapport(["export", "json", "--data", book])
        let json2 = try rapport(["export", "json", "--data", book])
        XCTAssertEqual(json1.stdout, json2.stdout)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json1.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((document["contacts"] as? [Any])?.count, 300)
        let vcard = try rapport(["export", "vcard", "--data", book])
        XCTAssertEqual(vcard.stdout.components(separatedBy: "BEGIN:VCARD\r\nVERSION:4.0\r\n").count - 1, 300)
        XCTAssertTrue(vcard.stdout.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 75 })
        let v3 = try rapport(["export", "vcard", "--version", "3", "--data", book])
        XCTAssertTrue(v3.stdout.hasPrefix("BEGIN:VCARD\r\nVERSION:3.0\r\n"))
    }

    /// The calendar file as a calendar library reads it (python's icalendar, installed by CI).
    func testICalendarExportParsesWithPythonIcalendar() throws {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import icalendar"]
        check.standardError = FileHandle.nullDevice
        do { try check.run() } catch { throw XCTSkip("python3 is not installed") }
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { throw XCTSkip("python3 has no icalendar module") }

        let book = try demo(self)
        let path = (book as NSString).deletingLastPathComponent + "/tasks.ics"
        XCTAssertEqual(try rapport(["export", "ics", "--data", book, "--out", path]).status, 0)
        let loaded = try BookStore.load(directory: book)
        let meetings = loaded.activities.all.filter { $0.taskType == .meeting && $0.dueDate != nil }.count
        let todos = loaded.activities.all.filter { $0.isTask }.count - meetings
        let script = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = cal.walk('VEVENT'); todos = cal.walk('VTODO')
        for c in events + todos:
            assert str(c['UID']).startswith('act-') and str(c['UID']).endswith('@rapport'), c['UID']
            assert c['DTSTAMP'].dt.isoformat() == '2026-11-22T12:00:00+00:00'
        for t in todos:
            assert str(t['STATUS']) in ('NEEDS-ACTION', 'COMPLETED')
            assert (str(t['STATUS']) == 'COMPLETED') == ('COMPLETED' in t)
        print(len(events), len(todos), sum(1 for e in events if 'DURATION' in e))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, errors)
        let counts = output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(counts.prefix(2), [meetings, todos][...])
        XCTAssertGreaterThan(meetings, 0)
    }
}
