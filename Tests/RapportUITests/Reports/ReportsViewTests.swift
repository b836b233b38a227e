import RapportCore
import RapportCanvas
@testable import RapportUI
import XCTest

final class ReportsViewTests: XCTestCase {
    static let book = DemoBookGenerator(size: .small, seed: 1, today: AppHarness.today).generate()

    func testGoldenViewAt80x24And160x48() {
        var small = AppHarness(book: Self.book, width: 80, height: 24)
        small.press("6")
        assertGolden(small.frame(), named: "reports_view_80x24")
        var large = AppHarness(book: Self.book, width: 160, height: 48)
        large.press("6", "j", "j")
        assertGolden(large.frame(), named: "reports_view_retention_160x48")
        large.press("k", "k")
        assertGolden(large.frame(), named: "reports_view_160x48")
    }

    func testKeysChooseTheReportAndThePeriod() {
        var app = AppHarness(book: Self.book, width: 120, height: 36)
        app.press("6")
        XCTAssertEqual(app.state.reports.selected, .funnel)
        app.press("j", "down")
        XCTAssertEqual(app.state.reports.selected, .retention)
        app.press("k")
        XCTAssertEqual(app.state.reports.selected, .pipeline)
        app.press("k", "k")
        XCTAssertEqual(app.state.reports.selected, .lost, "wraps around")
        XCTAssertTrue(app.screenText().contains("Last 12 months: 2025-11-23 to 2026-11-22"))

        app.press("p")
        XCTAssertEqual(app.state.reports.period, ReportPeriodChoice(length: .yearToDate))
        XCTAssertTrue(app.screenText().contains("Year to date: 2026-01-01 to 2026-11-22"), app.screenText())
        app.press("[")
        XCTAssertTrue(app.screenText().contains("2025 to 2025-11-22: 2025-01-01 to 2025-11-22"), app.screenText())
        app.press("p")
        XCTAssertEqual(app.state.reports.period, ReportPeriodChoice(length: .month), "a new length starts at the current period")
        XCTAssertTrue(app.screenText().contains("November 2026 (to date): 2026-11-01 to 2026-11-30"), app.screenText())
        app.press("]")
        XCTAssertEqual(app.state.reports.period.offset, 0, "no period after the current one")
        XCTAssertEqual(app.state.message?.severity, .warning)
        app.press("[")
        XCTAssertTrue(app.screenText().contains("October 2026: 2026-10-01 to 2026-10-31"), app.screenText())
        app.press("p", "[", "[")
        XCTAssertTrue(app.screenText().contains("Q2 2026: 2026-04-01 to 2026-06-30"), app.screenText())
        app.press("p")
        XCTAssertTrue(app.screenText().contains("Last 12 months: 2025-11-23 to 2026-11-22"), app.screenText())
        app.press("a")
        XCTAssertTrue(app.state.reports.glyphs.isASCII)
    }

    func testReportsAreComputedOnChangesNotOnFrames() {
        var app = AppHarness(book: Self.book, width: 120, height: 36)
        app.press("6")
        let cache = app.state.reports.cache
        _ = app.frame()  // the shell's "6" shows the view; its first frame computes the report
        let afterFirst = cache.computations
        XCTAssertEqual(afterFirst, 1)
        for _ in 0..<5 { _ = app.frame() }
        XCTAssertEqual(cache.computations, afterFirst, "frames reuse the result")
        app.press("j")
        XCTAssertEqual(cache.computations, afterFirst + 1, "a new report is computed once")
        _ = app.frame()
        app.press("k")
        XCTAssertEqual(cache.computations, afterFirst + 1, "going back reuses the earlier result")

        // A changed book (any table a report reads) is a new key.
        var book = app.state.book
        book.surveys.upsert(SurveyResponse(id: SurveyResponseID(number: 9_999), createdAt: Date(timeIntervalSince1970: 0),
                                           contactID: nil, date: AppHarness.today, score: 10))
        app.state.book = book
        _ = app.frame()
        XCTAssertEqual(cache.computations, afterFirst + 2, "recomputed after the book changed")
    }

    func testEmptyBookAndSmallTerminal() {
        var app = AppHarness(width: 80, height: 24)
        app.press("6")
        for _ in ReportKind.allCases {
            XCTAssertTrue(app.screenText().contains("No data for this period"), app.screenText())
            app.press("j")
        }
        app.resize(width: 60, height: 16)
        app.press("j", "space", "space", "pgup")
        XCTAssertFalse(app.screenText().isEmpty)
    }

    func testScrollingATallChart() {
        var app = AppHarness(book: Self.book, width: 80, height: 24)
        app.press("6", "j", "j", "j")  // NPS: taller than 24 rows
        XCTAssertTrue(app.screenText().contains("more below"), app.screenText())
        app.press("space")
        XCTAssertGreaterThan(app.state.reports.scroll, 0)
        for _ in 0..<20 { app.press("space") }
        XCTAssertFalse(app.screenText().contains("more below"), "scrolled to the end")
        let end = app.state.reports.scroll
        app.press("space")
        XCTAssertEqual(app.state.reports.scroll, end, "not past the end")
        app.press("pgup")
        XCTAssertLessThan(app.state.reports.scroll, end)
    }
}
