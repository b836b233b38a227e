import CNcursesw
import Foundation
import RapportCanvas

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

public enum TerminalError: Error, CustomStringConvertible {
    case cannotInitialize(terminalType: String?)
    public var description: String {
        switch self {
        case .cannotInitialize(let type):
            return "cannot initialise the terminal (TERM=\(type ?? "unset")); is this an interactive terminal?"
        }
    }
}

/// The ncurses backend: owns the terminal while started, writes `CellBuffer`s, reads keys.
///
/// Main thread only (curses is not thread-safe), hence `@MainActor`. A typical loop:
///
///     let terminal = TerminalBackend()
///     try terminal.start()
///     defer { terminal.stop() }
///     while terminal.pendingTermination == nil {
///         var frame = CellBuffer(width: terminal.size.width, height: terminal.size.height)
///         render(state, into: &frame, area: frame.bounds)
///         terminal.draw(frame, cursor: state.cursor)
///         guard let key = terminal.nextEvent(timeoutMs: 250) else { continue }  // timeout: tick
///         ...
///     }
///
/// Raw mode: Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as keys (`.ctrl("c")` …), so the keymap
/// decides what they do (Ctrl-C quits, Ctrl-Z calls `suspend()`; Ctrl-S and Ctrl-Q do not
/// pause and resume the output). SIGINT/SIGTERM/SIGHUP sent from outside set
/// `pendingTermination`; a second one restores the terminal and exits. Crash signals (and
/// SIGQUIT) restore the terminal, are reported, and end the program; `exit()` restores too.
@MainActor
public final class TerminalBackend {
    public private(set) var isActive = false
    public private(set) var theme: Theme
    public private(set) var hasColors = false
    /// Set to choose the theme yourself; nil picks `Theme.automatic` at `start()`.
    private let requestedTheme: Theme?
    /// The user's colours from config.json, laid over the theme chosen at `start()`.
    public var themeOverrides = ThemeOverrides()

    private let inputStream: UnsafeMutablePointer<FILE>?
    private let outputStream: UnsafeMutablePointer<FILE>?
    private let terminalType: String?
    private let environment: [String: String]
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var decoder = KeyDecoder()
    private var styleCache: [Style: (attributes: attr_t, pair: Int16)] = [:]
    private var colorPairs: [ThemeEntry: Int16] = [:]
    private var cursorVisible = false
    private var needsFullRedraw = false
    /// The frame ncurses holds, to send only what changed.
    private var lastFrame: CellBuffer?
    private var output: UnsafeMutablePointer<FILE>?
    /// Whether clicks and the wheel are reported (asked at `start`; off while outside curses).
    public private(set) var reportsMouse = false
    private var doubleClicks = DoubleClicks()

    // Bracketed paste: the terminal wraps pasted text in these sequences once asked to
    // (ESC[?2004h). curses learns them as two private key codes, far above its own.
    private static let pasteStartCode: Int32 = 0x7F00
    private static let pasteEndCode: Int32 = 0x7F01

    /// The process's own terminal (stdin/stdout, `$TERM`).
    public init(theme: Theme? = nil, environment: [String: String] = TerminalBackend.processEnvironment()) {
        self.inputStream = nil
        self.outputStream = nil
        self.terminalType = nil
        self.requestedTheme = theme
        self.environment = environment
        self.theme = theme ?? .standard
    }

    /// Explicit streams and terminal type: a pseudo-terminal in tests, or /dev/tty when stdout is
    /// redirected.
    public init(input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, terminalType: String?,
                theme: Theme? = nil, environment: [String: String] = TerminalBackend.processEnvironment()) {
        self.inputStream = input
        self.outputStream = output
        self.terminalType = terminalType
        self.requestedTheme = theme
        self.environment = environment
        self.theme = theme ?? .standard
    }

    /// Whether stdin and stdout are both a terminal (else a full-screen UI makes no sense: the
    /// caller should say so, or fall back to plain output).
    public nonisolated static var isInteractive: Bool {
        isatty(0) == 1 && isatty(1) == 1
    }

