import Foundation
import RapportCore
import RapportCanvas
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
    /// Clicks and the wheel, as config.json says (`"mouse": false` leaves the terminal its own
    /// selection; `RAPPORT_MOUSE=0` also turns it off, see `TerminalBackend.start`).
    private let mouse: Bool
    /// Once a save has journaled something and no key came for this long, the journal is folded
    /// into the files on a background thread, so quitting later has little or nothing to fold.
    static let idleCompactionDelay: Double = 2
    /// When the last key arrived (monotonic seconds), and whether a save since the last
    /// background compaction left something to fold.
    private var lastKeyAt = ProcessInfo.processInfo.systemUptime
    private var compactionWanted = false
    /// The background compaction failure already shown, so it is shown once.
    private var shownCompactionError: StoreError?

    init(store: BookStore, book: Book, environment: AppEnvironment, config: UserConfig = .defaults, configPath: String = "") {
        self.store = store
        self.mouse = config.mouse
        self.environment = environment
        self.state = AppState(book: book, bookPath: store.directory, isReadOnly: store.isReadOnly,
                              size: TerminalExtent(width: 80, height: 24))
        state.keys = config.keys
        terminal.themeOverrides = config.theme
        // The workflow rules run as the book opens, as one change that `u` undoes.
        // Performed as an action shows its screen: the app still opens where it was to.
        if !store.isReadOnly {
            let opening = state.view
            _ = App.perform(.campaigns(.runRulesOnOpening), state: &state, environment: environment)
            state.view = opening
        }
        App.prepareInBackground(state)
        let configSummary = ConfigProblem.summary(config.problems, file: configPath)
        if !store.notices.isEmpty || configSummary != nil {
            let notices = store.notices + (configSummary.map { [$0] } ?? [])
            state.show(notices.joined(separator: " "), severity: .warning, environment: environment,
                       seconds: configSummary == nil ? 15 : 30)
        }
    }

    func run() -> Int32 {
        do {
            try terminal.start(mouse: mouse)
        } catch {
            Output.error("rapport: \(error)")
            return 1
        }
        defer { terminal.stop() }
        var running = true
        // Set when the user quits without the changes that could not be saved.
        var unsavedOutcome: UnsavedQuitOutcome?
        // One frame buffer, kept while the size stays: render clears it, and allocating 200x60
        // cells per frame cost page faults every time.
        var buffer = CellBuffer(width: 0, height: 0)
        // The day-start banner comes right after the first frame: deriving it scans the whole
        // book (a few hundred ms on 50,000 contacts), and the board should not wait for it.
        var dayStartPending = true
        while running {
            let size = terminal.size
            state.size = TerminalExtent(width: size.width, height: size.height)
            if buffer.width != size.width || buffer.height != size.height {
                buffer = CellBuffer(width: size.width, height: size.height)
            }
            if App.remindDueTasks(state: &state, environment: environment) { terminal.bell() }
            let cursor = App.render(state, into: &buffer, environment: environment)
            terminal.draw(buffer, cursor: cursor)
            if dayStartPending {
                dayStartPending = false
                App.openDayStart(state: &state, environment: environment)
                continue
            }
            if let signal = terminal.pendingTermination {
                _ = report(save())
                terminal.stop()
                // No one to ask: edits the save refused go to a recovery copy rather than away.
                if state.wouldLoseEditsOnQuit { UnsavedQuitOutcome.keepCopy(of: state).report() }
                return 128 + signal
            }
            guard let key = terminal.nextEvent(timeoutMs: inputTimeoutMs()) else {
                App.tick(state: &state, environment: environment)
                // Commands may save while the app is open: their edits come in between keys.
                if let outsideEdits = OutsideEditsAdoption.check(store, against: state.book) {
                    _ = report(outsideEdits)
                    App.prepareInBackground(state)
                    compactionWanted = true
                }
                compactIfIdle()
                continue
            }
            lastKeyAt = ProcessInfo.processInfo.systemUptime
            // A click acts on what the frame on screen marked under it.
            var effects: ArraySlice<Effect>
            if case .mouse(let event) = key {
                effects = App.handlePointer(event, frame: buffer, state: &state, environment: environment)[...]
            } else {
                effects = App.handle(key, state: &state, environment: environment)[...]
            }
            // Each effect is performed here, and what it came back with goes through the update
            // as an action, which may ask for more (a note back from the editor asks for a save).
            while let effect = effects.popFirst() {
                switch effect {
                case .quit: running = false
                case .quitWithUnsavedChanges(let choice):
                    unsavedOutcome = resolveUnsavedQuit(choice)
                    running = unsavedOutcome == nil
                case .save:
                    let outcome = save()
                    effects += report(outcome)
                    // A save that went through also reads what other programs saved meanwhile.
                    if outcome == .saved {
                        effects += report(OutsideEditsAdoption.check(store, against: state.book))
                        App.prepareInBackground(state)
                    }
                case .suspend: terminal.suspend()
                case .redraw: terminal.forceFullRedraw()
                case .editText(let request): effects += report(edit(request))
                case .sendCampaign(let id):
                    effects += report(CampaignDelivery.send(id, book: state.book, store: store, environment: environment))
                    compactionWanted = true
                }
            }
        }
        if let unsavedOutcome {
            terminal.stop()
            unsavedOutcome.report()
            return unsavedOutcome.exitStatus
        }
        _ = report(save())
        return 0
    }

    /// The answer in the "unsaved changes" dialog: the outcome to quit with, or nil to stay
    /// (the save failed again, or no copy could be written: the dialog stays open and says why).
    private func resolveUnsavedQuit(_ choice: UnsavedQuitChoice) -> UnsavedQuitOutcome? {
        switch choice {
        case .retrySave:
            _ = report(save())
            guard state.wouldLoseEditsOnQuit else { return .saved }
            if case .failed(let reason) = state.saveStatus {
                state.show(Messages.unsavedQuitStillFailing.text(["reason": reason]), severity: .error, environment: environment, seconds: 30)
            }
            return nil
        case .keepRecoveryCopy:
            let outcome = UnsavedQuitOutcome.keepCopy(of: state)
            if case .copyFailed(let reason) = outcome {
                state.show(Messages.recoveryCopyFailed.text(["reason": reason]), severity: .error, environment: environment, seconds: 30)
                return nil
            }
            return outcome
        case .discard:
            return .discarded
        }
    }

    /// Hands an effect's outcome to the update; returns the effects that asks for.
    private func report(_ outcome: EffectOutcome?) -> [Effect] {
        guard let outcome else { return [] }
        return App.perform(.finished(outcome), state: &state, environment: environment)
    }

    /// Runs `$VISUAL` or `$EDITOR` (else vi) on a private temporary file with the terminal restored.
    private func edit(_ request: EditRequest) -> EffectOutcome {
        let result = terminal.runExternal { ExternalEditor.edit(request.text, environment: ProcessInfo.processInfo.environment) }
        switch result {
        case .success(let text): return .edited(request, text: text)
        case .failure(let error): return .editorFailed(error.message)
        }
    }

    /// How long to wait for a key: a second (the tick that expires messages), or less when the
    /// idle compaction is due sooner.
    private func inputTimeoutMs() -> Int {
        guard compactionWanted, !store.isCompactingInBackground else { return 1000 }
        let idle = ProcessInfo.processInfo.systemUptime - lastKeyAt
        return min(1000, max(0, Int(((Self.idleCompactionDelay - idle) * 1000).rounded(.up))))
    }

    /// On a timeout: folds the journal in the background once the user has paused (at most one
    /// at a time; the store refuses a second), and says so if an earlier one failed.
    private func compactIfIdle() {
        if compactionWanted, ProcessInfo.processInfo.systemUptime - lastKeyAt >= Self.idleCompactionDelay,
           !store.isCompactingInBackground {
            compactionWanted = false
            store.compactInBackground()
        }
        let failure = store.backgroundCompactionError
        if let failure, failure != shownCompactionError {
            // Nothing is lost: the edits are in the journal, which is folded again later.
            state.show("Could not fold the journal into the files (the edits are saved in it): \(failure.description)",
                       severity: .warning, environment: environment, seconds: 15)
        }
        shownCompactionError = failure
    }

    /// Saves after every change, so quitting (or a crash) never loses work; nil when there was
    /// nothing to save.
    @discardableResult
    private func save() -> EffectOutcome? {
        guard state.needsSave, !state.isReadOnly else { return nil }
        do {
            try store.save(state.book)
            compactionWanted = true
            return .saved
        } catch {
            return .saveFailed(error.description)
        }
    }
}
