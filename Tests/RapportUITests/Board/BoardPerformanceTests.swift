import Foundation
import RapportCore
import RapportCanvas
@testable import RapportUI
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// How long a key press on the board takes (update + render) with the large demo book
/// (25,000 opportunities, 250,000 activities). A measurement, not an assertion: unit tests never
/// assert on time. Run in release:
///
///     RAPPORT_BOARD_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter BoardPerformanceTests
final class BoardPerformanceTests: XCTestCase {
    func testKeyPressTimesOnTheLargeBook() throws {
        guard ProcessInfo.processInfo.environment["RAPPORT_BOARD_BENCH"] == "1" else {
            throw XCTSkip("set RAPPORT_BOARD_BENCH=1 (and build in release) to measure")
        }
        let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
        let started = Date()
        let book = DemoBookGenerator(size: .large, seed: 1, today: today).generate()
        print("board-bench: generated \(book.opportunities.count) opportunities, \(book.activities.count) activities in \(milliseconds(since: started)) ms")
        let environment = AppEnvironment(clock: FixedClock(today))
        breakdown(book, today: today)
        for (width, height) in [(120, 36), (200, 60), (80, 24)] {
            var state = AppState(book: book, bookPath: "/tmp/large", size: TerminalExtent(width: width, height: height))
            var buffer = CellBuffer(width: width, height: height)
            let first = Date()
            App.render(state, into: &buffer, environment: environment)
            print("board-bench \(width)x\(height): first frame (builds the indexes) \(milliseconds(since: first)) ms")

            func measure(_ name: String, _ keys: [KeyEvent], repeats: Int = 20) {
                var samples: [Double] = []
                for _ in 0..<repeats {
                    for key in keys {
                        let start = cpuMilliseconds()
                        _ = App.handle(key, state: &state, environment: environment)
                        App.render(state, into: &buffer, environment: environment)
                        samples.append(cpuMilliseconds() - start)
                    }
                }
                samples.sort()
                let mean = samples.reduce(0, +) / Double(samples.count)
                let p95 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.95))]
                print(String(format: "board-bench %dx%d %-28@ mean %6.2f ms  p95 %6.2f ms  max %6.2f ms (thread CPU time)",
                             width, height, name as NSString, mean, p95, samples.last ?? 0))
            }
            measure("j/k (next, previous card)", [.char("j"), .char("j"), .char("k")])
            measure("l/h (columns)", [.char("l"), .char("h")])
            measure("G/g (last, first)", [.char("G"), .char("g")])
            measure("PgDn", [.pageDown])
            measure("> then < (move, saved)", [.char(">"), .char("<")], repeats: 10)
            measure("u / Ctrl-R (undo, redo)", [.char("u"), .ctrl("r")], repeats: 10)
            measure("s (sort)", [.char("s")], repeats: 8)
            measure("Enter/Esc (pane)", [.enter, .escape])
            _ = App.handle(.char("/"), state: &state, environment: environment)
            measure("typing in / filter", [.char("a"), .char("c"), .backspace, .backspace], repeats: 5)
            _ = App.handle(.escape, state: &state, environment: environment)
            measure("W then u (won, undo)", [.char("W"), .char("u")], repeats: 5)
        }
    }

    /// Where the time of a change goes: the pieces rebuilt after the opportunities table changes.
    private func breakdown(_ book: Book, today: LocalDate) {
        func time(_ name: String, _ body: () -> Void) {
            let start = cpuMilliseconds()
            body()
            print(String(format: "board-bench piece %-34@ %7.2f ms", name as NSString, cpuMilliseconds() - start))
        }
        var changed = book
        if let first = book.opportunities.all.first(where: { $0.status == .open }) {
            var moved = first
            moved.move(toStage: "qualified", at: Date())
            changed.opportunities.upsert(moved)
        }
        time("Book == after one change") { _ = changed == book }
        time("activity index (250k activities)") { _ = BoardActivityIndex(book.activities) }
        time("stage index") { _ = BoardStageIndex(book) }
        time("columns (uncached indexes warm)") {
            _ = BoardColumns(book, filter: "", sort: .nextActivity, today: today, timeZone: TimeZone(identifier: "UTC") ?? .current,
                             caches: BoardCaches())
        }
        let clock = FixedClock(today)
        let environment = AppEnvironment(clock: clock)
        var state = AppState(book: book, bookPath: "/tmp/large", size: TerminalExtent(width: 120, height: 36))
        var buffer = CellBuffer(width: 120, height: 36)
        App.render(state, into: &buffer, environment: environment)
        for _ in 0..<3 {
            guard let id = BoardScreen.focusedCard(state, environment) else { break }
            var outcome = BoardChanges.Outcome.refused("")
            time("move: BoardChanges.move") { outcome = BoardChanges.move(id, by: 1, in: state.book, at: clock.now) }
            guard case .changed(let moved, let label, let touched) = outcome else { break }
            time("move: carry the stage index over") { state.board.caches.carryOver(from: state.book, to: moved, touched: touched) }
            time("move: commit") { state.commit(moved, label: label, environment: environment) }
            time("move: stage index") { _ = state.board.caches.stageIndex(state.book) }
            time("move: columns") { _ = BoardScreen.columns(state, environment) }
            time("move: focus") { BoardScreen.focus(on: id, state: &state, environment: environment, clearingFilterIfHidden: false) }
            time("move: render") { App.render(state, into: &buffer, environment: environment) }
            time("move: render again") { App.render(state, into: &buffer, environment: environment) }
        }
        time("search index") { _ = BoardSearchIndex(book) }
        time("party directory") { _ = PartyDirectory(book) }
    }

    /// CPU time of this thread in milliseconds: other engineers' builds share the two cores, and
    /// wall time would measure them too.
    private func cpuMilliseconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
    }

    private func milliseconds(since date: Date) -> Int { Int(Date().timeIntervalSince(date) * 1000) }
}
