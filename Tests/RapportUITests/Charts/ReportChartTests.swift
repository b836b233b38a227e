@testable import RapportCore
@testable import RapportUI
import XCTest

/// Every report's chart on a fixed small demo book, at 80 and 160 columns, Unicode and ASCII.
final class ReportChartTests: XCTestCase {
    static let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
    static let book = DemoBookGenerator(size: .small, seed: 1, today: today).generate()
    static let period = ReportPeriod.trailingYear(asOf: today)

    func chart(_ kind: ReportKind, book: Book = ReportChartTests.book, glyphs: ChartGlyphs = .unicode,
               period: ReportPeriod = ReportChartTests.period) -> ReportChart {
        ReportChart(ReportResult.compute(kind, book: book, period: period), format: book.settings.numberFormat, glyphs: glyphs)
    }

    func testGoldenChartsOfEveryReport() {
        for kind in ReportKind.allCases {
            for width in [80, 160] {
                for (suffix, glyphs) in [("", ChartGlyphs.unicode), ("_ascii", ChartGlyphs.ascii)] {
                    let chart = chart(kind, glyphs: glyphs)
                    let name = "report_\(kind.rawValue)_\(width)\(suffix)"
                    assertGolden(named: name, width: width, height: chart.preferredHeight(width: width)) { chart.render(into: &$0, area: $1) }
                    if glyphs.isASCII {
                        let text = chart.lines(width: width).joined()
                        let names = Set(ReportChartTests.book.contacts.all.map(\.displayName))
                        // Only figures and chart marks must be ASCII; names from the book may not be.
                        let foreign = text.filter { !$0.isASCII }
                        XCTAssertTrue(foreign.isEmpty || names.contains { $0.contains(where: { foreign.contains($0) }) },
                                      "\(name) draws non-ASCII marks: \(foreign)")
                    }
                }
            }
        }
    }

    func testTheFunnelShowsTheEngineFigures() throws {
        guard case .funnel(let report) = ReportResult.compute(.funnel, book: Self.book, period: Self.period) else {
            return XCTFail("not a funnel")
        }
        let lines = chart(.funnel).lines(width: 100)
        let numbers = ChartNumbers(format: Self.book.settings.numberFormat)
        for stage in report.stages {
            let row = try XCTUnwrap(lines.first { $0.hasPrefix(stage.name + " ") }, stage.name)
            let figures = row.split(separator: " ").map(String.init).filter { $0.contains { $0.isNumber } }
            XCTAssertEqual(Array(figures.prefix(2)), [numbers.count(stage.reached), numbers.money(stage.value)], row)
            if let conversion = stage.conversionToNext { XCTAssertTrue(row.hasSuffix("→ " + numbers.percent(conversion)), row) }
        }
        XCTAssertTrue(lines[0].contains("win rate \(numbers.percent(report.winRate))"), lines[0])
    }

