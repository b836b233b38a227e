import RapportCore
import RapportCanvas

/// The update half of the loop: a key becomes an action through the keymaps, the action changes
/// the state and may ask for effects. Pure: no I/O, time from the environment.
public enum App {
    public static func handle(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        let revision = state.bookRevision
        let effects = dispatch(key, state: &state, environment: environment)
        return savingIfChanged(effects, since: revision, state: state)
    }

    /// A change to the book asks for a save: `.save` once, after the other effects of the key.
    static func savingIfChanged(_ effects: [Effect], since revision: Int, state: AppState) -> [Effect] {
        guard state.bookRevision != revision, !state.isReadOnly, !effects.contains(.save) else { return effects }
        return effects + [.save]
    }

    private static func dispatch(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        // The mouse acts through the frame's targets (`handlePointer`), never as a key: it must
        // not type into a text input or trigger a binding.
        if case .mouse = key { return [] }
        if case .resize(let width, let height) = key {
            state.size = TerminalExtent(width: width, height: height)
            return []
        }
        // Ctrl-C is the way out of whatever is open, as Esc is; from a plain view it quits.
        if key == .ctrl("c"), let effects = interrupt(state: &state, environment: environment) { return effects }
        switch state.overlay {
        case .help?:
            guard let action = Keymaps.helpOverlay.action(for: key) else { return [] }
            return performAction(action, state: &state, environment: environment)
        case .palette(var palette)?:
            if let action = Keymaps.palette.action(for: key) {
                return performAction(action, state: &state, environment: environment)
            }
            if palette.query.handle(key) {
                palette.selected = 0
                state.overlay = .palette(palette)
            }
            return []
        case .unsavedQuit?:
            guard let action = UnsavedQuit.keymap.action(for: key) else { return [] }
            return performAction(action, state: &state, environment: environment)
        case nil:
            if dismissDayStart(for: key, state: &state) { return [] }
            if state.savedViews.dialog != nil {
                return SavedViewsScreen.handle(key, state: &state, environment: environment)
            }
            let screen = Screens.screen(state.view)
            if screen.hasModal(state) {
                // Help from inside a dialog, with a key that types nothing (F1): it lists the dialog's keys.
                if !key.typesText, Keymaps.global(state.keys).action(for: key) == .openHelp {
                    return performAction(.openHelp, state: &state, environment: environment)
                }
                return screen.handleModalKey(key, &state, environment)
            }
            guard let action = state.activeKeymap.action(for: key) else {
                UnboundKey.report(key, state: &state, environment: environment)
                return []
            }
            return performAction(action, state: &state, environment: environment)
        }
    }

    /// Ctrl-C with an overlay, a form or a dialog open: handled as Esc there (so a half-filled
    /// form is cancelled, never the app quit under it). Nil when nothing is open: it quits.
    private static func interrupt(state: inout AppState, environment: AppEnvironment) -> [Effect]? {
        if state.overlay != nil {
            return dispatch(.escape, state: &state, environment: environment)
        }
        let screen = Screens.screen(state.view)
        if screen.hasModal(state) {
            return screen.handleModalKey(.escape, &state, environment)
        }
        return nil
    }

    /// Expired messages disappear; called when no key came for a while.
    public static func tick(state: inout AppState, environment: AppEnvironment) {
        if let message = state.message, message.expiresAt <= environment.clock.now { state.message = nil }
    }

    /// Starts deriving, on a background thread, what the views will ask for from this book (the
    /// links the detail panes read). The runner calls it when the book opens and after each
    /// save; rendering without it gives the same screens, only the first one would wait.
    public static func prepareInBackground(_ state: AppState) {
        state.links.prepare(for: state.book)
    }

    /// `prepareInBackground`, done now (a benchmark's starting point: the app after a pause).
    public static func prepare(_ state: AppState) {
        _ = state.links.links(for: state.book)
    }

