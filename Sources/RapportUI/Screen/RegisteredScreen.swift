import RapportCanvas
import RapportCore

/// A screen as the shell holds it: its hooks with the types erased, so the shell keeps a list of
/// screens of different types. Built from a `Screen` by `init(_:)`; nothing else builds one.
struct RegisteredScreen: Sendable {
    let id: ViewID
    let title: @Sendable () -> String
    /// The screen's keymap, its actions wrapped as the app's.
    let keymap: @Sendable () -> Keymap<AppAction>
    let legend: @Sendable () -> [KeyHelpSection]
    let installState: @Sendable (inout ScreenStates) -> Void
    let hasModal: @Sendable (AppState) -> Bool
    let modalKeys: @Sendable (AppState) -> KeyGuide?
    let handleModalKey: @Sendable (KeyEvent, inout AppState, AppEnvironment) -> [Effect]
    let perform: @Sendable (ScreenAction, inout AppState, AppEnvironment) -> [Effect]
    let render: @Sendable (AppState, inout CellBuffer, Rect, AppEnvironment) -> CursorPosition?
    let heldSelection: @Sendable (AppState, AppEnvironment) -> HeldSelection?
    let follow: @Sendable (HeldSelection, inout AppState, AppEnvironment) -> Void

    init<S: Screen>(_ screen: S.Type) {
        id = S.id
        title = { S.title }
        // Wrapped once: every key and frame asks for the table, and wrapping names each binding.
        let wrapped = S.keymap.mapActions(S.action)
        keymap = { wrapped }
        legend = { S.legend }
        installState = { $0[S.self] = S.makeState() }
        hasModal = { S.hasModal($0.screens[S.self]) }
        modalKeys = { S.modalKeys($0.screens[S.self]) }
        handleModalKey = { key, app, environment in
            var context = ScreenContext<S>(app: app, environment: environment)
            let effects = S.handleModalKey(key, state: &app.screens[S.self], context: &context)
            return app.apply(context.requests, environment: environment) + effects
        }
        perform = { action, app, environment in
            guard let action = action.action(of: S.self) else { return [] }
            var context = ScreenContext<S>(app: app, environment: environment)
            let effects = S.update(action, state: &app.screens[S.self], context: &context)
            return app.apply(context.requests, environment: environment) + effects
        }
        render = { app, buffer, area, environment in
            S.render(app.screens[S.self], context: ScreenContext<S>(app: app, environment: environment), into: &buffer, area: area)
        }
        heldSelection = { app, environment in
            S.heldSelection(app.screens[S.self], context: ScreenContext<S>(app: app, environment: environment))
        }
        follow = { held, app, environment in
            let context = ScreenContext<S>(app: app, environment: environment)
            S.follow(held, state: &app.screens[S.self], context: context)
        }
    }
}
