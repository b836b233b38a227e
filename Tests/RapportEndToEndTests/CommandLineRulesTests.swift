import Foundation
import XCTest
import RapportCore

/// What `rapport` accepts is what `rapport check` accepts, options are never silently ignored,
/// listings have --json and keep names distinguishable, the wrong file is refused, and a reader
/// that goes away ends the program quietly (issue 13).
final class CommandLineRulesTests: XCTestCase {
    private let now = ["RAPPORT_NOW": "2026-11-22T12:00:00Z", "LC_ALL": "it_IT.UTF-8"]

    private func emptyBook() throws -> String {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["add", "company", "--name", "Acme", "--data", directory], environment: now).status, 0)
        return directory
    }

    // MARK: One rule per field

    func testValuesCheckRejectsAreRefusedByAdd() throws {
        let directory = try emptyBook()
        let cases: [[String]] = [
            ["add", "opportunity", "--title", "Fleet", "--amount", "-500"],
            ["add", "contact", "--email", "grace@"],
            ["add", "contact", "--first-name", " "],
        ]
        for arguments in cases {
            let run = try RapportBinary.run(arguments + ["--data", directory], environment: now)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("rapport: "), run.stderr)
        }
        let negative = try RapportBinary.run(cases[0] + ["--data", directory], environment: now)
        XCTAssertTrue(negative.stderr.contains(Messages.rulesAmountNegative.text), negative.stderr)
        let book = try BookStore.load(directory: directory)
        XCTAssertEqual(book.opportunities.count, 0)
        XCTAssertEqual(book.contacts.count, 0)
        let check = try RapportBinary.run(["check", "--data", directory])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    func testImportRefusesANegativeDealAmountAsCheckDoes() throws {
        let directory = try emptyBook()
        let file = directory + "/deals.csv"
        try Data("title,amount\nFleet,-500\n".utf8).write(to: URL(fileURLWithPath: file))
        let run = try RapportBinary.run(["import", "csv", file, "--kind", "opportunities", "--data", directory], environment: now)
        XCTAssertEqual(run.status, 1, run.stdout + run.stderr)
        XCTAssertTrue(run.stderr.contains(Messages.rulesAmountNegative.text), run.stderr)
        XCTAssertEqual(try BookStore.load(directory: directory).opportunities.count, 0)
    }

    // MARK: Dates

    func testDateFlagsReadWhatTheFormsRead() throws {
        let directory = try emptyBook()
        let dates: [(String, LocalDate)] = [
            ("+30", LocalDate(year: 2026, month: 12, day: 22)!), ("tomorrow", LocalDate(year: 2026, month: 11, day: 23)!),
            ("venerdì", LocalDate(year: 2026, month: 11, day: 27)!), ("31/12/2026", LocalDate(year: 2026, month: 12, day: 31)!),
            ("-1w", LocalDate(year: 2026, month: 11, day: 15)!),
        ]
        for (typed, _) in dates {
            let run = try RapportBinary.run(["add", "opportunity", "--title", "Deal \(typed)", "--amount", "100", "--close", typed,
                                             "--data", directory], environment: now)
            XCTAssertEqual(run.status, 0, "\(typed): \(run.stderr)")
        }
        let book = try BookStore.load(directory: directory)
        for (typed, expected) in dates {
            XCTAssertEqual(book.opportunities.all.first { $0.title == "Deal \(typed)" }?.expectedClose, expected, typed)
        }
        // A US locale reads month first.
        var us = now
        us["LC_ALL"] = "en_US.UTF-8"
        let american = try RapportBinary.run(["add", "task", "--type", "call", "--summary", "US", "--due", "12/31/2026",
                                              "--data", directory], environment: us)
        XCTAssertEqual(american.status, 0, american.stderr)
        let european = try RapportBinary.run(["add", "task", "--type", "call", "--summary", "EU", "--due", "12/31/2026",
                                              "--data", directory], environment: now)
        XCTAssertEqual(european.status, 2, "there is no 31st month")
        XCTAssertTrue(european.stderr.contains("--due takes a date"), european.stderr)
        let tasks = try BookStore.load(directory: directory).activities.all
        XCTAssertEqual(tasks.first { $0.summary == "US" }?.dueDate, LocalDate(year: 2026, month: 12, day: 31))
    }

    // MARK: Options

    func testNameSplitsIntoFirstAndLastName() throws {
        let directory = try emptyBook()
        let run = try RapportBinary.run(["add", "contact", "--name", "Grace Hopper", "--data", directory], environment: now)
        XCTAssertEqual(run.status, 0, run.stderr)
        let contact = try XCTUnwrap(try BookStore.load(directory: directory).contacts.all.first)
        XCTAssertEqual(contact.firstName, "Grace")
        XCTAssertEqual(contact.lastName, "Hopper")
        let both = try RapportBinary.run(["add", "contact", "--name", "Grace Hopper", "--first-name", "G", "--data", directory],
                                         environment: now)
        XCTAssertEqual(both.status, 2, both.stderr)
    }

    func testAnOptionTheActionDoesNotTakeIsRefusedByName() throws {
        let directory = try emptyBook()
        let cases: [([String], String)] = [
            (["add", "contact", "--first-name", "Ada", "--domain", "x.org"], "--domain"),
            (["add", "company", "--name", "Beta", "--email", "a@b.co"], "--email"),
            (["campaign", "list", "--channel", "email"], "--channel"),
            (["list", "contacts", "--frobnicate"], "--frobnicate"),
            (["rules", "list", "--dry-run"], "--dry-run"),
            (["template", "list", "--kind", "email"], "--kind"),
            (["import", "vcard", "x.vcf", "--delimiter", ";"], "--delimiter"),
        ]
        for (arguments, option) in cases {
            let run = try RapportBinary.run(arguments + ["--data", directory], environment: now)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.components(separatedBy: "\n")[0].contains(option), run.stderr)
        }
        XCTAssertEqual(try BookStore.load(directory: directory).contacts.count, 0)
    }

    // MARK: Listings

    func testEveryListingHasJSON() throws {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        for arguments in [["list", "contacts"], ["campaign", "list"], ["template", "list"], ["rules", "list"]] {
            let run = try RapportBinary.run(arguments + ["--json", "--data", directory], environment: now)
            XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
            let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
            XCTAssertFalse((parsed as? [Any] ?? []).isEmpty, "\(arguments)")
        }
        let campaigns = try RapportBinary.run(["campaign", "list", "--json", "--data", directory], environment: now)
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(campaigns.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.count, try BookStore.load(directory: directory).campaigns.count)
    }

    func testCampaignNamesStayDistinguishable() throws {
        let directory = try emptyBook()
        for year in [2025, 2026] {
            let run = try RapportBinary.run(["campaign", "add", "Spring loyalty mailing for customers \(year)", "--channel", "email",
                                             "--data", directory], environment: now)
            XCTAssertEqual(run.status, 0, run.stderr)
        }
        // Not a terminal and no $COLUMNS: names whole.
        let piped = try RapportBinary.run(["campaign", "list", "--data", directory], environment: now)
        XCTAssertTrue(piped.stdout.contains("Spring loyalty mailing for customers 2025"), piped.stdout)
        XCTAssertTrue(piped.stdout.contains("Spring loyalty mailing for customers 2026"), piped.stdout)
        // Narrow: cut in the middle, the years still show.
        var narrow = now
        narrow["COLUMNS"] = "70"
        let cut = try RapportBinary.run(["campaign", "list", "--data", directory], environment: narrow)
        let names = cut.stdout.split(separator: "\n").dropFirst(2).map { String($0) }
        XCTAssertEqual(names.count, 2, cut.stdout)
        XCTAssertTrue(names[0].contains("…") && names[0].contains("2025"), cut.stdout)
        XCTAssertTrue(names[1].contains("2026"), cut.stdout)
        XCTAssertTrue(names.allSatisfy { $0.count <= 70 }, cut.stdout)
    }

    // MARK: Imports

    func testTheWrongKindOfFileIsRefused() throws {
        let directory = try emptyBook()
        let csv = directory + "/contacts.csv"
        try Data("first_name,last_name,email\nGrace,Hopper,grace@navy.mil\n".utf8).write(to: URL(fileURLWithPath: csv))
        let vcf = directory + "/cards.vcf"
        try Data("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nEND:VCARD\r\n".utf8).write(to: URL(fileURLWithPath: vcf))
        let json = directory + "/people-export.json"
        try Data("[{\"name\": \"Grace\"}]\n".utf8).write(to: URL(fileURLWithPath: json))
        let cases: [([String], String)] = [
            (["import", "vcard", csv], "is not a vCard"),
            (["import", "vcard", json], "is not a vCard"),
            (["import", "csv", vcf, "--kind", "contacts"], "import vcard"),
            (["import", "csv", json, "--kind", "contacts"], "JSON"),
        ]
        for (arguments, expected) in cases {
            let run = try RapportBinary.run(arguments + ["--data", directory], environment: now)
            XCTAssertEqual(run.status, 1, "\(arguments): \(run.stdout)")
            XCTAssertTrue(run.stderr.contains(expected), run.stderr)
            XCTAssertFalse(run.stdout.contains("imported"), run.stdout)
        }
        XCTAssertEqual(try BookStore.load(directory: directory).contacts.count, 0)
        // The right files still import.
        XCTAssertEqual(try RapportBinary.run(["import", "vcard", vcf, "--data", directory], environment: now).status, 0)
        XCTAssertEqual(try RapportBinary.run(["import", "csv", csv, "--kind", "contacts", "--data", directory], environment: now).status, 0)
    }

    // MARK: Pipes

    /// `rapport list | head`: the reader closes early. Whether the parent left SIGPIPE alone
    /// (a shell) or ignored it (many runners), the program ends quietly, never with a crash report.
    func testAListingToAClosedPipeEndsQuietly() throws {
        let directory = try makeTemporaryDirectory(self)
        XCTAssertEqual(try RapportBinary.run(["demo", "--out", directory, "--as-of", "2026-11-22"]).status, 0)
        for ignore in [false, true] {
            for arguments in [["list", "contacts"], ["list", "activities", "--json"], ["export", "json"]] {
                var fds: [Int32] = [0, 0]
                XCTAssertEqual(pipe(&fds), 0)
                close(fds[0])  // the reader is gone before the first write
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                let trap = ignore ? "trap '' PIPE; " : ""
                process.arguments = ["-c", trap + "exec \"$0\" \"$@\"", RapportBinary.path] + arguments + ["--data", directory]
                process.standardOutput = FileHandle(fileDescriptor: fds[1], closeOnDealloc: true)
                let errors = Pipe()
                process.standardError = errors
                process.standardInput = FileHandle.nullDevice
                try process.run()
                let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                let quiet = process.terminationReason == .uncaughtSignal ? process.terminationStatus == SIGPIPE
                    : process.terminationStatus == 0 || process.terminationStatus == 141
                XCTAssertTrue(quiet, "\(arguments) ignore=\(ignore): \(process.terminationReason.rawValue) \(process.terminationStatus)")
                XCTAssertFalse(stderr.contains("rror") || stderr.contains("crash"), stderr)
            }
        }
    }
}

