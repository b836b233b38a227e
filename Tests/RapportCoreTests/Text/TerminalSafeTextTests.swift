import Foundation
import XCTest
@testable import RapportCore

/// Issue 15, item 3: text from the data is shown, never obeyed, by the terminal.
final class TerminalSafeTextTests: XCTestCase {
    func testControlAndBidiCharactersAreShownVisibly() {
        XCTAssertEqual(TerminalSafeText.visible("Eve\u{1B}]0;owned\u{7}\u{1B}[2J"), "Eve^[]0;owned^G^[[2J")
        XCTAssertEqual(TerminalSafeText.visible("a\u{0}b\u{7F}c\r\nd\te"), "a^@b^?c^M^Jd^Ie")
        XCTAssertEqual(TerminalSafeText.visible("x\u{9B}31m\u{85}y"), "x<U+009B>31m<U+0085>y")
        XCTAssertEqual(TerminalSafeText.visible("invoice\u{202E}fdp.exe\u{2066}\u{2069}\u{200F}\u{061C}\u{2028}"),
                       "invoice<U+202E>fdp.exe<U+2066><U+2069><U+200F><U+061C><U+2028>")
        XCTAssertEqual(TerminalSafeText.visible("one\ntwo\u{1B}", keepingLineBreaks: true), "one\ntwo^[")
    }

    func testOrdinaryTextIsUntouched() {
        for text in ["Giulia Rossi", "Zoé Lefèvre – “quoted” …", "日本語", "👩‍👩‍👧‍👦 family", "€ 1.234,50", "Ärger ß", ""] {
            XCTAssertEqual(TerminalSafeText.visible(text), text)
        }
    }

    func testNothingEscapableSurvivesAnyScalar() {
        // Every scalar from U+0000 to U+30FF, one at a time and all together.
        var all = ""
        for value in UInt32(0)...0x30FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let shown = TerminalSafeText.visible(String(scalar))
            XCTAssertFalse(shown.unicodeScalars.contains(where: TerminalSafeText.needsEscaping), "U+\(String(value, radix: 16))")
            all.unicodeScalars.append(scalar)
        }
        XCTAssertFalse(TerminalSafeText.visible(all).unicodeScalars.contains(where: TerminalSafeText.needsEscaping))
    }

    func testJSONForATerminalEscapesWhatJSONLetsThroughAndMeansTheSame() throws {
        let value = "Eve\u{1B}[31m\u{7}\u{7F}\u{9B}\u{85}\u{202E}\u{2066}\u{2028}\u{061C} é ☀️ ¢"
        let bytes = try JSONWriter.write(.object(["name": .string(value)]))
        let escaped = TerminalSafeText.jsonEscaped(bytes)
        let text = String(decoding: escaped, as: UTF8.self)
        XCTAssertFalse(text.unicodeScalars.contains { $0 != "\n" && TerminalSafeText.needsEscaping($0) }, text)
        XCTAssertTrue(text.contains("\\u001b"), "JSON itself escapes ESC: \(text)")
        XCTAssertTrue(text.contains("\\u202e") && text.contains("\\u009b"), text)
        let decoded = try JSONSerialization.jsonObject(with: Data(escaped)) as? [String: String]
        XCTAssertEqual(decoded?["name"], value, "an independent JSON reader reads the same value")
    }

    func testMessageValuesAreVisibleAndCut() {
        XCTAssertEqual(MessageValue.quoted("a\u{1B}b"), "\"a^[b\"")
        let huge = String(repeating: "x", count: 5_000_000)
        let cut = MessageValue.quoted(huge)
        XCTAssertEqual(cut.count, MessageValue.maximumLength + 2)
        XCTAssertTrue(cut.hasSuffix("…\""))
        XCTAssertEqual(MessageValue.cut(String(repeating: "\u{1B}", count: 200)).count, MessageValue.maximumLength)
    }
}
