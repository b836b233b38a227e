import Foundation
import XCTest
@testable import RapportCore

/// The saved views' list in the settings: pure edits, and how the settings file stores them.
final class SavedViewsSettingsTests: XCTestCase {
    private let hot = SavedView(name: "Hot leads Milano", screen: .contacts, filter: SavedViewFilter(search: "milano", stage: "lead"),
                                sort: SavedViewSort(field: "lastInteraction", ascending: false))

    func testSaveReplacesTheSameNameOnTheSameScreenOnly() {
        var settings = Settings()
        settings.save(hot)
        settings.save(SavedView(name: "hot leads milano", screen: .board, filter: SavedViewFilter(search: "x")))
        XCTAssertEqual(settings.savedViews?.count, 2, "the board's view of the same name is another view")
        var replacement = hot
        replacement.filter = SavedViewFilter(tag: "vip")
        settings.save(replacement)
        XCTAssertEqual(settings.savedViews(for: .contacts), [replacement])
        XCTAssertEqual(settings.savedView(named: "  HOT leads milano ", screen: .contacts), replacement)
    }

    func testRenameAndDelete() {
        var settings = Settings()
        settings.save(hot)
        settings.renameSavedView("hot leads milano", to: "Milano", screen: .contacts)
        XCTAssertEqual(settings.savedViews?.map(\.name), ["Milano"])
        settings.deleteSavedView("milano", screen: .board)
        XCTAssertEqual(settings.savedViews?.count, 1, "another screen's delete leaves it")
        settings.deleteSavedView("milano", screen: .contacts)
        XCTAssertNil(settings.savedViews, "no views: the key is absent, as in a book that never had one")
    }

    func testEmptyFilterValuesAreAbsent() {
        XCTAssertEqual(SavedViewFilter(search: "", tag: ""), SavedViewFilter())
    }

    func testTheSettingsFileHasNoKeyWithoutViewsAndRoundTripsThem() throws {
        let plain = String(decoding: try CollectionCoding.encodeSettings(Settings()), as: UTF8.self)
        XCTAssertFalse(plain.contains("savedViews"))
        var settings = Settings()
        settings.save(hot)
        let bytes = try CollectionCoding.encodeSettings(settings)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("\"savedViews\""))
        XCTAssertTrue(text.contains("\"lastInteraction\""))
        XCTAssertEqual(try CollectionCoding.decodeSettings(from: bytes, path: "settings.json"), settings)
    }

    func testABookWithoutViewsLoadsUnchangedAndKeepsThemAfterASave() throws {
        let directory = NSTemporaryDirectory() + "saved-views-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try BookStore.write(Book(), to: directory)
        let before = try String(contentsOfFile: directory + "/settings.json", encoding: .utf8)
        var book = try BookStore.load(directory: directory)
        XCTAssertNil(book.settings.savedViews)
        book.settings.save(hot)
        try BookStore.write(book, to: directory)
        XCTAssertEqual(try BookStore.load(directory: directory).settings.savedViews, [hot])
        book.settings.deleteSavedView(hot.name, screen: .contacts)
        try BookStore.write(book, to: directory)
        XCTAssertEqual(try String(contentsOfFile: directory + "/settings.json", encoding: .utf8), before)
    }

    func testSummaries() {
        XCTAssertEqual(hot.filterSummary, "\"milano\" · stage lead")
        XCTAssertEqual(hot.sortSummary, "lastInteraction ↓")
        XCTAssertEqual(SavedView(name: "All", screen: .companies).filterSummary, "everything")
    }
}
