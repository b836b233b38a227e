import XCTest
@testable import RapportCanvas
@testable import RapportUI

final class DisplayWidthTests: XCTestCase {
    func testASCIIIsOneColumnEach() {
        XCTAssertEqual(DisplayWidth.of("Hello, world"), 12)
        XCTAssertEqual(DisplayWidth.of(Character("a")), 1)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testEastAsianWideAndFullwidthTakeTwo() {
        XCTAssertEqual(DisplayWidth.of("漢字"), 4)
        XCTAssertEqual(DisplayWidth.of("カタカナ"), 8)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth Latin")
        XCTAssertEqual(DisplayWidth.of("\u{3000}"), 2, "ideographic space")
        XCTAssertEqual(DisplayWidth.of("\u{20000}"), 2, "CJK extension B")
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1, "halfwidth katakana stays narrow")
    }

    func testCombiningMarksTakeNoColumn() {
        let decomposed = "e\u{0301}"  // e + combining acute
        XCTAssertEqual(decomposed.count, 1)
        XCTAssertEqual(DisplayWidth.of(decomposed), 1)
        XCTAssertEqual(DisplayWidth.of("Ame\u{0301}lie"), 6)
        XCTAssertEqual(DisplayWidth.of("\u{0301}"), 0, "a lone combining mark")
        XCTAssertEqual(DisplayWidth.width(of: "\u{200B}"), 0, "zero width space")
        XCTAssertEqual(DisplayWidth.width(of: "\u{200D}"), 0, "zero width joiner")
    }

    func testEmojiTakeTwo() {
        XCTAssertEqual(DisplayWidth.of("👍"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "skin tone modifier")
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2, "ZWJ family")
        XCTAssertEqual(DisplayWidth.of("🏳️‍🌈"), 2, "ZWJ flag with VS16")
        XCTAssertEqual(DisplayWidth.of("🇫🇷"), 2, "regional indicator flag")
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "text-default emoji with VS16")
        XCTAssertEqual(DisplayWidth.of("❤"), 1, "text-default emoji without VS16")
        XCTAssertEqual(DisplayWidth.of("1️⃣"), 2, "keycap")
        XCTAssertEqual(DisplayWidth.of("⌚"), 2, "emoji presentation in the BMP")
        XCTAssertEqual(DisplayWidth.of("❤\u{FE0E}"), 1, "text presentation of a text-default emoji")
        XCTAssertEqual(DisplayWidth.of("👍\u{FE0E}"), 2, "terminals keep default-emoji wide despite VS15")
    }

    func testControlsTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of(Character("\u{7}")), 0)
        XCTAssertEqual(DisplayWidth.of(Character("\u{1B}")), 0)
        XCTAssertEqual(DisplayWidth.of(Character("\u{85}")), 0)
    }

    func testSymbolsAndBoxDrawingAreNarrow() {
        XCTAssertEqual(DisplayWidth.of("─│┌…▲▼█▏"), 8)
        XCTAssertEqual(DisplayWidth.of("€£¥"), 3)
    }

    func testRangeTableIsSortedAndDisjoint() {
        for (previous, next) in zip(EastAsianWide.ranges, EastAsianWide.ranges.dropFirst()) {
            XCTAssertLessThan(previous.upperBound, next.lowerBound, "\(previous) then \(next)")
        }
    }
}
