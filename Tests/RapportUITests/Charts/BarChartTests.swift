import XCTest
import RapportCanvas
import RapportUI

final class BarChartTests: XCTestCase {
    private let funnel = [
        Bar("Lead", value: 120),
        Bar("Qualified", value: 64, style: Style(.chart2)),
        Bar("Proposal", value: 23, style: Style(.chart3)),
        Bar("商談", value: 9, valueText: "9 ✓", style: Style(.chart4)),
        Bar("Won", value: 0),
    ]

    func testBarChartGoldens() {
        assertGolden(named: "barchart_large", width: 50, height: 5) { buffer, area in
            BarChart(bars: funnel).render(into: &buffer, area: area)
        }
        assertGolden(named: "barchart_small_ascii", width: 24, height: 3) { buffer, area in
            BarChart(bars: funnel, ascii: true).render(into: &buffer, area: area)
        }
        let buffer = Golden.render(width: 50, height: 5) { buffer, area in BarChart(bars: funnel).render(into: &buffer, area: area) }
        XCTAssertEqual(buffer.style(at: 10, y: 0), Style(.chart1))
        XCTAssertEqual(buffer.style(at: 10, y: 1), Style(.chart2))
        XCTAssertTrue(buffer.text(ofRow: 0).hasSuffix("120"))
    }

    func testATinyValueIsDrawnAsASliverNotAsNothing() {
        let bars = [Bar("All", value: 1_000), Bar("One", value: 1)]
        let buffer = Golden.render(width: 30, height: 2) { buffer, area in BarChart(bars: bars).render(into: &buffer, area: area) }
        XCTAssertEqual(buffer.text(ofRow: 1).trimmingCharacters(in: .whitespaces), "One ▏ 1")
        let ascii = Golden.render(width: 30, height: 2) { buffer, area in
            BarChart(bars: bars, ascii: true).render(into: &buffer, area: area)
        }
        XCTAssertEqual(ascii.text(ofRow: 1).trimmingCharacters(in: .whitespaces), "One . 1")
    }

    func testSparkline() {
        XCTAssertEqual(Sparkline.line([0, 1, 2, 3, 4, 5, 6, 7], width: 8), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(Sparkline.line([5, 5, 5], width: 8), "▁▁▁")
        XCTAssertEqual(Sparkline.line([0, 100, 0, 50], width: 2), "▁█", "the last values, rescaled")
        XCTAssertEqual(Sparkline.line([], width: 4), "")
    }
}
