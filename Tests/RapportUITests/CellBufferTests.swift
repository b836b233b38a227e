import XCTest
import RapportCanvas
import RapportUI

final class CellBufferTests: XCTestCase {
    func testWriteFitsAndReportsColumns() {
        var buffer = CellBuffer(width: 10, height: 1)
        let written = buffer.write("Hello", at: 2, y: 0, style: .accent)
        XCTAssertEqual(written, 5)
        XCTAssertEqual(buffer.lines(), ["  Hello"])
        XCTAssertEqual(buffer.style(at: 2, y: 0), .accent)
        XCTAssertEqual(buffer.style(at: 7, y: 0), .normal)
    }

    func testTooLongTextEndsWithEllipsis() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.write("Alexandra Smith", at: 0, y: 0, maxWidth: 8)
        XCTAssertEqual(buffer.lines(), ["Alexand…"])
        XCTAssertEqual(buffer.text(ofRow: 0), "Alexand…")
    }

    func testExactFitHasNoEllipsis() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.write("Hello", at: 0, y: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), "Hello")
    }

    func testClipsAtRightEdge() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("Hello world", at: 1, y: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), " Hell…")
    }

    func testWideCharactersOccupyTwoCells() {
        var buffer = CellBuffer(width: 8, height: 1)
        XCTAssertEqual(buffer.write("漢字", at: 0, y: 0), 4)
        XCTAssertTrue(buffer[0, 0].isWide)
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].grapheme, "字")
        XCTAssertEqual(buffer.text(ofRow: 0), "漢字")
    }

    func testEllipsisNeverSplitsAWideCharacter() {
        var buffer = CellBuffer(width: 10, height: 1)
        // 6 columns of text into 4: "漢" + "…" + one padding space where half of "字" would go.
        buffer.write("漢字漢", at: 0, y: 0, style: .accent, maxWidth: 4)
        XCTAssertEqual(buffer.text(ofRow: 0, trimmingTrailingSpaces: false), "漢… " + String(repeating: " ", count: 6))
        XCTAssertEqual(buffer.style(at: 3, y: 0), .accent, "the padding belongs to the text")
        var odd = CellBuffer(width: 10, height: 1)
        odd.write("漢字漢", at: 0, y: 0, maxWidth: 5)
        XCTAssertEqual(odd.text(ofRow: 0), "漢字…")
    }

    func testClipModePadsHalfAWideCharacter() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer.write("ab漢", at: 0, y: 0, overflow: .clip)
        XCTAssertEqual(buffer.text(ofRow: 0, trimmingTrailingSpaces: false), "ab ")
        XCTAssertFalse(buffer[2, 0].isWide)
    }

    func testWideCharacterAtRightEdgeBecomesSpace() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer.set("漢", x: 2, y: 0)
        XCTAssertEqual(buffer[2, 0].grapheme, " ")
    }

    func testCombiningAndEmojiClusters() {
        var buffer = CellBuffer(width: 12, height: 1)
        let written = buffer.write("e\u{0301}👍🏽x", at: 0, y: 0)
        XCTAssertEqual(written, 4)
        XCTAssertEqual(buffer[0, 0].grapheme, "e\u{0301}")
        XCTAssertEqual(buffer[1, 0].grapheme, "👍🏽")
        XCTAssertTrue(buffer[2, 0].isContinuation)
        XCTAssertEqual(buffer[3, 0].grapheme, "x")
    }

    func testCellsKeepTheirGraphemeInline() {
        // Up to 15 UTF-8 bytes round-trip exactly; a longer cluster keeps the whole scalars that fit.
        for text in ["a", "é", "€", "漢", "👍🏽", "e\u{0301}\u{0302}", "🇮🇹", "a\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}\u{0307}"] {
            XCTAssertEqual(Cell(Character(text)).grapheme, text, text)
        }
        let family = Cell(Character("👨\u{200D}👩\u{200D}👧\u{200D}👦"))
        XCTAssertEqual(family.grapheme, "👨\u{200D}👩\u{200D}")
        XCTAssertEqual(family.width, 2)
        XCTAssertEqual(Cell.continuation(style: .normal).grapheme, "")
        XCTAssertEqual(Cell("x", style: .accent), Cell("x", style: .accent))
        XCTAssertNotEqual(Cell("x"), Cell("y"))
        XCTAssertNotEqual(Cell("x"), Cell("x", style: .accent))
        XCTAssertEqual(Cell("\u{7}").grapheme, " ")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("漢字", at: 0, y: 0)
        buffer.set("x", x: 1, y: 0)  // the continuation of 漢
        XCTAssertEqual(buffer.text(ofRow: 0), " x字")
        buffer.set("y", x: 2, y: 0)  // the first half of 字
        XCTAssertEqual(buffer.text(ofRow: 0, trimmingTrailingSpaces: false), " xy   ")
        XCTAssertFalse(buffer[3, 0].isContinuation)
    }

    func testWidePlacedOverWideKeepsInvariant() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("漢字", at: 0, y: 0)
        buffer.set("👍", x: 1, y: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), " 👍")
        for x in 0..<buffer.width where buffer[x, 0].isContinuation {
            XCTAssertTrue(buffer[x - 1, 0].isWide, "continuation at \(x) without a wide cell before it")
        }
    }

    func testControlsAreSanitised() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.write("a\tb\nc\u{7}d", at: 0, y: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), "a b cd")
    }

    func testNegativeStartClipsOnTheLeft() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.write("漢abc", at: -1, y: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), " abc")
    }

    func testWritesOutsideTheBufferAreIgnored() {
        var buffer = CellBuffer(width: 3, height: 1)
        XCTAssertEqual(buffer.write("x", at: 0, y: 5), 0)
        XCTAssertEqual(buffer.write("x", at: 9, y: 0), 0)
        XCTAssertEqual(buffer.lines(), [""])
    }

    func testFillAndSetStyle() {
        var buffer = CellBuffer(width: 4, height: 2)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: "#", style: .muted)
        XCTAssertEqual(buffer.lines(), [" ##", " ##"])
        buffer.setStyle(.selected, in: Rect(x: 0, y: 1, width: 4, height: 1))
        XCTAssertEqual(buffer.style(at: 2, y: 1), .selected)
        XCTAssertEqual(buffer.style(at: 2, y: 0), .muted)
        XCTAssertEqual(buffer.lines(), [" ##", " ##"], "restyling keeps the text")
    }

    func testBoxWithTitleUnicodeAndASCII() {
        var buffer = CellBuffer(width: 12, height: 3)
        let inner = buffer.drawBox(buffer.bounds, title: "Deals")
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 10, height: 1))
        XCTAssertEqual(buffer.lines(), ["┌ Deals ───┐", "│          │", "└──────────┘"])
        XCTAssertEqual(buffer.style(at: 0, y: 0), .border)
        XCTAssertEqual(buffer.style(at: 2, y: 0), .title)
        var ascii = CellBuffer(width: 5, height: 3)
        ascii.drawBox(ascii.bounds, border: .ascii)
        XCTAssertEqual(ascii.lines(), ["+---+", "|   |", "+---+"])
    }

    func testLongBoxTitleIsClipped() {
        var buffer = CellBuffer(width: 8, height: 2)
        buffer.drawBox(buffer.bounds, title: "Contacts and companies")
        XCTAssertEqual(buffer.text(ofRow: 0), "┌ Cont…┐")
    }

    func testRightAlignedAndCentered() {
        var buffer = CellBuffer(width: 10, height: 2)
        buffer.writeRightAligned("42", endingAt: 10, y: 0)
        buffer.writeCentered("mid", in: buffer.bounds, y: 1)
        XCTAssertEqual(buffer.lines(), ["        42", "   mid"])
    }
}

final class HighlightTests: XCTestCase {
    func testHighlightsMatchedCharactersThatAreVisible() {
        var buffer = CellBuffer(width: 8, height: 1)
        // Characters: 0 渡, 1 辺, 2 space, 3 S, 4 m, 5 i … ; columns: 渡 0-1, 辺 2-3, S 5, m 6, "…" 7.
        buffer.write("渡辺 Smith", at: 0, y: 0, highlighting: [1, 3, 5], maxWidth: 8)
        XCTAssertEqual(buffer.text(ofRow: 0), "渡辺 Sm…")
        XCTAssertEqual(buffer.style(at: 2, y: 0), .highlight, "辺")
        XCTAssertEqual(buffer.style(at: 3, y: 0), .highlight, "both halves of a wide character")
        XCTAssertEqual(buffer.style(at: 0, y: 0), .normal)
        XCTAssertEqual(buffer.style(at: 5, y: 0), .highlight, "S")
        XCTAssertEqual(buffer.style(at: 6, y: 0), .normal, "m is not matched")
        XCTAssertEqual(buffer.style(at: 7, y: 0), .normal, "the ellipsis replacing the matched i is not highlighted")
    }
}
