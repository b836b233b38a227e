import XCTest
@testable import RapportCore

final class CatalogueTests: XCTestCase {
    func testEveryMessageKeyIsUnique() {
        var seen: [String: String] = [:]
        for message in Messages.all {
            if let earlier = seen[message.key] {
                XCTFail("key \(message.key) is used by both \"\(earlier)\" and \"\(message.english)\"")
            }
            seen[message.key] = message.english
        }
    }

    func testSingularAndPluralFilledByName() {
        let catalogue = Catalogue()
        let message = Message("test.matches", "{count} match for {query}", plural: "{count} matches for {query}")
        XCTAssertEqual(catalogue.text(for: message, arguments: ["count": 1, "query": "rossi"]), "1 match for rossi")
        XCTAssertEqual(catalogue.text(for: message, arguments: ["count": 0, "query": "rossi"]), "0 matches for rossi")
        XCTAssertEqual(catalogue.text(for: message, arguments: ["count": 12, "query": "x"]), "12 matches for x")
    }

    func testTranslationReordersPlaceholdersAndFrenchSingularCoversZero() {
        let catalogue = Catalogue()
        let message = Message("test.moved", "{count} deal moved to {stage}", plural: "{count} deals moved to {stage}")
        catalogue.register(.french, ["test.moved": .init("{stage} : {count} affaire déplacée", plural: "{stage} : {count} affaires déplacées")])
        catalogue.language = .french
        XCTAssertEqual(catalogue.text(for: message, arguments: ["count": 0, "stage": "Gagné"]), "Gagné : 0 affaire déplacée")
        XCTAssertEqual(catalogue.text(for: message, arguments: ["count": 2, "stage": "Gagné"]), "Gagné : 2 affaires déplacées")
    }

    func testMissingTranslationFallsBackToEnglishAndUnknownPlaceholderStays() {
        let catalogue = Catalogue()
        catalogue.language = .italian
        let message = Message("test.hello", "Hello {name}, {missing}")
        XCTAssertEqual(catalogue.text(for: message, arguments: ["name": "Lucia"]), "Hello Lucia, {missing}")
    }
}
