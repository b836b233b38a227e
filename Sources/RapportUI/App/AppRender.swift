import RapportCore
import RapportCanvas

/// The render half of the loop: the whole frame, every time, into a cell buffer. Returns where
/// the text cursor should be (in a text input), or nil to hide it.
extension App {
    @discardableResult
    public static func render(_ state: AppState, into buffer: inout CellBuffer, environment: AppEnvironment) -> CursorPosition? {
        buffer.clear()
        let bounds = buffer.bounds
        guard state.size.isUsable, bounds.width >= TerminalExtent.minimum.width, bounds.height >= TerminalExtent.minimum.height else {
            renderTooSmall(into: &buffer)
            return nil
        }
        let tabArea = Rect(x: 0, y: 0, width: bounds.width, height: 1)
        let body = Rect(x: 0, y: 1, width: bounds.width, height: bounds.height - 2)
        // A long message takes rows above the bar, over the bottom of the view, for as long as it shows.
        let statusLine = StatusLine(state: state, environment: environment)
        let statusHeight = statusLine.height(width: bounds.width, maximum: bounds.height / 3)
        let statusArea = Rect(x: 0, y: bounds.height - statusHeight, width: bounds.width, height: statusHeight)

        let screen = Screens.screen(state.view)
        TabBar(titles: Screens.all.map { $0.title() }, activeIndex: Screens.number(of: state.view) - 1,
               targets: Screens.all.map { PointerTarget(click: .show($0.id)) }).render(into: &buffer, area: tabArea)
        let viewCursor = screen.render(state, &buffer, body, environment)
        statusLine.render(into: &buffer, area: statusArea)

        if state.overlay != nil { buffer.beginModalLayer() }
        switch state.overlay {
        case .help(let offset)?:
            // The symbols first: the keys are listed in the status bar too, the symbols nowhere else.
            let overlay = HelpOverlay(title: "Keys: \(state.view.title)", sections: state.keyGuide.sections, offset: offset)
            overlay.render(into: &buffer, area: body)
            PointerTarget(wheelUp: .moveUp, wheelDown: .moveDown).mark(body, on: &buffer)
            return nil
        case .palette(let palette)?:
            return CommandPalette.render(palette, into: &buffer, area: body,
                                         commands: SavedViewPalette.commands(state) + BoardPipelines.paletteCommands(state) + Keymaps.paletteCommands(state.keys))
        case .unsavedQuit?:
            UnsavedQuit.render(state, into: &buffer, area: body)
            return nil
        case nil:
            if let dialog = state.savedViews.dialog {
                return SavedViewsRender.render(dialog, state: state, into: &buffer, area: body)
            }
            if let agenda = state.workday.dayStart {
                DayStartBanner(agenda: agenda, book: state.book, today: environment.clock.today).render(into: &buffer, area: body)
                return nil
            }
            return viewCursor
        }
    }

    /// One clear line instead of a broken layout; the normal screen comes back when it grows.
    static func renderTooSmall(into buffer: inout CellBuffer) {
        let minimum = TerminalExtent.minimum
        let text = "terminal too small: need \(minimum.width)x\(minimum.height), have \(buffer.width)x\(buffer.height)"
        let y = max(0, buffer.height / 2)
        if DisplayWidth.of(text) <= buffer.width {
            buffer.writeCentered(text, in: buffer.bounds, y: y, style: .warning)
        } else {
            // Two short lines still say it all on a very narrow terminal.
            buffer.writeCentered("terminal too small:", in: buffer.bounds, y: max(0, y - 1), style: .warning)
            buffer.writeCentered("need \(minimum.width)x\(minimum.height), have \(buffer.width)x\(buffer.height)",
                                 in: buffer.bounds, y: y, style: .warning)
        }
    }
}
