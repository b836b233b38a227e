import XCTest
@testable import RapportCore

/// The one accent folding of the CRM: search, sorting, audience filters, CSV headers, demo
/// slugs and ASCII report output all fold through `TextFolding`.
final class TextFoldingTests: XCTestCase {
    func testFoldsCaseAccentsAndLigatures() {
        XCTAssertEqual(TextFolding.fold("à"), "a")
        XCTAssertEqual(TextFolding.fold("É"), "e")
        XCTAssertEqual(TextFolding.fold("Straße ẞ"), "strasse ss")
        XCTAssertEqual(TextFolding.fold("Œuvre cœur"), "oeuvre coeur")
        XCTAssertEqual(TextFolding.fold("Æsir"), "aesir")
        XCTAssertEqual(TextFolding.fold("Łódź Ørsted Þór"), "lodz orsted thor")
        XCTAssertEqual(TextFolding.fold("e\u{301}te\u{301}"), "ete", "combining marks typed apart are dropped")
        XCTAssertEqual(TextFolding.fold("日本語 👍🏽"), "日本語 👍🏽")
    }

    func testKeepingCaseAndWidths() {
        XCTAssertEqual(TextFolding.fold("Émile Ørsted Æ ß", keepingCase: true), "Emile Orsted AE ss")
        XCTAssertEqual(TextFolding.fold("ＥＭＡＩＬ", keepingCase: false, widths: true), "email")
        XCTAssertEqual(TextFolding.fold("ＥＭＡＩＬ"), "ｅｍａｉｌ", "widths only when asked")
        XCTAssertEqual(TextFolding.fold("Ａ\u{3000}Ｂ", keepingCase: true, widths: true), "A B")
    }

    func testTheCallersFoldAlike() {
        XCTAssertEqual(AudienceFilter.fold(" Zürich "), "zurich")
        XCTAssertEqual(CSVHeader.normalize("ＥＭＡＩＬ Straße"), "emailstrasse")
        XCTAssertEqual(DemoGeneratorText.slug("Niccolò D'Amico"), "niccolo-damico")
    }
}
