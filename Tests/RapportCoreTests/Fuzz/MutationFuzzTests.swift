import Foundation
import XCTest
@testable import RapportCore

/// A short, seeded mutation-fuzz run of every format Rapport reads or writes, inside `swift
/// test` (the long run is scripts/fuzz.sh, on the real binary). Each input is generated from a
/// realistic seed below, bounded in size, and handled in-process: the test process surviving
/// is the "no crash" assertion; on top, every error must be clean (a short message, with a
/// line for files) and a book that fails to load must be left byte for byte as it was.
final class MutationFuzzTests: XCTestCase {
    static let iterations = 240
    /// Longest message an import or load may give: the cap is 1,000 characters per issue.
    static let messageLimit = 1_200

    static let csvSeeds: [(ImportKind, String)] = [
        (.contacts, "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Birthday,Labels\r\n"
            + "Giulia,Rossi,* Work,giulia@rossi.it,+39 333 123 4567,Tessitura Rossi,1980-04-03,vip ::: * myContacts\r\n"
            + "Zoé,\"Lefèvre, \"\"Z\"\"\",Home,zoe@x.fr,,\"Multi\nline\",03/04/1990,\r\n"),
        (.contacts, "nome;cognome;email;telefono;città;note\nMario;Bianchi;mario@b.it;02 1234;Milano;\"a;b\"\n"),
        (.opportunities, "title,email,company,stage,status,amount,currency,probability,expected_close\r\n"
            + "Annual licence,giulia@rossi.it,Rossi,Proposal,open,\"12.000,50\",EUR,40%,2026-12-01\r\n'=1+1,,,,won,-12.50,,,\r\n"),
        (.activities, "email,type,channel,direction,date,due,time,done,summary,notes\r\n"
            + "giulia@rossi.it,call,,,,2026-11-23,09:30,no,Follow-up,\r\nzoe@x.fr,,email,in,2026-11-20T10:00:00Z,,,,Asked,\r\n"),
        (.purchases, "email,date,amount,currency,product,category\r\ngiulia@rossi.it,2026-11-01,99.90,EUR,Scarf,textiles\r\n"),
        (.surveys, "email,date,score,comment\r\ngiulia@rossi.it,2026-11-02,9,Great\r\n"),
    ]

    static let vcardSeeds: [String] = [
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Giulia;;;\r\nFN:Giulia Rossi\r\nEMAIL;TYPE=INTERNET,WORK,PREF:giulia@rossi.it\r\n"
            + "TEL;TYPE=CELL:+39 333 123 4567\r\nORG:Tessitura Rossi\r\nNOTE:first line\\nsecond\\, with comma\r\n  folded\r\n"
            + "ADR;TYPE=WORK:;;Via Roma 1;Milano;MI;20100;Italy\r\nBDAY:1980-04-03\r\nCATEGORIES:vip,clients\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;Zo=C3=A9;;;\r\n"
            + "EMAIL;INTERNET:zoe@x.fr\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n AAAQABAAD\r\n\r\n"
            + "AGENT:BEGIN:VCARD\r\nFN:Agent\r\nEND:VCARD\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\nVERSION:4.0\nFN:Piet\nitem1.EMAIL:piet@x.nl\nitem1.X-ABLabel:Studio\nTEL;VALUE=uri:tel:+31-4\nEND:VCARD\n",
    ]

    private func assertClean(_ issues: [ImportIssue], _ context: String) {
        for issue in issues {
            XCTAssertFalse(issue.message.isEmpty, context)
            XCTAssertLessThanOrEqual(issue.message.count, Self.messageLimit, "\(context): \(issue.message.prefix(200))")
            XCTAssertGreaterThanOrEqual(issue.line, 1, context)
        }
    }

    func testCSVImportsOfMutatedFilesEndCleanly() {
        var mutator = ByteMutator(seed: 15_001)
        let book = SampleBook.make()
        for iteration in 0..<Self.iterations {
            let (kind, seed) = Self.csvSeeds[iteration % Self.csvSeeds.count]
            let input = mutator.mutate(Array(seed.utf8))
            let context = "csv \(iteration) \(kind): \(String(decoding: input.prefix(120), as: UTF8.self).debugDescription)"
            do {
                let result = try CSVImporter.run(Data(input), into: book, options: CSVImportOptions(
                    kind: kind, fileName: "fuzz.csv", now: importNow, timeZone: utc))
                assertClean(result.invalid + result.warnings, context)
                // What was imported exports and reads back without trouble.
                _ = CSVReader().read(CSVExporter.data(kind, of: result.book))
            } catch {
                XCTAssertFalse(error.issues.isEmpty, context)
                assertClean(error.issues, context)
            }
        }
        XCTAssertEqual(book, SampleBook.make(), "the book handed in is never changed")
    }

    func testVCardImportsOfMutatedFilesEndCleanly() {
        var mutator = ByteMutator(seed: 15_002)
        let book = SampleBook.make()
        for iteration in 0..<Self.iterations {
            let input = mutator.mutate(Array(Self.vcardSeeds[iteration % Self.vcardSeeds.count].utf8))
            let result = VCardImporter.run(Data(input), into: book, fileName: "fuzz.vcf", now: importNow, timeZone: utc)
            assertClean(result.invalid + result.warnings, "vcard \(iteration)")
            // Whatever was read passes the header rule: it may go into a campaign email.
            for contact in result.book.contacts.all where book.contacts[contact.id] == nil {
                XCTAssertTrue(contact.emails.allSatisfy { HeaderSafeText.isValidEmailAddress($0.value) }, "vcard \(iteration)")
                XCTAssertTrue(HeaderSafeText.isSafe(contact.firstName) && HeaderSafeText.isSafe(contact.lastName), "vcard \(iteration)")
            }
        }
    }