    public nonisolated static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["NO_COLOR", "TERM", "RAPPORT_MOUSE"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    /// The user's locale, with a UTF-8 character set whatever LANG says. Without it ncursesw
    /// treats every byte as Latin-1 and breaks UTF-8; and the user's locale is not enough on its
    /// own: LANG unset, POSIX, or naming a locale the system lacks (it_IT.UTF-8 where only C.UTF-8
    /// is installed: setlocale fails) leaves "C", where "Léa" draws as "L a" and every border,
    /// € and · is lost. The interface always writes UTF-8, so the character set falls back to it.
    public nonisolated static func adoptLocale() {
        setlocale(LC_ALL, "")
        guard !codesetIsUTF8 else { return }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil && codesetIsUTF8 {
            return
        }
    }

    /// Whether the current LC_CTYPE decodes UTF-8.
    public nonisolated static var codesetIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    // MARK: Lifecycle

    /// Takes over the terminal: UTF-8 locale, raw keys without echo, keypad decoding, a short Esc
    /// delay, hidden cursor, colours when available, and the mouse unless `mouse` is false or
    /// the environment says `RAPPORT_MOUSE=0` (then the terminal's own selection works as usual).
    public func start(mouse: Bool = true) throws {
        guard !isActive else { return }
        Self.adoptLocale()
        let input = inputStream ?? rapport_stdin()
        let output = outputStream ?? rapport_stdout()
        let newScreen: OpaquePointer? = terminalType.map { type in
            type.withCString { newterm($0, output, input) }
        } ?? newterm(nil, output, input)
        guard let newScreen else { throw TerminalError.cannotInitialize(terminalType: terminalType ?? environment["TERM"]) }
        screen = newScreen
        set_term(newScreen)
        window = rapport_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        // Esc must feel instant; ncurses' default waits a whole second for an escape sequence.
        set_escdelay(25)
        intrflush(window, false)
        leaveok(window, false)
        curs_set(0)
        cursorVisible = false
        // Ctrl-arrows are extended terminfo keys: ask for their codes rather than guessing.
        use_extended_names(true)
        decoder = KeyDecoder(ctrlLeftCode: Self.keyCode(named: "kLFT5"), ctrlRightCode: Self.keyCode(named: "kRIT5"))
        define_key("\u{1B}[200~", Self.pasteStartCode)
        define_key("\u{1B}[201~", Self.pasteEndCode)
        self.output = output

        hasColors = has_colors()
        if hasColors {
            start_color()
            use_default_colors()
        }
        let chosen = requestedTheme ?? Theme.automatic(environment: environment, terminalHasColors: hasColors)
        theme = chosen.applying(themeOverrides, colors: hasColors && chosen.usesColor)
        styleCache = [:]
        colorPairs = [:]
        isActive = true
        TerminalSignals.install()
        TerminalSignals.setCursesActive(true)
        needsFullRedraw = true
        setBracketedPaste(true)
        reportsMouse = mouse && environment["RAPPORT_MOUSE"] != "0"
        setMouseReporting(reportsMouse)
    }

    /// Clicks and the wheel reported, or the terminal's own (select, copy, scroll back). Every
    /// press is reported as it happens: double clicks are told apart here (`DoubleClicks`).
    private func setMouseReporting(_ enabled: Bool) {
        mouseinterval(0)
        mousemask(enabled ? rapport_mouse_mask() : 0, nil)
    }

    /// Asks the terminal to mark pastes (terminals that do not know the request ignore it).
    private func setBracketedPaste(_ enabled: Bool) {
        guard let output else { return }
        fputs(enabled ? "\u{1B}[?2004h" : "\u{1B}[?2004l", output)
        fflush(output)
    }

    /// Gives the terminal back (idempotent; also safe if `start()` never ran).
    public func stop() {
        guard isActive else { return }
        TerminalSignals.setCursesActive(false)
        setBracketedPaste(false)
        setMouseReporting(false)
        curs_set(1)
        endwin()
        if let screen {
            delscreen(screen)
        }
        screen = nil
        window = nil
        output = nil
        isActive = false
    }

    /// The sentence written to stderr after a crash, once the terminal is restored and the
    /// crash reported (say where the report is).
    public static func setCrashNote(_ text: String) {
        TerminalSignals.setCrashNote(text)
    }

    /// The terminal size in cells.
    public var size: TerminalSize {
        guard isActive, let window else { return TerminalSize(width: 0, height: 0) }
        return TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// The SIGINT/SIGTERM/SIGHUP that asked the program to quit, if any. The loop should save
    /// what it must and leave.
    public var pendingTermination: Int32? { TerminalSignals.pendingTermination }

    // MARK: Drawing

    /// Writes the whole frame. ncurses compares it with what the terminal shows and sends only the
    /// differences. `cursor` shows the hardware cursor there (text inputs), nil hides it.
    public func draw(_ buffer: CellBuffer, cursor: CursorPosition? = nil) {
        guard isActive, let window else { return }
        // Only the cells that changed since the last frame are handed to ncurses: it would find
        // the difference itself, but preparing 12,000 cells a frame costs milliseconds.
        var previous = lastFrame
        if needsFullRedraw {
            clearok(rapport_curscr(), true)
            needsFullRedraw = false
            previous = nil
        }
        if previous?.width != buffer.width || previous?.height != buffer.height
            || buffer.width != Int(getmaxx(window)) || buffer.height != Int(getmaxy(window)) {
            previous = nil
        }
        if previous == nil { werase(window) }
        lastFrame = buffer
        let rows = min(buffer.height, Int(getmaxy(window)))
        let columns = min(buffer.width, Int(getmaxx(window)))
        var glyph = cchar_t()
        var characters = [wchar_t](repeating: 0, count: GlyphPlan.maxScalarsPerCell + 1)
        let measure: (UInt32) -> Int = { Int(rapport_wcwidth(wchar_t(bitPattern: $0))) }
        for y in 0..<max(0, rows) {
            for x in 0..<columns {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }  // the wide character before it covers it
                if let previous, previous[x, y] == cell { continue }
                let (attributes, pair) = resolve(cell.style)
                let fitsOnScreen = !cell.isWide || x + 1 < columns
                let pieces = fitsOnScreen
                    ? GlyphPlan.pieces(for: cell.grapheme, width: cell.width, wcwidth: measure)
                    : [GlyphPlan.Piece(offset: 0, scalars: [GlyphPlan.space])]
                for piece in pieces {
                    for (index, scalar) in piece.scalars.enumerated() { characters[index] = wchar_t(bitPattern: scalar) }
                    characters[piece.scalars.count] = 0
                    if setcchar(&glyph, characters, attributes, pair, nil) == ERR {
                        characters[0] = wchar_t(bitPattern: GlyphPlan.replacement)
                        characters[1] = 0
                        setcchar(&glyph, characters, attributes, pair, nil)
                    }
                    mvwadd_wch(window, Int32(y), Int32(x + piece.offset), &glyph)
                }
            }
        }
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { curs_set(1); cursorVisible = true }
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Repaints everything on the next `draw` (Ctrl-L, or after another program scribbled).
    public func forceFullRedraw() {
        needsFullRedraw = true
    }

    private func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let cached = styleCache[style] { return cached }
        let entry = theme[style.role]
        let attributes = cursesAttributes(entry.attributes.union(style.attributes))
        var pair: Int16 = 0
        if hasColors, entry.usesColor {
            if let existing = colorPairs[entry] {
                pair = existing
            } else {
                let next = Int16(colorPairs.count + 1)
                if Int(next) < rapport_color_pairs() {
                    let colors = Int(rapport_colors())
                    init_pair(next, entry.foreground.number(availableColors: colors),
                              entry.background.number(availableColors: colors))
                    colorPairs[entry] = next
                    pair = next
                }
            }
        }
        styleCache[style] = (attributes, pair)
        return (attributes, pair)
    }

    private func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = rapport_a_normal()
        if attributes.contains(.bold) { result |= rapport_a_bold() }
        if attributes.contains(.underline) { result |= rapport_a_underline() }
        if attributes.contains(.reverse) { result |= rapport_a_reverse() }
        if attributes.contains(.dim) { result |= rapport_a_dim() }
        if attributes.contains(.italic) { result |= rapport_a_italic() }
        return result
    }

