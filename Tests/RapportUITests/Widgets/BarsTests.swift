import XCTest
import RapportCanvas
import RapportUI

private enum Action: Hashable, Sendable { case search, help, quit, add, undo }

final class BarsTests: XCTestCase {
    func testTabBarSmallAndLarge() {
        let tabs = TabBar(titles: ["Contacts", "Deals", "Tasks", "Reports", "連絡先"], activeIndex: 1)
        assertGolden(named: "tabbar_large", width: 70, height: 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        assertGolden(named: "tabbar_small", width: 24, height: 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        let buffer = Golden.render(width: 70, height: 1) { buffer, area in tabs.render(into: &buffer, area: area) }
        XCTAssertEqual(buffer.style(at: 13, y: 0), Style.selected.bold, "the active tab")
        XCTAssertEqual(buffer.style(at: 2, y: 0), .statusBar)
    }

    func testStatusBarKeepsRightSideAndDropsCenterWhenCrowded() {
        let bar = StatusBar(left: "Contacts › Ada Lovelace", center: "saved", right: "12/340")
        assertGolden(named: "statusbar_large", width: 60, height: 1) { buffer, area in bar.render(into: &buffer, area: area) }
        assertGolden(named: "statusbar_small", width: 20, height: 1) { buffer, area in bar.render(into: &buffer, area: area) }
        let small = Golden.render(width: 20, height: 1) { buffer, area in bar.render(into: &buffer, area: area) }
        XCTAssertTrue(small.text(ofRow: 0).hasSuffix("12/340"))
        XCTAssertFalse(small.text(ofRow: 0).contains("saved"))
        XCTAssertEqual(small.style(at: 19, y: 0), .statusBar)
    }

    func testKeyHintBarComesFromTheKeymap() {
        var keys = Keymap<Action>()
        keys.bind(["/"], .search, "Search", hint: true)
        keys.bind(["a"], .add, "Add", hint: true)
        keys.bind(["u"], .undo, "Undo")
        keys.bind(["?"], .help, "Help", hint: true)
        keys.bind(["q"], .quit, "Quit", hint: true)
        assertGolden(named: "keyhints_large", width: 50, height: 1) { buffer, area in
            KeyHintBar(keymap: keys, maxWidth: area.width).render(into: &buffer, area: area)
        }
        let small = Golden.render(width: 16, height: 1) { buffer, area in
            KeyHintBar(keymap: keys, maxWidth: area.width).render(into: &buffer, area: area)
        }
        XCTAssertEqual(small.text(ofRow: 0), "/ Search  a Add")
        XCTAssertEqual(small.style(at: 0, y: 0), .statusKey)
        XCTAssertEqual(small.style(at: 2, y: 0), .statusBar)
    }

    func testProgressBarEighths() {
        XCTAssertEqual(ProgressBar.bar(fraction: 0.5, width: 4), "██  ")
        XCTAssertEqual(ProgressBar.bar(fraction: 0.53125, width: 4), "██▏ ", "17 of 32 eighths")
        XCTAssertEqual(ProgressBar.bar(fraction: 0.59375, width: 4), "██▍ ", "19 of 32 eighths")
        XCTAssertEqual(ProgressBar.bar(fraction: 1, width: 3), "███")
        XCTAssertEqual(ProgressBar.bar(fraction: 0, width: 3), "   ")
        XCTAssertEqual(ProgressBar.bar(fraction: 2, width: 2), "██", "clamped")
        XCTAssertEqual(ProgressBar.bar(fraction: .nan, width: 2), "  ")
        XCTAssertEqual(ProgressBar.bar(fraction: 0.5, width: 4, ascii: true), "##--")
        for eighths in 0...16 {
            XCTAssertEqual(DisplayWidth.of(ProgressBar.bar(fraction: Double(eighths) / 16, width: 2)), 2)
        }
    }

    func testProgressBarGoldens() {
        assertGolden(named: "progress", width: 30, height: 4) { buffer, area in
            let rows = area.rows([.fixed(1), .fixed(1), .fixed(1), .fixed(1)])
            ProgressBar(fraction: 0.42, label: "42%").render(into: &buffer, area: rows[0])
            ProgressBar(fraction: 0.42, label: "42%", ascii: true).render(into: &buffer, area: rows[1])
            ProgressBar(fraction: 1, label: "done").render(into: &buffer, area: rows[2])
            ProgressBar(fraction: 0.3, label: "3 of 10 ✓").render(into: &buffer, area: Rect(x: 0, y: 3, width: 12, height: 1))
        }
    }
}

final class TooSmallNoticeTests: XCTestCase {
    func testFitsAndMessage() {
        let notice = TooSmallNotice(minimumWidth: 60, minimumHeight: 16)
        XCTAssertTrue(notice.fits(Rect(x: 0, y: 0, width: 60, height: 16)))
        XCTAssertFalse(notice.fits(Rect(x: 0, y: 0, width: 59, height: 40)))
        assertGolden(named: "too_small", width: 50, height: 5) { buffer, area in notice.render(into: &buffer, area: area) }
        let narrow = Golden.render(width: 20, height: 4) { buffer, area in notice.render(into: &buffer, area: area) }
        XCTAssertEqual(narrow.lines().filter { !$0.isEmpty }.map { String($0.drop { $0 == " " }) }.joined(separator: " "),
                       "terminal too small: need 60x16 (have 20x4)")
    }
}
