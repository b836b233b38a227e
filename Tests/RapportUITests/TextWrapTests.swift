import XCTest
import RapportCanvas
import RapportUI

final class TextWrapTests: XCTestCase {
    func testWrapsAtWordsByDisplayWidth() {
        XCTAssertEqual(TextWrap.wrap("the quick brown fox", width: 10), ["the quick", "brown fox"])
        XCTAssertEqual(TextWrap.wrap("漢字 漢字漢字", width: 6), ["漢字", "漢字漢", "字"])
    }

    func testKeepsParagraphsAndBreaksLongWords() {
        XCTAssertEqual(TextWrap.wrap("a\n\nb", width: 5), ["a", "", "b"])
        XCTAssertEqual(TextWrap.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    }

    func testEveryLineFits() {
        let text = "Ame\u{0301}lie 👍🏽 渡辺さんと会議。価格について話しました。 supercalifragilistic"
        for width in 1...20 {
            for line in TextWrap.wrap(text, width: width) {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), max(width, 2), "width \(width): \(line)")
            }
        }
    }
}
