import RapportCore
import RapportCanvas

/// A key that means nothing in the view gets a word in the status bar instead of silence, for
/// every view at once (the shell's dispatch calls this when no keymap has the key).
enum UnboundKey {
    /// Digits switch views (and unused ones are harmless), pastes and resizes are not presses.
    static func deservesFeedback(_ key: KeyEvent) -> Bool {
        switch key {
        case .char(let character): return !character.isNumber
        case .resize, .paste: return false
        default: return true
        }
    }

    static func report(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) {
        guard deservesFeedback(key) else { return }
        state.show(Messages.notAKeyHere.text(["key": key.displayName]), severity: .warning, environment: environment, seconds: 2)
    }
}
