import Foundation
import Synchronization
import RapportCore
import RapportTerminal
import RapportCanvas
import RapportUI

extension Measures {
    /// A full 200x60 board frame as the terminal gets it after a key press: the view rendered
    /// into a cell buffer, then handed to ncurses on a pseudo-terminal (only changed cells are
    /// sent). The key's update is not part of it: the key figures time update plus render.
    static func frame(_ context: BenchContext) throws -> [Figure] {
        // The benchmark runs on the main thread, where the backend (main-actor isolated) lives.
        try MainActor.assumeIsolated { try frameOnMainActor(context) }
    }

    @MainActor
    private static func frameOnMainActor(_ context: BenchContext) throws -> [Figure] {
        let terminal = try PseudoTerminal(width: screen.width, height: screen.height)
        let backend = TerminalBackend(input: terminal.input, output: terminal.output, terminalType: "xterm-256color")
        // The terminal's output is read away on another thread: ncurses blocks once the
        // pseudo-terminal's buffer is full, and the first frames are the whole screen.
        let draining = Atomic<Bool>(true)
        let master = terminal.master
        let drainer = Thread {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while draining.load(ordering: .relaxed) {
                var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, 20) > 0 else { continue }
                _ = read(master, &chunk, chunk.count)
            }
        }
        drainer.start()
        defer { draining.store(false, ordering: .relaxed) }
        try backend.start()
        defer { backend.stop() }
        var state = AppState(book: context.book, bookPath: context.directory, size: screen)
        let keys: [KeyEvent] = [.char("j"), .char("l"), .char("k"), .char("h"), .down, .right]
        var render = Samples()
        var draw = Samples()
        var both = Samples()
        var buffer = CellBuffer(width: screen.width, height: screen.height)  // kept between frames, as the app does
        for step in 0..<(max(100, context.runs * 40) + 20) {
            _ = App.handle(keys[step % keys.count], state: &state, environment: benchEnvironment)
            let start = Timing.wallMilliseconds()
            App.render(state, into: &buffer, environment: benchEnvironment)
            let rendered = Timing.wallMilliseconds()
            backend.draw(buffer)
            let drawn = Timing.wallMilliseconds()
            guard step >= 20 else { continue }  // warm-up: caches, ncurses' first full screen
            render.add(rendered - start)
            draw.add(drawn - rendered)
            both.add(drawn - start)
        }
        return [
            Figure(group: "frame", name: "board 200x60: render into the cell buffer", samples: render, targetMedian: nil, targetMax: nil),
            Figure(group: "frame", name: "board 200x60: ncurses draw (changed cells)", samples: draw, targetMedian: nil, targetMax: nil),
            Figure(group: "frame", name: "board 200x60: render + draw", samples: both, targetMedian: 1, targetMax: nil,
                   note: "issue #3: well under a millisecond"),
        ]
    }
}
