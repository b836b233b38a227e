import RapportCore
import RapportCanvas
@testable import RapportUI
import XCTest

final class ChartToolkitTests: XCTestCase {
    // MARK: Eighth blocks

    func testAValueOfThreeEighthsOfACellRendersThreeEighths() {
        XCTAssertEqual(BlockBar.eighths(3, of: 8, cells: 1), 3)
        XCTAssertEqual(BlockBar.horizontal(eighths: 3, glyphs: .unicode), "▍")
        XCTAssertEqual(BlockBar.verticalCell(eighths: 3, row: 0, glyphs: .unicode), "▃")
        XCTAssertNil(BlockBar.verticalCell(eighths: 3, row: 1, glyphs: .unicode))
    }

    func testEveryEighthHasItsOwnBlock() {
        let expected = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        for eighths in 1...8 {
            XCTAssertEqual(BlockBar.horizontal(eighths: BlockBar.eighths(Int64(eighths), of: 8, cells: 1), glyphs: .unicode),
                           expected[eighths - 1])
        }
        XCTAssertEqual(BlockBar.horizontal(eighths: 8 * 2 + 5, glyphs: .unicode), "██▋", "2 5/8 cells")
        XCTAssertEqual(BlockBar.verticalCell(eighths: 13, row: 1, glyphs: .unicode), "▅", "the top cell of 1 5/8")
        XCTAssertEqual(BlockBar.verticalCell(eighths: 13, row: 0, glyphs: .unicode), "█")
    }

    func testRoundingAndEdges() {
        XCTAssertEqual(BlockBar.eighths(0, of: 100, cells: 10), 0, "zero draws nothing")
        XCTAssertEqual(BlockBar.eighths(-5, of: 100, cells: 10), 0, "negative draws nothing")
        XCTAssertEqual(BlockBar.eighths(1, of: 1_000_000, cells: 10), 1, "a positive value is never drawn as nothing")
        XCTAssertEqual(BlockBar.eighths(200, of: 100, cells: 10), 80, "clamped to the cells")
        XCTAssertEqual(BlockBar.eighths(5, of: 0, cells: 10), 0, "no scale")
        // Huge amounts (a trillion euros in cents) do not overflow.
        XCTAssertEqual(BlockBar.eighths(50_000_000_000_000_000, of: 100_000_000_000_000_000, cells: 10), 40)
        XCTAssertEqual(BlockBar.eighths(Int64.max, of: Int64.max, cells: 3), 24)
    }

    func testASCIIBarsUseWholeCells() {
        XCTAssertEqual(BlockBar.horizontal(eighths: 21, glyphs: .ascii), "###", "2 5/8 rounds to 3")
        XCTAssertEqual(BlockBar.horizontal(eighths: 2, glyphs: .ascii), ".", "a sliver")
        XCTAssertEqual(BlockBar.horizontal(eighths: 0, glyphs: .ascii), "")
        XCTAssertEqual(BlockBar.verticalCell(eighths: 12, row: 1, glyphs: .ascii), "#")
        XCTAssertNil(BlockBar.verticalCell(eighths: 11, row: 1, glyphs: .ascii))
    }

