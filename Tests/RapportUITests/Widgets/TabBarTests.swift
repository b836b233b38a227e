import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Issue 13, item 12: tabs that do not fit are shortened, then scrolled; the current one always
/// shows whole.
final class TabBarTests: XCTestCase {
    private let sections = ["Profile", "Lifecycle", "Consent", "Timeline", "Deals", "Purchases", "Tickets"]

    private func row(_ bar: TabBar, width: Int) -> String {
        Golden.render(width: width, height: 1) { buffer, area in bar.render(into: &buffer, area: area) }.text(ofRow: 0)
    }

    func testTabsThatDoNotFitAreShortenedAndTheActiveOneStaysWhole() {
        let bar = TabBar(titles: sections, activeIndex: 6, showsNumbers: false, showsSeparators: false)
        // The contact pane's width at 120 columns: 66 columns of tabs in 50. Capped at 5 columns
        // they take 51, at 4 they take 45.
        XCTAssertEqual(bar.layout(width: 50).tabs.map(\.label), ["Pro…", "Lif…", "Con…", "Tim…", "Dea…", "Pur…", "Tickets"])
        XCTAssertEqual(row(bar, width: 50), " Pro…  Lif…  Con…  Tim…  Dea…  Pur…  Tickets")
        // At 80 columns (the pane is the screen's width) everything fits as written.
        XCTAssertEqual(row(bar, width: 76), " Profile  Lifecycle  Consent  Timeline  Deals  Purchases  Tickets")
    }

    func testTooNarrowEvenShortenedScrollsAroundTheActiveTab() {
        let bar = TabBar(titles: sections, activeIndex: 3, showsNumbers: false)
        let layout = bar.layout(width: 20)
        XCTAssertEqual(layout.tabs.map(\.index), [2, 3, 4])
        XCTAssertTrue(layout.hiddenBefore)
        XCTAssertTrue(layout.hiddenAfter)
        XCTAssertEqual(row(bar, width: 20), "‹ C…  Timeline  D… ›")
    }

    func testWideCharactersAreNeverCutInHalf() {
        let bar = TabBar(titles: ["連絡先", "会社", "活動", "報告"], activeIndex: 0, showsNumbers: false, showsSeparators: false)
        XCTAssertEqual(row(bar, width: 23), " 連絡先  会…  活…  報…")
        XCTAssertEqual(row(bar, width: 14), " 連絡先  会 ›")
    }

    func testTheActiveTabIsAlwaysShownWhole() {
        let titles = sections + ["連絡先"]
        for showsNumbers in [false, true] {
            for active in titles.indices {
                let bar = TabBar(titles: titles, activeIndex: active, showsNumbers: showsNumbers)
                let label = bar.labels[active]
                for width in (DisplayWidth.of(label) + 4)...130 {
                    let layout = bar.layout(width: width)
                    XCTAssertEqual(layout.tabs.first { $0.index == active }?.label, label, "active \(active) at \(width)")
                    let used = layout.tabs.reduce(0) { $0 + DisplayWidth.of($1.label) + 2 }
                        + (layout.separated ? layout.tabs.count - 1 : 0) + (layout.hiddenBefore ? 1 : 0) + (layout.hiddenAfter ? 1 : 0)
                    XCTAssertLessThanOrEqual(used, width, "active \(active) at \(width)")
                    XCTAssertEqual(layout.tabs.map(\.index), Array(layout.tabs.map(\.index).sorted()), "in order")
                }
            }
        }
    }

    /// The contact pane at 120 columns showed five of its seven tabs; Purchases and Tickets
    /// were only reachable blind with ].
    func testContactPaneShowsEverySectionAt120Columns() {
        var app = AppHarness(book: CRMFixture.make(), width: 120, height: 36)
        app.press("2", "/")
        app.type("giulia")
        app.press("enter")
        for _ in 0..<6 { app.press("]") }
        XCTAssertEqual(app.state.contacts.section, .tickets)
        let frame = app.frame()
        assertGolden(frame, named: "contacts-tickets-120x36")
        let tabsRow = (0..<frame.height).first { frame.text(ofRow: $0).contains("Pur…") }
        XCTAssertNotNil(tabsRow, "every section has a tab")
        if let tabsRow {
            let text = frame.text(ofRow: tabsRow)
            XCTAssertTrue(text.contains(" Tickets "), text)
            let column = DisplayWidth.of(text[..<(text.range(of: "Tickets")?.lowerBound ?? text.endIndex)])
            XCTAssertEqual(frame.style(at: column, y: tabsRow).role, Style.selected.role, "the current section is highlighted")
        }
    }
}
