import XCTest
@testable import RapportCore

final class CSVHeaderTests: XCTestCase {
    func testNormalizeFoldsCaseSpacesPunctuationAndAccents() {
        XCTAssertEqual(CSVHeader.normalize("First Name"), "firstname")
        XCTAssertEqual(CSVHeader.normalize("first_name"), "firstname")
        XCTAssertEqual(CSVHeader.normalize(" FIRST-NAME "), "firstname")
        XCTAssertEqual(CSVHeader.normalize("Prénom"), "prenom")
        XCTAssertEqual(CSVHeader.normalize("E-mail Address 2"), "emailaddress2")
        XCTAssertEqual(CSVHeader.normalize("Téléphone (mobile)"), "telephonemobile")
        // Foundation's case folding is full Unicode folding: ß becomes ss.
        XCTAssertEqual(CSVHeader.normalize("Straße"), "strasse")
    }

    func testIndexOfAnyAlias() {
        let header = CSVHeader(["Given Name", "Family Name", "E-mail 1 - Value"])
        XCTAssertEqual(header.index(ofAnyOf: ["first name", "given_name"]), 0)
        XCTAssertEqual(header.index(ofAnyOf: ["email", "E-mail 1 - Value"]), 2)
        XCTAssertNil(header.index(ofAnyOf: ["company"]))
    }
}
