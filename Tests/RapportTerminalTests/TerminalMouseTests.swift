import RapportCanvas
import XCTest
@testable import RapportTerminal

/// The mouse read from a pseudo-terminal as xterm reports it (SGR mode, which xterm's terminal
/// description asks for).
final class TerminalMouseTests: XCTestCase {
    private func makeTerminal() throws -> PseudoTerminal {
        do {
            return try PseudoTerminal(width: 40, height: 10)
        } catch {
            throw XCTSkip("no pseudo-terminal available: \(error)")
        }
    }

    @MainActor
    func testClicksDoubleClicksAndTheWheelAreDecoded() async throws {
        let terminal = try makeTerminal()
        let backend = TerminalBackend(input: terminal.input, output: terminal.output, terminalType: "xterm-256color", environment: [:])
        try backend.start()
        defer { backend.stop() }
        XCTAssertTrue(backend.reportsMouse)
        backend.draw(CellBuffer(width: 40, height: 10))
        let output = terminal.drainOutput()
        XCTAssertTrue(output.contains("1000h"), "mouse reporting asked for: \(output.debugDescription)")

        terminal.type("\u{1B}[<0;6;3M\u{1B}[<0;6;3m")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .mouse(MouseEvent(x: 5, y: 2, kind: .click)))
        terminal.type("\u{1B}[<0;6;3M\u{1B}[<0;6;3m")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .mouse(MouseEvent(x: 5, y: 2, kind: .doubleClick)), "the release is dropped")
        terminal.type("\u{1B}[<64;2;4M")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .mouse(MouseEvent(x: 1, y: 3, kind: .wheelUp)))
        terminal.type("\u{1B}[<65;2;4M")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .mouse(MouseEvent(x: 1, y: 3, kind: .wheelDown)))
        terminal.type("j")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .char("j"), "keys go on after the mouse")
        backend.stop()
        XCTAssertTrue(terminal.drainOutput().contains("1000l"), "the terminal gets its mouse back")
    }

    @MainActor
    func testRapportMouseZeroLeavesTheMouseToTheTerminal() async throws {
        let terminal = try makeTerminal()
        let backend = TerminalBackend(input: terminal.input, output: terminal.output, terminalType: "xterm-256color",
                                      environment: ["RAPPORT_MOUSE": "0"])
        try backend.start()
        defer { backend.stop() }
        XCTAssertFalse(backend.reportsMouse)
        backend.draw(CellBuffer(width: 40, height: 10))
        XCTAssertFalse(terminal.drainOutput().contains("1000h"))
    }
}