/// `rapport list --sort FIELD [--reverse]`, names folded as people read them.
final class ListSortTests: XCTestCase {
    func testSortByNameCreatedAndAColumn() throws {
        let directory = try makeTemporaryDirectory(self)
        let names = ["Lucas Martin", "Léa Petit", "Chloé Durand", "Céline Roux"]
        for (offset, name) in names.enumerated() {
            let now = ["RAPPORT_NOW": "2026-11-2\(offset + 1)T12:00:00Z"]
            XCTAssertEqual(try RapportBinary.run(["add", "contact", "--name", name, "--data", directory], environment: now).status, 0)
            XCTAssertEqual(try RapportBinary.run(["add", "opportunity", "--title", "Deal \(offset)", "--amount", "\([900, 10_000, 50, 1_000][offset])",
                                                  "--data", directory], environment: now).status, 0)
        }
        func column(_ arguments: [String], _ index: Int = 1) throws -> [String] {
            let run = try RapportBinary.run(["list"] + arguments + ["--data", directory])
            XCTAssertEqual(run.status, 0, run.stderr)
            return run.stdout.split(separator: "\n").dropFirst(2).map { line in
                line.components(separatedBy: "  ").filter { !$0.isEmpty }[index].trimmingCharacters(in: .whitespaces)
            }
        }
        XCTAssertEqual(try column(["contacts", "--sort", "name"]), ["Céline Roux", "Chloé Durand", "Léa Petit", "Lucas Martin"])
        XCTAssertEqual(try column(["contacts", "--sort", "name", "--reverse"]), ["Lucas Martin", "Léa Petit", "Chloé Durand", "Céline Roux"])
        XCTAssertEqual(try column(["contacts", "--sort", "created", "--reverse"]), names.reversed())
        XCTAssertEqual(try column(["contacts"]), names, "default: id order")
        // Amounts sort as numbers, not as their text.
        XCTAssertEqual(try column(["opportunities", "--sort", "amount"]), ["Deal 2", "Deal 0", "Deal 3", "Deal 1"])
        // JSON comes in the same order.
        let json = try RapportBinary.run(["list", "contacts", "--sort", "name", "--json", "--data", directory])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.compactMap { $0["firstName"] as? String }, ["Céline", "Chloé", "Léa", "Lucas"])
        let bad = try RapportBinary.run(["list", "contacts", "--sort", "shoe-size", "--data", directory])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--sort"), bad.stderr)
    }
}
