import Foundation
import XCTest
@testable import RapportCore

/// Issue 15, item 10: a hostile file gives a few short messages, not millions of long ones.
final class UnboundedMessagesTests: XCTestCase {
    func testRepeatedIssuesAreCappedPerKindWithACount() {
        var issues = (1...50_000).map { ImportIssue(file: "in.vcf", line: $0 + 3, message: "skipped a line that is not a property: ^@") }
        issues.insert(ImportIssue(file: "in.vcf", line: 2, message: "email \"a\" is not an email address"), at: 10)
        issues += (1...30).map { ImportIssue(file: "in.vcf", line: $0, message: "email \"b\($0)\" is not an email address") }
        let capped = ImportIssueCap.capped(issues)
        XCTAssertEqual(capped.shown.count, 40)
        XCTAssertEqual(capped.shown[10].line, 2, "order is kept")
        XCTAssertEqual(capped.omitted.map(\.count), [49_980, 11])
        XCTAssertEqual(ImportIssueCap.line(capped.omitted[0], warning: true),
                       "… and 49980 more warnings like this one: in.vcf:24: skipped a line that is not a property: ^@")
        XCTAssertEqual(ImportIssueCap.capped(Array(issues.prefix(20))).omitted, [])
    }

    func testAHeaderOfManyEmptyColumnsGivesAShortError() {
        let csv = String(repeating: ",", count: 200_000) + "\n"
        XCTAssertThrowsError(try importCSV(csv, kind: .contacts)) { error in
            let message = (error as? ImportFailure)?.description ?? ""
            XCTAssertLessThan(message.count, 500, String(message.prefix(500)))
            XCTAssertTrue(message.contains("… and 199981 more"), String(message.prefix(500)))
        }
    }

    func testIgnoredColumnsAndValuesInMessagesAreCut() throws {
        let header = "email," + (1...500).map { "extra\($0)" }.joined(separator: ",")
        let huge = String(repeating: "\u{1B}[2J", count: 100_000)
        let result = try importCSV(header + "\n" + huge + "\n", kind: .contacts)
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertLessThan(result.warnings[0].message.count, 1_200)
        XCTAssertTrue(result.warnings[0].message.hasSuffix("… and 480 more"), result.warnings[0].message)
        XCTAssertEqual(result.invalid.count, 1)
        XCTAssertLessThan(result.invalid[0].message.count, 200, result.invalid[0].message)
        XCTAssertFalse(result.invalid[0].message.contains("\u{1B}"))
    }

    func testAVCardOfNULLinesAndFoldsIsReadWithBoundedMessages() {
        let lines = String(repeating: "\u{0}\r\n", count: 20_000)
        let folds = String(repeating: "\r\n \u{0}x", count: 20_000)
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\n" + lines + "NOTE:n" + folds + "\r\nEND:VCARD\r\n"
        let result = VCardImporter.run(Data(text.utf8), into: Book(), fileName: "in.vcf", now: importNow, timeZone: utc)
        XCTAssertEqual(result.book.contacts.all.first?.notes.count, 1 + 40_000, "every fold is joined")
        XCTAssertEqual(result.warnings.count, 20_000)
        XCTAssertTrue(result.warnings.allSatisfy { $0.message.count < 100 })
        XCTAssertEqual(ImportIssueCap.capped(result.warnings).shown.count, 20)
    }
}

final class ShortenedMessageTests: XCTestCase {
    func testEveryImportMessageCutsTheValuesItQuotes() throws {
        let huge = String(repeating: "9", count: 1_000_000)
        let result = try importCSV("email,created_at,marketing_consent\na@x.test,\(huge),\(huge)\n", kind: .contacts)
        XCTAssertEqual(result.invalid.count, 2)
        for issue in result.invalid {
            XCTAssertLessThan(issue.message.count, 200, issue.message)
            XCTAssertTrue(issue.message.contains("…\" is not"), issue.message)
        }
        XCTAssertEqual(MessageValue.shortened("a \"b\" c"), "a \"b\" c")
        XCTAssertEqual(MessageValue.shortened(String(repeating: "x", count: 5_000)).count, 1_000)
    }
}
