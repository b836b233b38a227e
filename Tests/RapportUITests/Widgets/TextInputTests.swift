import XCTest
import RapportCanvas
import RapportUI

final class TextInputTests: XCTestCase {
    private func typing(_ text: String, into state: inout TextInputState) {
        for character in text { state.handle(.char(character)) }
    }

    func testTypingAndCursorMovement() {
        var state = TextInputState()
        typing("Hello world", into: &state)
        XCTAssertEqual(state.text, "Hello world")
        XCTAssertEqual(state.cursor, 11)
        state.handle(.left)
        state.handle(.backspace)
        XCTAssertEqual(state.text, "Hello word")
        state.handle(.home)
        state.handle(.delete)
        XCTAssertEqual(state.text, "ello word")
        state.handle(.end)
        XCTAssertEqual(state.cursor, 9)
        state.handle(.ctrl("a"))
        XCTAssertEqual(state.cursor, 0)
        state.handle(.left)
        XCTAssertEqual(state.cursor, 0, "no movement past the start")
    }

    func testCursorCountsGraphemeClusters() {
        var state = TextInputState(text: "e\u{0301}👍🏽漢")
        XCTAssertEqual(state.cursor, 3)
        state.handle(.backspace)
        XCTAssertEqual(state.text, "e\u{0301}👍🏽")
        state.handle(.backspace)
        XCTAssertEqual(state.text, "e\u{0301}", "the whole emoji with its skin tone goes at once")
        state.handle(.backspace)
        XCTAssertEqual(state.text, "")
    }

    func testCombiningMarkTypedSeparatelyJoinsTheLetter() {
        var state = TextInputState(text: "cafe")
        state.insert("\u{0301}")
        XCTAssertEqual(state.text, "cafe\u{0301}")
        XCTAssertEqual(state.characters.count, 4)
        XCTAssertEqual(state.cursor, 4)
    }

    func testWordMotionAndDeletion() {
        var state = TextInputState(text: "call Ada tomorrow, 10am")
        state.handle(.ctrlLeft)
        XCTAssertEqual(state.cursor, 19, "start of 10am")
        state.handle(.alt("b"))
        XCTAssertEqual(state.cursor, 9, "start of tomorrow")
        state.handle(.ctrlRight)
        XCTAssertEqual(state.cursor, 17, "end of tomorrow")
        state.handle(.end)
        state.handle(.ctrl("w"))
        XCTAssertEqual(state.text, "call Ada tomorrow, ")
        state.handle(.ctrl("w"))
        XCTAssertEqual(state.text, "call Ada ")
        state.handle(.home)
        state.handle(.alt("d"))
        XCTAssertEqual(state.text, " Ada ")
        state.handle(.ctrl("k"))
        XCTAssertEqual(state.text, "")
        state.setText("abc def")
        state.handle(.ctrl("u"))
        XCTAssertEqual(state.text, "", "Ctrl-U with the cursor at the end clears")
    }

    func testKeysForTheContainerAreNotConsumed() {
        var state = TextInputState(text: "x")
        XCTAssertFalse(state.handle(.enter))
        XCTAssertFalse(state.handle(.escape))
        XCTAssertFalse(state.handle(.tab))
        XCTAssertFalse(state.handle(.up))
        XCTAssertEqual(state.text, "x")
    }

    func testPasteInsertsTextWithLineBreaksAsSpaces() {
        var state = TextInputState(text: "to: ")
        XCTAssertTrue(state.handle(.paste("ada@example.com\nbob@example.com")))
        XCTAssertEqual(state.text, "to: ada@example.com bob@example.com")
        XCTAssertEqual(state.cursor, state.characters.count)
    }

    func testMaxLength() {
        var state = TextInputState(maxLength: 3)
        typing("abcdef", into: &state)
        XCTAssertEqual(state.text, "abc")
    }

    func testHorizontalScrollKeepsCursorVisibleWithWideCharacters() {
        var state = TextInputState(text: "漢字漢字漢字")  // 12 columns
        XCTAssertEqual(state.visibleOffset(width: 6), 4, "cursor at the end needs one free column")
        let input = TextInput(state: state)
        let area = Rect(x: 2, y: 1, width: 6, height: 1)
        let buffer = Golden.render(width: 10, height: 3) { buffer, _ in input.render(into: &buffer, area: area) }
        XCTAssertEqual(buffer.text(ofRow: 1), "  漢字", "4 columns of text, the cursor cell after")
        XCTAssertEqual(input.cursorPosition(in: area), CursorPosition(x: 6, y: 1))

        state.handle(.home)
        XCTAssertEqual(state.visibleOffset(width: 6), 0)
        state.scrollToCursor(width: 6)
        for _ in 0..<3 { state.handle(.right) }
        XCTAssertEqual(state.visibleOffset(width: 6), 1, "the wide character under the cursor must fit entirely")
        let scrolled = TextInput(state: state)
        XCTAssertEqual(scrolled.cursorPosition(in: Rect(x: 0, y: 0, width: 6, height: 1)), CursorPosition(x: 4, y: 0))
    }

    func testOddWidthNeverShowsHalfAWideCharacter() {
        var state = TextInputState(text: "漢字漢字")
        state.handle(.home)
        let buffer = Golden.render(width: 5, height: 1) { buffer, area in
            TextInput(state: state).render(into: &buffer, area: area)
        }
        XCTAssertEqual(buffer.text(ofRow: 0, trimmingTrailingSpaces: false), "漢字 ")
        XCTAssertEqual(buffer.style(at: 4, y: 0), .input)
    }

    func testGoldens() {
        let long = TextInputState(text: "Ame\u{0301}lie Poulain 👍🏽 café 漢字 and a long tail")
        assertGolden(named: "textinput", width: 24, height: 4) { buffer, area in
            let rows = area.rows([.fixed(1), .fixed(1), .fixed(1), .fixed(1)])
            TextInput(state: long).render(into: &buffer, area: rows[0])
            var start = long
            start.handle(.home)
            TextInput(state: start).render(into: &buffer, area: rows[1])
            TextInput(state: TextInputState(), placeholder: "Search contacts…").render(into: &buffer, area: rows[2])
            TextInput(state: TextInputState(text: "short")).render(into: &buffer, area: Rect(x: 0, y: 3, width: 40, height: 1))
        }
    }
}