    // MARK: Input

    /// The next key or resize, waiting at most `timeoutMs` (nil waits until one arrives).
    /// Returns nil on timeout, and as soon as a termination signal is pending.
    public func nextEvent(timeoutMs: Int? = nil) -> KeyEvent? {
        guard isActive, let window else { return nil }
        // Wait in short slices so a SIGTERM is noticed even if the read was restarted.
        let slice = 100
        var remaining = timeoutMs ?? Int.max
        while pendingTermination == nil {
            let wait = min(slice, max(0, remaining))
            wtimeout(window, Int32(wait))
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == KEY_CODE_YES, Int32(bitPattern: value) == Self.pasteStartCode {
                return readPaste(window)
            }
            if status == KEY_CODE_YES {
                let size = { [window] in (width: Int(getmaxx(window)), height: Int(getmaxy(window))) }
                if Int32(bitPattern: value) == KEY_MOUSE {
                    if let mouse = readMouse() { return .mouse(mouse) }
                    continue
                }
                if let key = decoder.decodeKeyCode(Int32(bitPattern: value), size: size) { return key }
                continue  // a key Rapport does not use: keep waiting
            }
            if status == OK {
                if value == 27 { return readAfterEscape(window) }
                if let key = KeyDecoder.decodeCharacter(UInt32(value)) { return key }
                continue
            }
            // ERR: timeout or interrupted by a signal.
            if timeoutMs != nil {
                remaining -= wait
                if remaining <= 0 { return nil }
            }
        }
        return nil
    }

