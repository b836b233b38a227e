#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RapportCore
import RapportUI
import XCTest
@testable import RapportTerminal

/// How long a full 200x60 frame takes: render the board into the cell buffer, then hand it to
/// ncurses on a pseudo-terminal. Printed, never asserted; runs only with RAPPORT_BENCH=1
/// (`RAPPORT_BENCH=1 swift test -c release --filter FrameTimingTests`).
final class FrameTimingTests: XCTestCase {
    @MainActor
    func testFullFrameRenderAndDraw() async throws {
        guard ProcessInfo.processInfo.environment["RAPPORT_BENCH"] == "1" else { throw XCTSkip("set RAPPORT_BENCH=1 to time frames") }
        let terminal: PseudoTerminal
        do { terminal = try PseudoTerminal(width: 200, height: 60) } catch { throw XCTSkip("no pseudo-terminal: \(error)") }
        let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
        let environment = AppEnvironment(clock: FixedClock(today))
        let book = DemoBookGenerator(size: .small, seed: 1, today: today).generate()
        var state = AppState(book: book, bookPath: "/tmp/book", size: TerminalExtent(width: 200, height: 60))
        let backend = TerminalBackend(input: terminal.input, output: terminal.output, terminalType: "xterm-256color")
        try backend.start()
        defer { backend.stop() }
        var renderTimes: [Double] = []
        var drawTimes: [Double] = []
        let keys: [KeyEvent] = [.char("j"), .char("l"), .char("k"), .char("h")]
        for step in 0..<200 {
            _ = App.handle(keys[step % keys.count], state: &state, environment: environment)
            var buffer = CellBuffer(width: 200, height: 60)
            let start = DispatchTime.now().uptimeNanoseconds
            App.render(state, into: &buffer, environment: environment)
            let rendered = DispatchTime.now().uptimeNanoseconds
            backend.draw(buffer)
            let drawn = DispatchTime.now().uptimeNanoseconds
            _ = terminal.drainOutput()
            if step >= 20 {
                renderTimes.append(Double(rendered - start) / 1e6)
                drawTimes.append(Double(drawn - rendered) / 1e6)
            }
        }
        func describe(_ times: [Double]) -> String {
            let sorted = times.sorted()
            return String(format: "median %.3f ms, max %.3f ms", sorted[sorted.count / 2], sorted.last ?? 0)
        }
        print("200x60 board frame: render into the buffer \(describe(renderTimes)); ncurses draw \(describe(drawTimes))")
        XCTAssertEqual(renderTimes.count, 180)
    }
}
