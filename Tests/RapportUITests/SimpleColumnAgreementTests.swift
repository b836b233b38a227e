import XCTest
@testable import RapportCanvas
@testable import RapportUI

/// CellBuffer's fast path treats some scalars as one column each; DisplayWidth, the general
/// path, must agree for every one of them, or the two paths would draw differently.
final class SimpleColumnAgreementTests: XCTestCase {
    func testEverySimpleScalarIsOneColumnForDisplayWidth() {
        var checked = 0
        for value in UInt32(0)...0x2FFF where DisplayWidth.isSimpleColumn(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(DisplayWidth.of(Character(scalar)), 1, "U+\(String(value, radix: 16, uppercase: true))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1_000)
    }

    func testTextWidthFastPathAgreesWithGraphemes() {
        // The fast path counts scalars; the general one sums grapheme clusters.
        for text in ["Café – €1,250.00", "Cafe\u{301}", "漢字 Kanji", "a\u{200D}b", "tab\there", "👍🏽 ok", "", "Ωμέγα №5 → ▲"] {
            XCTAssertEqual(DisplayWidth.of(text), text.reduce(0) { $0 + DisplayWidth.of($1) }, text)
        }
    }

    func testFastAndGeneralPathsDrawTheSame() {
        // "€" and "–" take the fast path; the combining accent forces the general one.
        var fast = CellBuffer(width: 12, height: 1)
        fast.write("Café – €1,250.00", at: 0, y: 0)
        var general = CellBuffer(width: 12, height: 1)
        general.write("Cafe\u{301} – €1,250.00", at: 0, y: 0)
        XCTAssertEqual(fast.text(ofRow: 0), "Café – €1,2…")
        XCTAssertEqual(general.text(ofRow: 0), "Café – €1,2…")
    }
}
