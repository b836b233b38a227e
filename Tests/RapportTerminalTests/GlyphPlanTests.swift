import XCTest
import RapportCanvas
@testable import RapportTerminal

final class GlyphPlanTests: XCTestCase {
    /// A stand-in for glibc's wcwidth with the disagreements that matter.
    private func fakeWcwidth(_ value: UInt32) -> Int {
        switch value {
        case 0x0301, 0x200D, 0xFE0F, 0x20E3: return 0
        case 0x1F1E6...0x1F1FF: return 1  // regional indicators
        case 0x2764, 0x1F3F3: return 1  // text-default emoji
        case 0x1FAE8: return -1  // newer than the C library
        case 0x1F44D, 0x1F3FD, 0x1F308, 0x6F22: return 2
        default: return 1
        }
    }

    private func plan(_ grapheme: String, _ width: Int) -> [GlyphPlan.Piece] {
        GlyphPlan.pieces(for: grapheme, width: width, wcwidth: fakeWcwidth)
    }

    func testPlainAndCombining() {
        XCTAssertEqual(plan("a", 1), [.init(offset: 0, scalars: [0x61])])
        XCTAssertEqual(plan("e\u{0301}", 1), [.init(offset: 0, scalars: [0x65, 0x301])])
        XCTAssertEqual(plan("漢", 2), [.init(offset: 0, scalars: [0x6F22])])
    }

    func testSkinToneModifierIsDroppedButWidthKept() {
        XCTAssertEqual(plan("👍🏽", 2), [.init(offset: 0, scalars: [0x1F44D])])
    }

    func testFlagsAreDrawnAsTwoIndicators() {
        XCTAssertEqual(plan("🇫🇷", 2), [.init(offset: 0, scalars: [0x1F1EB]), .init(offset: 1, scalars: [0x1F1F7])])
    }

    func testEmojiPresentationTheCLibraryThinksNarrowIsPadded() {
        XCTAssertEqual(plan("❤️", 2), [.init(offset: 0, scalars: [0x2764]), .init(offset: 1, scalars: [0x20])])
        XCTAssertEqual(plan("🏳️‍🌈", 2), [.init(offset: 0, scalars: [0x1F3F3]), .init(offset: 1, scalars: [0x20])])
    }

    func testUnknownToTheCLibraryBecomesReplacement() {
        XCTAssertEqual(plan("\u{1FAE8}", 2), [.init(offset: 0, scalars: [0xFFFD]), .init(offset: 1, scalars: [0x20])])
    }

    func testWiderForTheCLibraryThanForUsBecomesReplacement() {
        XCTAssertEqual(plan("漢", 1), [.init(offset: 0, scalars: [0xFFFD])])
    }

    func testEveryPlanCoversExactlyTheCellWidth() {
        for (grapheme, width) in [("a", 1), ("漢", 2), ("👍🏽", 2), ("🇫🇷", 2), ("❤️", 2), ("\u{1FAE8}", 2), ("1️⃣", 2)] {
            let pieces = plan(grapheme, width)
            let covered = pieces.reduce(0) { total, piece in
                total + max(1, piece.scalars.first.map(fakeWcwidth) ?? 1)
            }
            XCTAssertEqual(covered, width, grapheme)
            XCTAssertTrue(pieces.allSatisfy { $0.scalars.count <= GlyphPlan.maxScalarsPerCell })
        }
    }
}
