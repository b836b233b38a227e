#if canImport(Glibc)
import Glibc
#endif
import RapportCanvas
import XCTest
@testable import RapportTerminal

// corelibs XCTest cannot call synchronous @MainActor test methods, so the tests are async and
// main-actor isolated one by one.
final class TerminalBackendTests: XCTestCase {
    /// A pseudo-terminal, or a skip (not a failure) where the machine has none (some containers).
    private func makeTerminal(width: Int, height: Int) throws -> PseudoTerminal {
        do {
            return try PseudoTerminal(width: width, height: height)
        } catch {
            throw XCTSkip("no pseudo-terminal available: \(error)")
        }
    }

    @MainActor
    private func makeBackend(_ terminal: PseudoTerminal, environment: [String: String] = [:]) -> TerminalBackend {
        TerminalBackend(input: terminal.input, output: terminal.output, terminalType: "xterm-256color",
                        environment: environment)
    }

    @MainActor
    func testStartDrawStopOnAPseudoTerminal() async throws {
        let terminal = try makeTerminal(width: 40, height: 10)
        let backend = makeBackend(terminal)
        try backend.start()
        XCTAssertTrue(backend.isActive)
        XCTAssertEqual(backend.size, TerminalSize(width: 40, height: 10))
        XCTAssertTrue(backend.hasColors)
        XCTAssertEqual(backend.theme.name, "standard")

        var frame = CellBuffer(width: 40, height: 10)
        frame.drawBox(frame.bounds, title: "Smoke")
        frame.write("漢字 👍🏽 Ame\u{0301}lie", at: 2, y: 2, style: .selected)
        frame.write("overflowing text that is far too long for the box", at: 2, y: 3, maxWidth: 36)
        frame.set("界", x: 39, y: 5)  // a wide character at the right edge
        backend.draw(frame, cursor: CursorPosition(x: 3, y: 2))
        let screen = terminal.drainOutput()
        XCTAssertTrue(screen.contains("\u{1B}[?2004h"), "bracketed paste is requested")
        XCTAssertTrue(screen.contains("漢字"), "wide characters reach the terminal")
        XCTAssertTrue(screen.contains("Smoke"))
        XCTAssertTrue(screen.contains("👍"))
        XCTAssertTrue(screen.contains("…"))

        // Drawing the same frame again sends (almost) nothing: ncurses only sends differences.
        backend.draw(frame, cursor: CursorPosition(x: 3, y: 2))
        XCTAssertFalse(terminal.drainOutput().contains("Smoke"))

        backend.stop()
        XCTAssertFalse(backend.isActive)
        XCTAssertTrue(terminal.drainOutput().contains("\u{1B}[?2004l"), "and switched off on the way out")
        backend.stop()  // idempotent
        backend.draw(frame)  // ignored once stopped
        XCTAssertNil(backend.nextEvent(timeoutMs: 0))
    }

