/// Each registered screen's state, kept while the user looks elsewhere. Keyed by screen, so the
/// shell holds the states of screens it does not know by type.
public struct ScreenStates: Sendable {
    private var states: [ViewID: any Sendable] = [:]

    init() {}

    public subscript<S: Screen>(_ screen: S.Type) -> S.State {
        get { states[S.id] as? S.State ?? S.makeState() }
        // Taken out while it changes, so the dictionary never holds a second reference that
        // would make every change to the state's arrays copy them.
        _modify {
            var state = states.removeValue(forKey: S.id) as? S.State ?? S.makeState()
            defer { states[S.id] = state }
            yield &state
        }
        set { states[S.id] = newValue }
    }
}
