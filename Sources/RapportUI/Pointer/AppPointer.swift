import RapportCanvas

extension App {
    /// A click or the wheel on `frame` (the frame last drawn, with the targets its rendering
    /// marked): performs what the target under the pointer asks for. Outside every target it
    /// does nothing; while a dialog or overlay is open only what it marked answers.
    public static func handlePointer(_ event: MouseEvent, frame: CellBuffer, state: inout AppState,
                                     environment: AppEnvironment) -> [Effect] {
        // The day's agenda goes at the first key, or the first click, and the click does no more.
        if state.overlay == nil, state.workday.dayStart != nil {
            state.workday.dayStart = nil
            return []
        }
        if isModal(state), !frame.hasModalLayer { return [] }
        guard let target = frame.target(atX: event.x, y: event.y) as? PointerTarget else { return [] }
        // The first press may have changed what is under the pointer (a dialog's button closed
        // the dialog): the second then counts as a click on what is there now, not a double one.
        var kind = event.kind
        if kind == .doubleClick, state.lastClick == nil || state.lastClick != target.click { kind = .click }
        if kind == .click || kind == .doubleClick { state.lastClick = kind == .click ? target.click : nil }
        let revision = state.bookRevision
        var effects: [Effect] = []
        for action in target.actions(for: kind) {
            effects += performAction(action, state: &state, environment: environment)
        }
        return savingIfChanged(effects, since: revision, state: state)
    }

    /// Whether something sits over the view and takes the keys (and so the pointer).
    static func isModal(_ state: AppState) -> Bool {
        state.overlay != nil || state.savedViews.dialog != nil || Screens.screen(state.view).hasModal(state)
    }
}