    @MainActor
    func testDecodesKeysFromTheTerminal() async throws {
        let terminal = try makeTerminal(width: 30, height: 8)
        let backend = makeBackend(terminal)
        try backend.start()
        defer { backend.stop() }
        _ = terminal.drainOutput()

        let cases: [(bytes: String, expected: KeyEvent)] = [
            ("j", .char("j")),
            ("G", .char("G")),
            ("é", .char("é")),
            ("漢", .char("漢")),
            ("\u{12}", .ctrl("r")),
            ("\u{3}", .ctrl("c")),
            ("\u{1A}", .ctrl("z")),
            ("\t", .tab),
            ("\r", .enter),
            ("\u{7F}", .backspace),
            ("\u{8}", .backspace),
            ("\u{1B}OA", .up),  // keypad-transmit mode arrows
            ("\u{1B}OB", .down),
            ("\u{1B}[Z", .backTab),
            ("\u{1B}[6~", .pageDown),
            ("\u{1B}[5~", .pageUp),
            ("\u{1B}[3~", .delete),
            ("\u{1B}OH", .home),
            ("\u{1B}[15~", .function(5)),
            ("\u{1B}OP", .function(1)),
            ("\u{1B}[1;5D", .ctrlLeft),
            ("\u{1B}[1;5C", .ctrlRight),
            ("\u{1B}b", .alt("b")),
        ]
        for (bytes, expected) in cases {
            terminal.type(bytes)
            XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), expected, "bytes \(bytes.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        terminal.type("\u{1B}[200~Ada\rLovelace\r\n漢字\u{1B}[201~q")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .paste("Ada\nLovelace\n漢字"), "a bracketed paste is one event")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .char("q"), "typing goes on after the paste")
        terminal.type("\u{1B}")
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .escape, "a lone Esc is the Escape key")
        XCTAssertNil(backend.nextEvent(timeoutMs: 50), "nothing typed: timeout")
    }

    @MainActor
    func testRunExternalReturnsTheBodysValueAndKeepsTheBackendActive() async throws {
        let terminal = try makeTerminal(width: 20, height: 5)
        let backend = makeBackend(terminal)
        try backend.start()
        defer { backend.stop() }
        let value = backend.runExternal { 42 }
        XCTAssertEqual(value, 42)
        XCTAssertTrue(backend.isActive)
        var frame = CellBuffer(width: 20, height: 5)
        frame.write("back", at: 0, y: 0)
        backend.draw(frame)
        XCTAssertTrue(terminal.drainOutput().contains("back"))
    }

    @MainActor
    func testNoColorSelectsTheMonochromeTheme() async throws {
        let terminal = try makeTerminal(width: 20, height: 5)
        let backend = makeBackend(terminal, environment: ["NO_COLOR": "1"])
        try backend.start()
        defer { backend.stop() }
        XCTAssertEqual(backend.theme.name, "monochrome")
        XCTAssertFalse(Theme.monochrome.usesColor)
    }

    @MainActor
    func testTerminationSignalIsReportedToTheLoop() async throws {
        let terminal = try makeTerminal(width: 20, height: 5)
        let backend = makeBackend(terminal)
        try backend.start()
        defer {
            TerminalSignals.clearPendingTermination()
            backend.stop()
        }
        XCTAssertNil(backend.pendingTermination)
        raise(SIGTERM)  // the handler only records it: the process goes on
        XCTAssertEqual(backend.pendingTermination, SIGTERM)
        terminal.type("x")
        XCTAssertNil(backend.nextEvent(timeoutMs: 1000), "no more events once termination is pending")
        TerminalSignals.clearPendingTermination()
        XCTAssertEqual(backend.nextEvent(timeoutMs: 1000), .char("x"))
    }

    func testThemeSelectionRules() {
        XCTAssertEqual(Theme.automatic(environment: [:], terminalHasColors: true).name, "standard")
        XCTAssertEqual(Theme.automatic(environment: ["NO_COLOR": ""], terminalHasColors: true).name, "standard",
                       "an empty NO_COLOR does not count")
        XCTAssertEqual(Theme.automatic(environment: ["NO_COLOR": "yes"], terminalHasColors: true).name, "monochrome")
        XCTAssertEqual(Theme.automatic(environment: [:], terminalHasColors: false).name, "monochrome")
    }

    func testEveryRoleHasAnEntryInBothThemes() {
        for role in StyleRole.allCases {
            XCTAssertNotNil(Theme.standard.entries[role], "standard theme lacks \(role)")
            XCTAssertNotNil(Theme.monochrome.entries[role], "monochrome theme lacks \(role)")
        }
        // The selection must stay visible without colour.
        XCTAssertTrue(Theme.monochrome[.selected].attributes.contains(.reverse))
    }

    func testColorDegradesOnEightColorTerminals() {
        XCTAssertEqual(TerminalColor.brightRed.number(availableColors: 8), 1)
        XCTAssertEqual(TerminalColor.brightRed.number(availableColors: 256), 9)
        XCTAssertEqual(TerminalColor.indexed(200).number(availableColors: 8), -1)
        XCTAssertEqual(TerminalColor.terminalDefault.number(availableColors: 256), -1)
    }
}