    func testNPSColoursCarryTheGroups() throws {
        let chart = chart(.nps)
        let width = 80
        let buffer = Golden.render(width: width, height: chart.preferredHeight(width: width)) { chart.render(into: &$0, area: $1) }
        let lines = buffer.lines()
        for (label, style) in [("Promoters", Style.positive), ("Passives", Style.warning), ("Detractors", Style.negative)] {
            let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(label) }, label)
            let barColumn = try XCTUnwrap(Array(lines[row]).firstIndex { "▏▎▍▌▋▊▉█".contains($0) }, "\(label) has a bar")
            XCTAssertEqual(buffer.style(at: barColumn, y: row), style, label)
        }
        // The distribution's columns: 0-6 negative, 7-8 warning, 9-10 positive.
        let axisRow = try XCTUnwrap(lines.firstIndex { $0.contains("└") })
        let labels = lines[axisRow + 1]
        for (score, style) in [(0, Style.negative), (6, .negative), (7, .warning), (8, .warning), (9, .positive), (10, .positive)] {
            let labelColumn = try XCTUnwrap(labels.columnOf(word: String(score)), "label \(score)")
            // Find the bar cell above the label: the lowest bar row.
            let barStyle = buffer.style(at: labelColumn, y: axisRow - 1)
            if buffer[labelColumn, axisRow - 1].grapheme != " " { XCTAssertEqual(barStyle, style, "score \(score)") }
        }
    }

    func testEmptyBookSaysNoDataForEveryReport() {
        for kind in ReportKind.allCases {
            for width in [20, 80] {
                let lines = chart(kind, book: Book()).lines(width: width)
                XCTAssertTrue(lines.first?.hasPrefix("No data for this period") ?? false || width < 23, "\(kind): \(lines)")
            }
        }
        assertGolden(named: "report_empty_funnel_80", width: 80, height: 2) { chart(.funnel, book: Book()).render(into: &$0, area: $1) }
    }

    func testOneCohortZeroValuesAndHugeAmounts() throws {
        let today = Self.today
        func instant(_ day: LocalDate) -> Date { day.startOfDay(in: ReportPeriod.utc).addingTimeInterval(3600) }
        let contact = Contact(id: ContactID(number: 1), createdAt: instant(today.adding(days: -20)), firstName: "Ada",
                              lastName: "Lovelace")
        let huge = Money(minorUnits: 90_000_000_000_000_000, currency: .eur)  // €900 trillion
        let purchase = Purchase(id: PurchaseID(number: 1), createdAt: instant(today.adding(days: -10)), contactID: contact.id,
                                date: today.adding(days: -10), amount: huge, product: "Everything")
        let book = Book(contacts: [contact], purchases: [purchase])
        for kind in [ReportKind.retention, .clv, .segments] {
            for width in [40, 80, 160] {
                let lines = chart(kind, book: book).lines(width: width)
                XCTAssertFalse(lines.isEmpty, "\(kind) at \(width)")
                XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(kind) fits in \(width)")
            }
        }
        let clv = chart(.clv, book: book).lines(width: 80).joined(separator: "\n")
        XCTAssertTrue(clv.contains("€900,000,000,000,000.00"), clv)
        assertGolden(named: "report_retention_one_cohort_80", width: 80, height: chart(.retention, book: book).preferredHeight(width: 80)) {
            chart(.retention, book: book).render(into: &$0, area: $1)
        }
    }

    func testKPIChangesAreColouredByWhetherTheyAreGoodNews() {
        let builder = ReportChartBuilder(numbers: ChartNumbers(), glyphs: .unicode, width: 80)
        func kpi(_ id: String, _ unit: KPIReport.Unit, _ change: Double?) -> KPIReport.KPI {
            KPIReport.KPI(id: id, title: id, unit: unit, current: 1, previous: 1, change: change)
        }
        XCTAssertEqual(builder.kpiChange(kpi("winRate", .rate, 0.05), currency: .eur).text, "▲ +5.0 pt")
        XCTAssertEqual(builder.kpiChange(kpi("winRate", .rate, 0.05), currency: .eur).style, .positive)
        XCTAssertEqual(builder.kpiChange(kpi("churn", .rate, 0.05), currency: .eur).style, .negative, "more churn is bad")
        XCTAssertEqual(builder.kpiChange(kpi("overdueTasks", .count, -3), currency: .eur).style, .positive)
        XCTAssertEqual(builder.kpiChange(kpi("openPipeline", .money, -1500), currency: .eur).text, "▼ -€1,500.00")
        XCTAssertEqual(builder.kpiChange(kpi("nps", .score, 0.01), currency: .eur).style, .muted, "rounds to no change")
        XCTAssertEqual(builder.kpiChange(kpi("nps", .score, nil), currency: .eur).text, "n/a")
    }
}

private extension String {
    /// The column where `word` stands alone (surrounded by spaces or the line's ends).
    func columnOf(word: String) -> Int? {
        let characters = Array(self)
        let target = Array(word)
        guard characters.count >= target.count else { return nil }
        for start in 0...(characters.count - target.count) where Array(characters[start..<start + target.count]) == target {
            let before = start == 0 || characters[start - 1] == " "
            let after = start + target.count == characters.count || characters[start + target.count] == " "
            if before && after { return start }
        }
        return nil
    }
}
