import RapportCore

extension App {
    /// The text came back from `$EDITOR`: store it where it belongs, as one undoable change.
    public static func finishEditing(_ request: EditRequest, text: String, state: inout AppState, environment: AppEnvironment) {
        guard text != request.text else {
            state.show("No change", environment: environment)
            return
        }
        if request.target == .templateFormBody {
            guard var modal = state.campaigns.form, modal.purpose.isTemplate else {
                state.show("The template form was closed: the text is lost", severity: .warning, environment: environment)
                return
            }
            modal.form.fields[CampaignForms.TemplateField.body].input = TextInputState(text: CampaignForms.escapeBody(text))
            state.campaigns.form = modal
            return
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
            return
        }
        state.commit(book, label: "Notes edited", environment: environment)
    }
}
