import Foundation
import RapportCore
import RapportCanvas
@testable import RapportUI
import XCTest

/// The Reports view and `rapport report` must show the same figures: both draw `ReportChart`,
/// and this checks it from the outside, on the real binary and the real view, for every report.
final class ReportsViewMatchesCommandLineTests: XCTestCase {
    func testEveryReportShowsTheSameFiguresInTheViewAndOnTheCommandLine() throws {
        let directory = try makeTemporaryDirectory(self) + "/book"
        let demo = try RapportBinary.run(["demo", "--out", directory, "--as-of", ReportCommandTests.asOf])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let book = try BookStore.load(directory: directory)
        let asOf = try XCTUnwrap(LocalDate(ReportCommandTests.asOf))
        // The binary reads TZ like this process does: the view gets the same zone and day.
        let clock = FixedClock(asOf.startOfDay(in: .current).addingTimeInterval(12 * 3600), timeZone: .current)
        let environment = AppEnvironment(clock: clock)
        var state = AppState(book: book, bookPath: directory, size: TerminalExtent(width: 160, height: 120))
        _ = App.handle(.char("6"), state: &state, environment: environment)
        func context(_ state: AppState) -> ScreenContext<ReportsScreen> { ScreenContext(app: state, environment: environment) }
        for kind in ReportKind.allCases {
            state.reports.selected = kind
            // Exactly as tall as the chart wants, so growing parts (a line chart) are not stretched
            // and the axes carry the same ticks as on the command line.
            let width = ReportsScreen.layout(size: state.size).chart.width
            let wanted = ReportsScreen.chart(state.reports, context: context(state)).preferredHeight(width: width)
            state.size.height += wanted - ReportsScreen.layout(size: state.size).chart.height
            let chartArea = ReportsScreen.layout(size: state.size).chart
            XCTAssertEqual(chartArea.height, wanted)
            var frame = CellBuffer(width: state.size.width, height: state.size.height)
            App.render(state, into: &frame, environment: environment)
            let viewLines = (chartArea.minY..<chartArea.maxY).map { y in
                (chartArea.minX..<chartArea.maxX).map { frame[$0, y].grapheme }.joined()
            }

            let run = try RapportBinary.run(["report", kind.rawValue, "--as-of", ReportCommandTests.asOf, "--data", directory,
                                             "--width", String(chartArea.width)], environment: ["LANG": "C.UTF-8"])
            XCTAssertEqual(run.status, 0, "\(kind): \(run.stderr)")
            // The command line starts with the title, its underline and a blank line.
            let cliLines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3).map(String.init)

            let viewFigures = figures(viewLines)
            XCTAssertGreaterThan(viewFigures.count, 5, "\(kind) shows figures")
            XCTAssertEqual(viewFigures, figures(cliLines), "\(kind): the view and the command line differ")
            XCTAssertTrue(run.stdout.hasPrefix(ReportResult.compute(kind, book: book,
                                                                    period: ReportsScreen.period(state.reports, context: context(state))).title),
                          "\(kind): same period")
        }
    }

    /// Every word holding a digit, in reading order: counts, amounts, rates, days.
    private func figures(_ lines: [String]) -> [String] {
        lines.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(String.init).filter { $0.contains { $0.isNumber } }
    }
}
