import RapportCanvas
import RapportCore

/// The screen's dialogs: the campaign and template forms, and the send confirmation.
enum CampaignsModals {
    typealias Context = ScreenContext<CampaignsScreen>

    /// The template form's own key, on top of the form's.
    enum TemplateFormAction: Hashable, Sendable {
        case editBodyInEditor
    }

    static let templateFormKeymap: Keymap<TemplateFormAction> = {
        var keys = Keymap<TemplateFormAction>()
        keys.bind(["ctrl-o"], .editBodyInEditor, Messages.campaignsKeyBodyInEditor.text, group: Messages.campaignsKeysTemplateGroup.text,
                  hint: true)
        return keys
    }()

    /// The keys of the open dialog, for the status bar and the `?` overlay.
    static func keyGuide(_ state: CampaignsState) -> KeyGuide? {
        if let modal = state.form {
            return modal.purpose.isTemplate ? FormState.keyGuide.followed(by: KeyGuide(templateFormKeymap)) : FormState.keyGuide
        }
        return state.confirmation == nil ? nil : ConfirmState.keyGuide
    }

    static func handle(_ key: KeyEvent, state: inout CampaignsState, context: inout Context) -> [Effect] {
        if var modal = state.form {
            if modal.purpose.isTemplate, templateFormKeymap.action(for: key) == .editBodyInEditor {
                // The body in $EDITOR; the form stays open and gets the text back.
                let body = CampaignForms.unescapeBody(modal.form.fields[CampaignForms.TemplateField.body].text)
                modal.form.focus(CampaignForms.TemplateField.body)
                state.form = modal
                return [.editText(EditRequest(text: body, target: .templateFormBody))]
            }
            if let values = DialogResult.answer(modal.form.handle(key), closing: &state.form, stillOpen: modal) {
                if let refusal = CampaignForms.submit(modal.purpose, values: values, state: &state, context: &context) {
                    state.form = modal
                    context.show(refusal, severity: .error, seconds: 10)
                }
            }
            return []
        }
        guard var confirmation = state.confirmation else { return [] }
        guard let answer = confirmation.buttons.handle(key) else {
            state.confirmation = confirmation
            return []
        }
        state.confirmation = nil
        guard answer, confirmation.canSend else { return [] }
        context.show("Sending…")
        return [.sendCampaign(confirmation.campaignID)]
    }

    /// The campaign form, or on the Templates panel the template form.
    static func open(isNew: Bool, state: inout CampaignsState, context: inout Context) {
        guard !context.isReadOnly else {
            context.show("The book is read-only: nothing can be changed", severity: .warning)
            return
        }
        let book = context.book
        if state.panel == .templates {
            if isNew {
                state.form = CampaignFormModal(purpose: .newTemplate, form: CampaignForms.templateForm(nil))
                return
            }
            let templates = book.templates.sortedByID
            var list = state.templates
            list.setItemCount(templates.count)
            guard let index = list.selected else {
                context.show("No template to edit: n adds one", severity: .warning)
                return
            }
            let template = templates[index]
            state.form = CampaignFormModal(purpose: .editTemplate(template.id), form: CampaignForms.templateForm(template))
            return
        }
        if isNew {
            state.form = CampaignFormModal(purpose: .newCampaign, form: CampaignForms.campaignForm(nil, book: book))
            return
        }
        guard let campaign = CampaignsSelection.selectedCampaign(state, book: book) else {
            context.show("No campaign to edit: n adds one", severity: .warning)
            return
        }
        state.form = CampaignFormModal(purpose: .editCampaign(campaign.id), form: CampaignForms.campaignForm(campaign, book: book))
    }

    /// The body came back from `$EDITOR`: into the template form, which stays open until Enter.
    static func takeBody(_ text: String, state: inout CampaignsState, context: inout Context) {
        guard var modal = state.form, modal.purpose.isTemplate else {
            context.show("The template form was closed: the text is lost", severity: .warning)
            return
        }
        modal.form.fields[CampaignForms.TemplateField.body].input = TextInputState(text: CampaignForms.escapeBody(text))
        state.form = modal
    }
}