    /// The mouse event curses decoded, or nil for one Rapport does not use (a release, the
    /// right button).
    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        switch rapport_mouse_kind(event.bstate) {
        case 1: return MouseEvent(x: x, y: y, kind: doubleClicks.kind(ofPressAtX: x, y: y, milliseconds: Self.monotonicMilliseconds()))
        case 2: return MouseEvent(x: x, y: y, kind: .wheelUp)
        case 3: return MouseEvent(x: x, y: y, kind: .wheelDown)
        default: return nil
        }
    }

    /// Collects a bracketed paste up to its end marker (or until the terminal goes quiet, so a
    /// lost end marker cannot swallow the keyboard).
    private func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> KeyEvent {
        var scalars = String.UnicodeScalarView()
        var previous: UInt32 = 0
        wtimeout(window, 200)
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == OK {
                // Terminals send line breaks in pastes as CR (or CR LF): one "\n" each.
                let current = UInt32(value)
                defer { previous = current }
                if current == 10, previous == 13 { continue }
                if let scalar = Unicode.Scalar(current == 13 ? 10 : current) { scalars.append(scalar) }
            } else if status == KEY_CODE_YES, Int32(bitPattern: value) == Self.pasteEndCode {
                break
            } else if status == ERR {
                break
            }
        }
        return .paste(String(scalars))
    }

    /// After Esc: a character already waiting means Alt+character (the terminal sent both at
    /// once); nothing means the Esc key itself.
    private func readAfterEscape(_ window: UnsafeMutablePointer<WINDOW>) -> KeyEvent {
        wtimeout(window, 0)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == OK, let key = KeyDecoder.decodeCharacter(UInt32(value)) {
            switch key {
            case .char(let character): return .alt(character)
            case .backspace: return .alt("\u{7F}")
            default: break
            }
            unget_wch(wchar_t(bitPattern: UInt32(value)))
        } else if status == KEY_CODE_YES {
            ungetch(Int32(bitPattern: value))
        }
        return .escape
    }

    // MARK: Leaving the screen temporarily

    /// Ctrl-Z: restores the terminal, stops like any shell job, and on `fg` takes the terminal back
    /// and repaints everything on the next `draw`. Call `size` afterwards: it may have changed.
    public func suspend() {
        guard isActive else { return }
        runOutsideCurses {
            TerminalSignals.stopProcessGroup()
        }
    }

    /// Runs `body` with the terminal in its normal state (for `$EDITOR`, a pager, a shell), then
    /// takes it back; the next `draw` repaints everything. `body` should run its child in this
    /// process's group (the terminal's foreground group); Ctrl-C and Ctrl-\ are the child's
    /// meanwhile. Whatever was typed, or answered by the terminal to the child's queries, is
    /// dropped before keys are read again, so none of it acts as a key here.
    public func runExternal<T>(_ body: () throws -> T) rethrows -> T {
        guard isActive else { return try body() }
        return try runOutsideCurses {
            TerminalSignals.setInterruptsIgnored(true)
            defer { TerminalSignals.setInterruptsIgnored(false) }
            return try body()
        } whenBack: {
            discardPendingInput()
        }
    }

    /// Reads and drops input until the terminal answers a status request sent now: terminals
    /// answer in order, so the answers to whatever the child asked (vim asks for its version and
    /// the cursor position, and may exit before the answers arrive) come before ours. Without an
    /// answer, gives up after half a second.
    private func discardPendingInput() {
        guard let output else { return }
        let descriptor = fileno(inputStream ?? rapport_stdin())
        fputs(StatusReport.request, output)
        fflush(output)
        var received: [UInt8] = []
        let deadline = Self.monotonicMilliseconds() + 500
        var chunk = [UInt8](repeating: 0, count: 512)
        while !StatusReport.isAnswered(by: received) {
            let remaining = deadline - Self.monotonicMilliseconds()
            guard remaining > 0 else { break }
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let count = poll(&ready, 1, Int32(remaining))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            let read = Glibc.read(descriptor, &chunk, chunk.count)
            guard read > 0 else { break }
            received += chunk[0..<read]
        }
        tcflush(descriptor, TCIFLUSH)
        flushinp()
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    private func runOutsideCurses<T>(_ body: () throws -> T, whenBack: () -> Void = {}) rethrows -> T {
        setBracketedPaste(false)
        // The shell or $EDITOR gets the terminal's own mouse back (select, copy, scroll back).
        setMouseReporting(false)
        def_prog_mode()
        curs_set(1)
        endwin()
        TerminalSignals.setCursesActive(false)
        defer {
            reset_prog_mode()
            whenBack()
            TerminalSignals.setCursesActive(true)
            curs_set(cursorVisible ? 1 : 0)
            needsFullRedraw = true
            refresh()
            setBracketedPaste(true)
            setMouseReporting(reportsMouse)
        }
        return try body()
    }

    private static func keyCode(named name: String) -> Int32? {
        guard let definition = tigetstr(name), Int(bitPattern: definition) != -1 else { return nil }
        let code = key_defined(definition)
        return code > 0 ? code : nil
    }
}

