import Foundation
import RapportCore
import RapportCanvas
@testable import RapportUI

/// Drives the app as the terminal would: keys in, frames out, on a fixed clock.
struct AppHarness {
    var state: AppState
    let environment: AppEnvironment
    /// The effects asked for, in order, but `.save`, which `savesAsked` counts (nearly every
    /// key that changes the book asks for one).
    private(set) var effects: [Effect] = []
    private(set) var savesAsked = 0

    static let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)

    init(book: Book = Book(), width: Int = 80, height: Int = 24, bookPath: String = "/home/giulia/.local/share/rapport") {
        environment = AppEnvironment(clock: FixedClock(AppHarness.today))
        state = AppState(book: book, bookPath: bookPath, size: TerminalExtent(width: width, height: height))
    }

    /// Presses keys given as specs ("j", "ctrl-r", "esc") or, with `typing`, types text.
    mutating func press(_ specs: String...) {
        for spec in specs {
            guard let key = KeyEvent(spec: spec) else { fatalError("bad key spec \(spec)") }
            record(App.handle(key, state: &state, environment: environment))
        }
    }

    private mutating func record(_ asked: [Effect]) {
        savesAsked += asked.filter { $0 == .save }.count
        effects += asked.filter { $0 != .save }
    }

    mutating func type(_ text: String) {
        for character in text {
            record(App.handle(.char(character), state: &state, environment: environment))
        }
    }

    /// The mouse at (x, y) of the frame on screen, as the runner hands it over.
    mutating func point(_ kind: MouseEvent.Kind, x: Int, y: Int) {
        record(App.handlePointer(MouseEvent(x: x, y: y, kind: kind), frame: frame(), state: &state, environment: environment))
    }

    mutating func resize(width: Int, height: Int) {
        record(App.handle(.resize(width: width, height: height), state: &state, environment: environment))
    }

    func frame() -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        App.render(state, into: &buffer, environment: environment)
        return buffer
    }

    func screenText() -> String { frame().lines().joined(separator: "\n") }
}
