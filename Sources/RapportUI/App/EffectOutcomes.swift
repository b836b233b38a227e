import RapportCore

extension App {
    /// An effect's outcome, as the runner reports it: the state takes it like any other action.
    static func finish(_ outcome: EffectOutcome, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        switch outcome {
        case .saved:
            if !state.isReadOnly { state.saveStatus = .saved }
        case .saveFailed(let reason):
            state.saveStatus = .failed(reason)
            state.show("Not saved: \(reason)", severity: .error, environment: environment, seconds: 30)
        case .edited(let request, let text):
            return finishEditing(request, text: text, state: &state, environment: environment)
        case .editorFailed(let reason):
            state.show(Messages.editorFailed.text(["reason": reason]), severity: .error, environment: environment, seconds: 8)
        case .campaignSent(let report, let book):
            return performAction(.campaigns(.sendFinished(report, book: book)), state: &state, environment: environment)
        case .campaignNotSent(let reason):
            state.show("Not sent: \(reason)", severity: .error, environment: environment, seconds: 15)
        case .outsideEdits(let book, let count):
            state.adoptOutsideEdits(book, environment: environment)
            state.show(Messages.storeOutsideEdits.text(["count": count]), severity: .info, environment: environment, seconds: 8)
        case .storeProblem(let reason):
            state.show(reason, severity: .error, environment: environment, seconds: 15)
        }
        return []
    }

    /// The text came back from `$EDITOR`: store it where it belongs, as one undoable change.
    private static func finishEditing(_ request: EditRequest, text: String, state: inout AppState,
                                      environment: AppEnvironment) -> [Effect] {
        guard text != request.text else {
            state.show("No change", environment: environment)
            return []
        }
        var book = state.book
        let now = environment.clock.now
        switch request.target {
        case .opportunityNotes(let id):
            book.opportunities.update(id) { $0.notes = text; $0.updatedAt = now }
        case .contactNotes(let id):
            book.contacts.update(id) { $0.notes = text; $0.updatedAt = now }
        case .companyNotes(let id):
            book.companies.update(id) { $0.notes = text; $0.updatedAt = now }
        case .templateFormBody:
            // The open template form's, not the book's: the campaigns screen takes it.
            return performAction(.campaigns(.templateBodyEdited(text)), state: &state, environment: environment)
        }
        state.commit(book, label: "Notes edited", environment: environment)
        return []
    }
}