    /// A book whose files are mutated either loads or stops with `FILE:LINE:COLUMN: what`, and
    /// the files are left exactly as they were.
    func testMutatedBookFilesLoadOrFailCleanlyAndAreNeverTouched() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (store, _) = try BookStore.open(directory: directory)
        _ = try store.save(SampleBook.make(), force: true)
        store.close()
        let collections: [BookCollection] = [.contacts, .opportunities, .activities, .settings, .companies]
        var originals: [String: [UInt8]] = [:]
        for collection in collections {
            originals[collection.fileName] = try XCTUnwrap(FileSystem.read(DataDirectory.join(directory, collection.fileName)))
        }
        var mutator = ByteMutator(seed: 15_003)
        var failures = 0
        for iteration in 0..<(Self.iterations / 2) {
            let collection = collections[iteration % collections.count]
            let path = DataDirectory.join(directory, collection.fileName)
            let mutated = mutator.mutate(originals[collection.fileName] ?? [])
            try Data(mutated).write(to: URL(fileURLWithPath: path))
            do {
                _ = try BookStore.load(directory: directory)
            } catch {
                failures += 1
                XCTAssertLessThanOrEqual(error.description.count, Self.messageLimit, "book \(iteration): \(error.description.prefix(200))")
                XCTAssertTrue(error.description.contains(collection.fileName), "book \(iteration): \(error.description.prefix(200))")
            }
            XCTAssertEqual(try FileSystem.read(path), mutated, "book \(iteration): a load never rewrites a file")
            try Data(originals[collection.fileName] ?? []).write(to: URL(fileURLWithPath: path))
        }
        XCTAssertGreaterThan(failures, 0, "the mutations do break files")
    }

    /// Rapport writes mail, it does not read it: the fuzzed inputs are the values a message is
    /// made of, and the check is an independent reading of the header the writer produced.
    func testMailMadeOfMutatedValuesKeepsItsHeaders() {
        var mutator = ByteMutator(seed: 15_004, maximumSize: 2_048)
        let expected = ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
                        "X-Rapport-Campaign"]
        for iteration in 0..<Self.iterations {
            let message = EmailMessage(
                from: Mailbox(name: mutator.mutate("Negozio \"Città\" <shop>"), address: mutator.mutate("shop@x.test")),
                to: Mailbox(name: mutator.mutate("Zoé Lefèvre-D'Arc"), address: mutator.mutate("zoe@x.fr")),
                subject: mutator.mutate("=?UTF-8?B?x?= Prix réduits ☀️ pour l’été, -30%"), body: mutator.mutate("Ciao,\n.\nfine"),
                date: importNow, messageID: mutator.mutate("<cmp-000001.con-000001.1@x.test>"),
                extraHeaders: [("X-Rapport-Campaign", mutator.mutate("Black Friday"))])
            let text = message.text
            guard let end = text.range(of: "\r\n\r\n") else { return XCTFail("mail \(iteration): no end of header") }
            let header = String(text[..<end.lowerBound])
            let lines = header.components(separatedBy: "\r\n")
            XCTAssertFalse(lines.contains { $0.contains("\r") || $0.contains("\n") }, "mail \(iteration): a lone CR or LF")
            for line in lines where line.utf8.count > 998 { XCTFail("mail \(iteration): over RFC 5322's 998: \(line.prefix(60))") }
            XCTAssertEqual(lines.filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }, expected, "mail \(iteration)")
            XCTAssertFalse(lines.contains { $0.hasPrefix(" ") && $0.trimmingCharacters(in: .whitespaces).isEmpty }, "mail \(iteration): empty fold")
        }
    }

    /// The same for calendars: mutated activities give lines of at most 75 octets, CRLF ended,
    /// with no bare CR or LF, and balanced BEGIN/END.
    func testCalendarsMadeOfMutatedActivitiesStayWellFormed() throws {
        var mutator = ByteMutator(seed: 15_005, maximumSize: 4_096)
        let base = SampleBook.make()
        for iteration in 0..<(Self.iterations / 2) {
            var book = base
            for var activity in base.activities.all {
                activity.summary = mutator.mutate(activity.summary + " ; , \\ : é")
                activity.notes = mutator.mutate("Agenda:\n1. prices\r\n2. dates ☀️")
                book.activities.upsert(activity)
            }
            let text = ICalendarExporter.string(of: book, now: importNow, timeZone: utc)
            XCTAssertTrue(text.hasSuffix("\r\n"), "ics \(iteration)")
            let lines = text.components(separatedBy: "\r\n").dropLast()
            var depth = 0
            for line in lines {
                XCTAssertFalse(line.contains("\r") || line.contains("\n"), "ics \(iteration): \(line.debugDescription)")
                XCTAssertLessThanOrEqual(line.utf8.count, 75, "ics \(iteration): \(line.debugDescription)")
                if line.hasPrefix("BEGIN:") { depth += 1 }
                if line.hasPrefix("END:") { depth -= 1 }
                XCTAssertGreaterThanOrEqual(depth, 0, "ics \(iteration)")
            }
            XCTAssertEqual(depth, 0, "ics \(iteration)")
        }
    }
}