    func testGlyphsFollowTheLocale() {
        XCTAssertEqual(ChartGlyphs.forEnvironment(["LANG": "it_IT.UTF-8"]), .unicode)
        XCTAssertEqual(ChartGlyphs.forEnvironment(["LANG": "en_US.utf8"]), .unicode)
        XCTAssertEqual(ChartGlyphs.forEnvironment(["LANG": "C"]), .ascii)
        XCTAssertEqual(ChartGlyphs.forEnvironment(["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]), .ascii, "LC_ALL wins")
        XCTAssertEqual(ChartGlyphs.forEnvironment(["LC_ALL": "", "LANG": "en_US.UTF-8"]), .unicode, "an empty LC_ALL is unset")
        XCTAssertEqual(ChartGlyphs.forEnvironment([:]), .ascii)
    }

    // MARK: Numbers

    func testNumbersFollowTheBookFormatAndTheReportRules() {
        let english = ChartNumbers(format: .english)
        let money = ReportMoney(minorUnits: 123_456_789, currency: .eur)
        XCTAssertEqual(english.money(money), "€1,234,567.89")
        XCTAssertEqual(english.money(ReportMoney(minorUnits: -150, currency: .eur)), "-€1.50")
        XCTAssertEqual(english.money(nil), "n/a")
        XCTAssertEqual(english.count(1_234_567), "1,234,567")
        XCTAssertEqual(english.percent(0.5714285714), "57.1%")
        XCTAssertEqual(english.percent(0.00049), "0.0%")
        XCTAssertEqual(english.percent(nil), "n/a")
        XCTAssertEqual(english.decimal(-66.666), "-66.7")
        XCTAssertEqual(english.decimal(0.05), "0.1", "half away from zero")
        XCTAssertEqual(english.decimal(-0.04), "0.0", "no minus on a zero")
        XCTAssertEqual(english.decimal(.nan), "n/a")
        XCTAssertEqual(english.signed("5.0"), "+5.0")
        XCTAssertEqual(english.signed("0.0"), "0.0")
        let italian = ChartNumbers(format: .italian)
        XCTAssertEqual(italian.money(money), "1.234.567,89 €")
        XCTAssertEqual(italian.percent(0.5), "50,0%")
        let ascii = ChartNumbers(format: .french, glyphs: .ascii)
        XCTAssertEqual(ascii.money(money), "1 234 567,89 EUR", "ASCII: the code, plain spaces")
    }

    // MARK: Widgets

    func testHorizontalBarsAlignFiguresAndScale() {
        let bars = HorizontalBars(bars: [
            HorizontalBar("Big", value: 8, figures: ["8", "€8.00"]),
            HorizontalBar("Three eighths", value: 3, figures: ["3", "€3.00"], style: Style(.chart2)),
            HorizontalBar("None", value: 0, figures: ["0", "€0.00"]),
        ], header: ["Name", "N", "Value"])
        assertGolden(named: "chart_hbars", width: 30, height: 4) { buffer, area in bars.render(into: &buffer, area: area) }
        let buffer = Golden.render(width: 30, height: 4) { buffer, area in bars.render(into: &buffer, area: area) }
        XCTAssertTrue(buffer.text(ofRow: 1).hasSuffix("8  €8.00"))
        XCTAssertTrue(buffer.text(ofRow: 2).hasSuffix("3  €3.00"))
        XCTAssertEqual(buffer.style(at: 13, y: 2), Style(.chart2))
    }

    func testCentredFunnelBarsAreSymmetric() {
        let funnel = HorizontalBars(bars: [10, 7, 4, 1].map { HorizontalBar("S\($0)", value: $0) }, alignment: .centered)
        let buffer = Golden.render(width: 23, height: 4) { buffer, area in funnel.render(into: &buffer, area: area) }
        for row in 0..<4 {
            let bar = String(buffer.text(ofRow: row).dropFirst(4))
            let leading = bar.prefix { $0 == " " }.count
            let trailing = 19 - leading - bar.trimmingCharacters(in: .whitespaces).count  // 23 - "S10" - 1
            XCTAssertEqual(leading, trailing, "row \(row) centred: |\(bar)|")
        }
        assertGolden(funnel.renderedForTest(width: 23, height: 4), named: "chart_funnel")
        let ascii = HorizontalBars(bars: funnel.bars, alignment: .centered, glyphs: .ascii)
        assertGolden(ascii.renderedForTest(width: 23, height: 4), named: "chart_funnel_ascii")
    }

    func testColumnChartGoldens() {
        let columns = [0, 3, 8, 16, 5].enumerated().map { Column("c\($0.offset)", value: Int64($0.element), valueText: String($0.element)) }
        assertGolden(named: "chart_columns", width: 30, height: 7) { buffer, area in
            ColumnChart(columns: columns).render(into: &buffer, area: area)
        }
        assertGolden(named: "chart_columns_ascii", width: 30, height: 7) { buffer, area in
            ColumnChart(columns: columns, glyphs: .ascii).render(into: &buffer, area: area)
        }
        let narrow = ColumnChart(columns: columns + columns + columns)
        XCTAssertGreaterThan(narrow.hiddenColumns(width: 12), 0, "too narrow for 15 columns")
        // Narrow areas degrade, never trap.
        for width in 0...8 { _ = Golden.render(width: width, height: 5) { narrow.render(into: &$0, area: $1) } }
    }

    func testHeatGridDegradesToShades() {
        let grid = HeatGrid(cornerTitle: "Cohort", rowInfoTitles: ["Size"], rows: [
            (label: "2026-01", info: ["2"], cells: [HeatCell(fraction: 1, text: "100.0%", shortText: "100"),
                                                     HeatCell(fraction: 0.5, text: "50.0%", shortText: "50"),
                                                     HeatCell(fraction: 0.2, text: "20.0%", shortText: "20")]),
            (label: "2026-02", info: ["1"], cells: [HeatCell(fraction: 1, text: "100.0%", shortText: "100"),
                                                     HeatCell(fraction: 0, text: "0.0%", shortText: "0")]),
            (label: "2026-03", info: ["0"], cells: []),
        ], columnTitles: ["M0", "M1", "M2"])
        for width in [44, 28, 20, 12] {
            assertGolden(named: "chart_heat_\(width)", width: width, height: 5) { buffer, area in grid.render(into: &buffer, area: area) }
        }
        let buffer = Golden.render(width: 44, height: 5) { grid.render(into: &$0, area: $1) }
        XCTAssertTrue(buffer.text(ofRow: 1).contains("█ 100.0%"), buffer.text(ofRow: 1))
        XCTAssertTrue(buffer.text(ofRow: 4).hasPrefix("░ 0%-25%"), "the legend")
        XCTAssertEqual(HeatGrid.level(0), nil)
        XCTAssertEqual(HeatGrid.level(0.25), 1)
        XCTAssertEqual(HeatGrid.level(1), 3)
    }

    func testLineChartGoldens() {
        let chart = LineChart(values: [1, 0.5, nil, 0.25, 0.3], range: 0...1, xLabels: ["M0", "M1", "M2", "M3", "M4"]) {
            ChartNumbers().percent($0, digits: 0)
        }
        assertGolden(named: "chart_line", width: 30, height: 8) { chart.render(into: &$0, area: $1) }
        var ascii = chart
        ascii.glyphs = .ascii
        assertGolden(named: "chart_line_ascii", width: 30, height: 8) { ascii.render(into: &$0, area: $1) }
        XCTAssertEqual(LineChart.line((0, 0), (3, 1)).count, 4)
        XCTAssertEqual(LineChart.brailleBit(column: 1, row: 3), 0x80)
    }

    func testSparklineInASCII() {
        XCTAssertEqual(Sparkline.line([0, 7], width: 2, glyphs: .ascii), "_#")
        XCTAssertEqual(Sparkline.line([0, 7], width: 2, glyphs: .unicode), "▁█")
    }
}

extension HorizontalBars {
    func renderedForTest(width: Int, height: Int) -> CellBuffer {
        Golden.render(width: width, height: height) { render(into: &$0, area: $1) }
    }
}
