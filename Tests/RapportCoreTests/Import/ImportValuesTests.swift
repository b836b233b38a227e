import Foundation
import XCTest
@testable import RapportCore

final class ImportValuesTests: XCTestCase {
    func testEmailCheck() {
        for good in ["a@b.it", "giulia.rossi+crm@mail.example.co.uk", "x@y.z"] { XCTAssertTrue(ImportValues.looksLikeEmail(good), good) }
        for bad in ["", "a", "@b.it", "a@b", "a@b.", "a@.b", "a@@b.it", "a b@c.it", "a@b.it,c@d.it", "a@b..it"] {
            XCTAssertFalse(ImportValues.looksLikeEmail(bad), bad)
        }
    }

    func testTrimKeepsCleanCellsAndTrimsOthers() {
        XCTAssertEqual(ImportValues.trim("Zoé"), "Zoé")
        XCTAssertEqual(ImportValues.trim("  Zoé\u{00A0}"), "Zoé")
        XCTAssertEqual(ImportValues.trim("é "), "é")
        XCTAssertEqual(ImportValues.trim(""), "")
    }

    func testDates() throws {
        func parse(_ text: String, _ order: DayOrder = .dayFirst) -> String? {
            ImportDateParser.parse(text, order: order).map { d in
                d.date.description + (d.secondsOfDay.map { " \($0)" } ?? "") + (d.utcOffset.map { " \($0)" } ?? "")
            }
        }
        XCTAssertEqual(parse("2026-11-22"), "2026-11-22")
        XCTAssertEqual(parse("2026/11/22"), "2026-11-22")
        XCTAssertEqual(parse("22.11.2026"), "2026-11-22")
        XCTAssertEqual(parse("11/22/2026", .monthFirst), "2026-11-22")
        XCTAssertEqual(parse("2026-11-22T09:30:00Z"), "2026-11-22 34200 0")
        XCTAssertEqual(parse("2026-11-22T10:30:00.000+0100"), "2026-11-22 37800 3600")
        XCTAssertEqual(parse("2026-11-22 09:30"), "2026-11-22 34200")
        XCTAssertEqual(parse("11/22/2026 9:30 PM", .monthFirst), "2026-11-22 77400")
        for bad in ["", "22/11/26", "2026-02-30", "2026-11-22T25:00", "tomorrow", "2026-11-22Tnoon"] { XCTAssertNil(parse(bad), bad) }
    }

    func testSplittingNamesAndTags() {
        XCTAssertTrue(ImportValues.splitFullName("Giulia Rossi") == ("Giulia", "Rossi"))
        XCTAssertTrue(ImportValues.splitFullName("Rossi, Giulia") == ("Giulia", "Rossi"))
        XCTAssertTrue(ImportValues.splitFullName("Cher") == ("Cher", ""))
        XCTAssertEqual(ImportValues.tags("vip; b2b,VIP, ,* starred ::: Friends"), ["vip", "b2b", "Friends"])
    }

    func testSeveralValuesInACellAndGooglesLabels() {
        XCTAssertEqual(ImportValues.multipleValues(" a@x.it ::: b@x.it :::  "), ["a@x.it", "b@x.it"])
        XCTAssertEqual(ImportValues.multipleValues(" +39 02 1 "), ["+39 02 1"])
        XCTAssertEqual(ImportValues.multipleValues("   "), [])
        XCTAssertEqual(ImportValues.multipleValues("10:30"), ["10:30"])
        XCTAssertTrue(ContactLabels.imported("* Work") == ("work", true))
        XCTAssertTrue(ContactLabels.imported("Work Fax") == ("work fax", false))
        XCTAssertTrue(ContactLabels.imported("*") == ("", true))
        XCTAssertTrue(ContactLabels.imported(" Studio ") == ("Studio", false))
        XCTAssertEqual(ContactLabels.exported("mobile", isPrimary: true), "* Mobile")
        XCTAssertEqual(ContactLabels.exported("Studio", isPrimary: false), "Studio")
        XCTAssertEqual(ContactLabels.exported("", isPrimary: true), "", "a blank label stays blank")
        for label in ContactLabels.standard.keys {
            XCTAssertTrue(ContactLabels.imported(ContactLabels.exported(label, isPrimary: true)) == (label, true), label)
        }
    }
}
