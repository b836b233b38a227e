@testable import RapportCore
import RapportCanvas
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

/// Issue 13, items 5 and 7 on screen: a month still running is marked and kept out of the
/// average curve; a KPI with nothing before shows "n/a" and no arrow.
final class PartialPeriodChartTests: XCTestCase {
    static func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

    /// A bought 10-05 and 11-10; B 11-03; C 11-20 and 12-01; seen as of 2026-12-01.
    static func retention() -> RetentionReport {
        func purchase(_ number: Int, _ contact: Int, _ date: String) -> Purchase {
            Purchase(id: PurchaseID(number: number), createdAt: day(date).startOfDay(in: ReportPeriod.utc),
                     contactID: ContactID(number: contact), date: day(date), amount: Money(minorUnits: 100, currency: .eur),
                     product: "Item")
        }
        let book = Book(purchases: [purchase(1, 1, "2026-10-05"), purchase(2, 1, "2026-11-10"), purchase(3, 2, "2026-11-03"),
                                    purchase(4, 3, "2026-11-20"), purchase(5, 3, "2026-12-01")])
        return Reports.retention(book, period: ReportPeriod(from: day("2026-10-01"), to: day("2026-12-31"), asOf: day("2026-12-01")))
    }

    func testTheAverageCurveLeavesOutTheRunningMonth() {
        // Cohorts: October {A} active [1, 1, 0*]; November {B, C} active [2, 1*] (* December, 1 day old).
        // M0 = (1 + 2) / 3 = 1.0. M1 = October's November alone: 1 / 1 = 1.0 (counting December's
        // 1 of 2 would give (1 + 1) / 3 = 0.667). M2 = only October's December, partial: nil (not 0 / 1 = 0%).
        XCTAssertEqual(ReportChartBuilder.averageRetention(Self.retention().cohorts), [1.0, 1.0, nil])
    }

    func testTheRetentionGridMarksTheRunningMonth() {
        let chart = ReportChart(.retention(Self.retention()), format: Settings().numberFormat)
        let lines = chart.lines(width: 100)
        let october = lines.first { $0.hasPrefix("2026-10") } ?? ""
        XCTAssertTrue(october.hasSuffix("0.0%*"), october)  // 0 of 1 so far in December
        XCTAssertTrue(lines.joined(separator: " ").contains("* 2026-12 is not over (to 2026-12-01)"), lines.joined(separator: "\n"))
        var buffer = CellBuffer(width: 100, height: chart.preferredHeight(width: 100))
        chart.render(into: &buffer, area: buffer.bounds)
        let row = buffer.lines().firstIndex { $0.hasPrefix("2026-10") } ?? 0
        let star = (0..<100).last { buffer[$0, row].grapheme == "*" } ?? 0
        XCTAssertEqual(buffer[star, row].style, .muted)
    }

    func testAKPIWithNothingBeforeShowsNotAvailableAndNoArrow() {
        func purchase(_ number: Int, _ contact: Int, _ date: String) -> Purchase {
            Purchase(id: PurchaseID(number: number), createdAt: Self.day(date).startOfDay(in: ReportPeriod.utc),
                     contactID: ContactID(number: contact), date: Self.day(date), amount: Money(minorUnits: 100, currency: .eur),
                     product: "Item")
        }
        let answer = SurveyResponse(id: SurveyResponseID(number: 1), createdAt: Self.day("2026-03-02").startOfDay(in: ReportPeriod.utc),
                                    contactID: nil, date: Self.day("2026-03-02"), score: 10)
        let book = Book(purchases: [purchase(1, 20, "2025-05-01"), purchase(2, 21, "2026-03-15")], surveys: [answer])
        let report = Reports.kpis(book, period: ReportPeriod(from: Self.day("2026-03-01"), to: Self.day("2026-03-31"),
                                                             asOf: Self.day("2026-03-31")))
        let lines = ReportChart(.kpi(report), format: book.settings.numberFormat).lines(width: 100)
        for title in ["NPS", "Retention", "Churn"] {
            let row = lines.first { $0.hasPrefix(title + " ") } ?? ""
            // "NPS   100.0   n/a   n/a": the value now, nothing before, no change.
            XCTAssertEqual(row.components(separatedBy: "n/a").count - 1, 2, row)
            XCTAssertFalse(row.contains("▲") || row.contains("▼"), row)
        }
    }

    func testAPartialKPIPeriodSaysSo() {
        let answer = SurveyResponse(id: SurveyResponseID(number: 1), createdAt: Self.day("2026-03-02").startOfDay(in: ReportPeriod.utc),
                                    contactID: nil, date: Self.day("2026-03-02"), score: 10)
        // March as of the 15th: 15 of its 31 days.
        let report = Reports.kpis(Book(surveys: [answer]), period: ReportPeriod(from: Self.day("2026-03-01"), to: Self.day("2026-03-31"),
                                                                                asOf: Self.day("2026-03-15")))
        let text = ReportChart(.kpi(report), format: Settings().numberFormat).lines(width: 120).joined(separator: "\n")
        XCTAssertTrue(text.contains("Now is partial: 15 of 31 days, to 2026-03-15, against a whole period before."), text)
    }
}
