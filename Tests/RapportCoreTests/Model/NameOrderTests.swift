import XCTest
@testable import RapportCore

final class NameOrderTests: XCTestCase {
    func testNamesSortAsPeopleReadThem() {
        let names = ["Lucas", "Léa", "Chloé", "Céline", "laura", "Émile", "Eva", "Zoë", "zack"]
        XCTAssertEqual(names.sorted(by: NameOrder.precedes),
                       ["Céline", "Chloé", "Émile", "Eva", "laura", "Léa", "Lucas", "zack", "Zoë"])
    }

    func testNamesThatFoldAlikeKeepAStableOrder() {
        XCTAssertTrue(NameOrder.precedes("Lea", "Léa"))
        XCTAssertFalse(NameOrder.precedes("Léa", "Lea"))
        XCTAssertFalse(NameOrder.precedes("Léa", "Léa"))
    }

    func testFolding() {
        XCTAssertEqual(TextFolding.fold("Chloé Øster-Straße"), "chloe oster-strasse")
    }
}
