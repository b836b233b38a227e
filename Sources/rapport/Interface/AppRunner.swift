import Foundation
import RapportCore
import RapportUI
import RapportTerminal

/// The impure half of the loop: reads keys from the terminal, runs `App.handle`, performs the
/// effects (save, suspend, redraw, quit) and draws each frame.
@MainActor
final class AppRunner {
    private let store: BookStore
    private var state: AppState
    private let environment: AppEnvironment
    private let terminal = TerminalBackend()

    init(store: BookStore, book: Book, environment: AppEnvironment) {
        self.store = store
        self.environment = environment
        self.state = AppState(book: book, bookPath: store.directory, isReadOnly: store.isReadOnly,
                              size: TerminalExtent(width: 80, height: 24))
        // The workflow rules run as the book opens, as one change that `u` undoes.
        if !store.isReadOnly { App.runWorkflowRulesOnOpening(state: &state, environment: environment) }
    }

    func run() -> Int32 {
        do {
            try terminal.start()
        } catch {
            Output.error("rapport: \(error)")
            return 1
        }
        defer { terminal.stop() }
        var running = true
        while running {
            let size = terminal.size
            state.size = TerminalExtent(width: size.width, height: size.height)
            var buffer = CellBuffer(width: size.width, height: size.height)
            let cursor = App.render(state, into: &buffer, environment: environment)
            terminal.draw(buffer, cursor: cursor)
            if let signal = terminal.pendingTermination {
                save()
                terminal.stop()
                return 128 + signal
            }
            guard let key = terminal.nextEvent(timeoutMs: 1000) else {
                App.tick(state: &state, environment: environment)
                continue
            }
            for effect in App.handle(key, state: &state, environment: environment) {
                switch effect {
                case .quit: running = false
                case .save: save()
                case .suspend: terminal.suspend()
                case .redraw: terminal.forceFullRedraw()
                case .editText(let request): edit(request)
                case .sendCampaign(let id): CampaignDelivery.send(id, state: &state, store: store, environment: environment)
                }
            }
            if state.needsSave { save() }
        }
        save()
        return 0
    }

    /// Runs `$VISUAL` or `$EDITOR` (else vi) on a private temporary file with the terminal restored.
    private func edit(_ request: EditRequest) {
        let result = terminal.runExternal { ExternalEditor.edit(request.text, environment: ProcessInfo.processInfo.environment) }
        switch result {
        case .success(let text):
            App.finishEditing(request, text: text, state: &state, environment: environment)
        case .failure(let error):
            state.show("Editor failed: \(error.message)", severity: .error, environment: environment, seconds: 8)
        }
    }

    /// Saves after every change, so quitting (or a crash) never loses work.
    private func save() {
        guard state.needsSave, !state.isReadOnly else { return }
        do {
            try store.save(state.book)
            state.needsSave = false
            state.saveStatus = .saved
        } catch {
            state.saveStatus = .failed(error.description)
            state.show("Not saved: \(error.description)", severity: .error, environment: environment, seconds: 30)
        }
    }
}