    /// Carries out an action (a key's, the palette's, an effect's outcome), with the save it
    /// calls for when it changed the book.
    public static func perform(_ action: AppAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        let revision = state.bookRevision
        let effects = performAction(action, state: &state, environment: environment)
        return savingIfChanged(effects, since: revision, state: state)
    }

    static func performAction(_ action: AppAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        if case .finished(let outcome) = action {
            return finish(outcome, state: &state, environment: environment)
        }
        if case .press(let key) = action {
            return dispatch(key, state: &state, environment: environment)
        }
        switch state.overlay {
        case .help(let offset)?:
            return performInHelpOverlay(action, offset: offset, state: &state)
        case .palette(let palette)?:
            return performInPalette(action, palette: palette, state: &state, environment: environment)
        case .unsavedQuit?:
            if action == .closeOverlay { state.overlay = nil }
            if case .resolveUnsavedQuit(let choice) = action { return [.quitWithUnsavedChanges(choice)] }
            return []
        case nil:
            break
        }
        switch action {
        case .quit:
            // Edits whose save failed would go with the app: ask what to do with them.
            if state.wouldLoseEditsOnQuit {
                state.overlay = .unsavedQuit
                return []
            }
            return [.quit]
        case .resolveUnsavedQuit:
            return []
        case .show(let view):
            state.view = view
        case .nextView:
            state.view = Screens.id(after: state.view, by: 1)
        case .previousView:
            state.view = Screens.id(after: state.view, by: -1)
        case .openHelp:
            state.overlay = .help(offset: 0)
        case .openPalette:
            state.overlay = .palette(PaletteState())
        case .closeOverlay:
            state.overlay = nil
        case .undo:
            guard let entry = state.history.undo(current: state.book) else {
                state.show("Nothing to undo", severity: .warning, environment: environment)
                return []
            }
            state.replaceBook(with: entry.book, environment: environment)
            state.show("Undone: \(entry.label)", environment: environment)
        case .redo:
            guard let entry = state.history.redo(current: state.book) else {
                state.show("Nothing to redo", severity: .warning, environment: environment)
                return []
            }
            state.replaceBook(with: entry.book, environment: environment)
            state.show("Redone: \(entry.label)", environment: environment)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .moveUp, .moveDown, .pageUp, .pageDown, .confirm, .finished, .press:
            break
        case .screen(let action):
            state.view = action.view
            return Screens.screen(action.view).perform(action, &state, environment)
        case .savedViews(let action):
            return SavedViewsScreen.perform(action, state: &state, environment: environment)
        }
        return []
    }

    private static func performInHelpOverlay(_ action: AppAction, offset: Int, state: inout AppState) -> [Effect] {
        let page = max(1, state.size.height - 8)
        switch action {
        case .closeOverlay: state.overlay = nil
        case .moveDown: state.overlay = .help(offset: offset + 1)
        case .moveUp: state.overlay = .help(offset: max(0, offset - 1))
        case .pageDown: state.overlay = .help(offset: offset + page)
        case .pageUp: state.overlay = .help(offset: max(0, offset - page))
        default: break
        }
        return []
    }

    private static func performInPalette(_ action: AppAction, palette: PaletteState, state: inout AppState,
                                         environment: AppEnvironment) -> [Effect] {
        var palette = palette
        let matches = CommandPalette.matches(for: palette.query.text, in: state)
        switch action {
        case .closeOverlay:
            state.overlay = nil
        case .moveDown:
            palette.selected = min(palette.selected + 1, max(0, matches.count - 1))
            state.overlay = .palette(palette)
        case .moveUp:
            palette.selected = max(0, palette.selected - 1)
            state.overlay = .palette(palette)
        case .confirm:
            state.overlay = nil
            guard matches.indices.contains(palette.selected) else { return [] }
            let command = matches[palette.selected].command
            if let view = command.view { state.view = view }
            return performAction(command.action, state: &state, environment: environment)
        default:
            break
        }
        return []
    }
}
