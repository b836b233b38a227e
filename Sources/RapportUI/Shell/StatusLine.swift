import RapportCore

/// The bottom line: the book and whether it is saved on the left, a message or the view's key
/// hints on the right.
struct StatusLine: Widget {
    let state: AppState
    let environment: AppEnvironment

    func render(into buffer: inout CellBuffer, area: Rect) {
        let saved: TextSegment
        switch state.saveStatus {
        case .saved: saved = TextSegment("✓ saved", style: .statusBar)
        case .unsaved: saved = TextSegment("● unsaved", style: Style(.warning))
        case .readOnly: saved = TextSegment("read-only", style: Style(.warning))
        case .failed(let reason): saved = TextSegment("✗ not saved: \(reason)", style: Style(.error))
        }
        var left = [TextSegment(" \(state.bookName) ", style: Style(.statusKey)), TextSegment(" ", style: .statusBar), saved]
        // Kept up to date after every change and as the minutes pass (cached, see `WorkdayCaches`).
        let overdue = App.overdueCount(state, environment: environment)
        if overdue > 0 {
            left += [TextSegment(" · ", style: .statusBar), TextSegment(Messages.todayOverdueCount.text(["count": overdue]), style: Style(.overdue))]
        }
        var right: [TextSegment]
        if let message = state.message, message.expiresAt > environment.clock.now {
            let style: Style
            switch message.severity {
            case .info: style = .statusBar
            case .success: style = Style(.positive)
            case .warning: style = Style(.warning)
            case .error: style = Style(.error)
            }
            right = [TextSegment(message.text + " ", style: style)]
        } else {
            let used = left.reduce(0) { $0 + DisplayWidth.of($1.text) } + 2
            let keymap: Keymap<AppAction>
            switch state.overlay {
            case .help?: keymap = Keymaps.helpOverlay
            case .palette?: keymap = Keymaps.palette
            case nil: keymap = Keymaps.active(in: state.view)
            }
            right = KeyHintBar(keymap: keymap, maxWidth: max(0, area.width - used - 1)).segments
            right.append(TextSegment(" ", style: .statusBar))
        }
        StatusBar(left: left, right: right).render(into: &buffer, area: area)
    }
}
