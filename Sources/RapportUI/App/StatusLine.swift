import RapportCore
import RapportCanvas

/// The bottom line: the book and whether it is saved on the left, a message or the view's key
/// hints on the right. A message too long for its room is never cut: it is wrapped on rows of
/// its own above the bar (as vim shows a long message), and the bar keeps the key hints.
struct StatusLine: Widget {
    let state: AppState
    let environment: AppEnvironment

    /// The message on show, if any.
    private var message: StatusMessage? {
        state.message.flatMap { $0.expiresAt > environment.clock.now ? $0 : nil }
    }

    private static func style(_ severity: StatusMessage.Severity) -> Style {
        switch severity {
        case .info: return .statusBar
        case .success: return Style(.positive)
        case .warning: return Style(.warning)
        case .error: return Style(.error)
        }
    }

    /// The message wrapped for rows above the bar, or nil when it fits on the bar itself.
    private func wrappedMessage(width: Int) -> [String]? {
        guard let message else { return nil }
        let room = width - DisplayWidth.of(leftSegments.map(\.text).joined()) - 2
        guard DisplayWidth.of(message.text) + 1 > room else { return nil }
        return TextWrap.wrap(message.text, width: max(1, width - 2))
    }

    /// Rows the status line takes at `width`: one, plus the rows of a message too long for it.
    func height(width: Int, maximum: Int) -> Int {
        min(max(1, maximum), 1 + (wrappedMessage(width: width)?.count ?? 0))
    }

    private var leftSegments: [TextSegment] {
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
        // The saved view on screen, while the filter and sort are still its own.
        if let view = SavedViewQuery.shownView(in: state) {
            left.append(TextSegment("  " + Messages.viewsFooter.text(["name": view.name]), style: Style(.accent)))
        }
        return left
    }

    func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let left = leftSegments
        let bar = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        let wrapped = wrappedMessage(width: area.width)
        if let wrapped, let message {
            // The last rows of the message if the area is shorter than it (the end says what to do).
            let rows = Array(wrapped.suffix(area.height - 1))
            for (offset, line) in rows.enumerated() {
                let y = bar.y - rows.count + offset
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .statusBar)
                buffer.write(line, at: area.x + 1, y: y, style: Self.style(message.severity), maxWidth: area.width - 2)
            }
        }
        var right: [TextSegment]
        if let message, wrapped == nil {
            right = [TextSegment(message.text + " ", style: Self.style(message.severity))]
        } else {
            let used = left.reduce(0) { $0 + DisplayWidth.of($1.text) } + 2
            let guide: KeyGuide
            switch state.overlay {
            case .help?: guide = KeyGuide(Keymaps.helpOverlay)
            case .palette?: guide = KeyGuide(Keymaps.palette)
            case .unsavedQuit?: guide = KeyGuide(UnsavedQuit.keymap)
            case nil: guide = KeyGuide(sections: [], hints: state.keyHints)
            }
            right = KeyHintBar(items: guide.hintItems(maxWidth: max(0, area.width - used - 1))).segments
            right.append(TextSegment(" ", style: .statusBar))
        }
        StatusBar(left: left, right: right).render(into: &buffer, area: bar)
    }
}
