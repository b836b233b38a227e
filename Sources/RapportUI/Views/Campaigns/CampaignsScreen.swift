import Foundation
import RapportCanvas
import RapportCore

/// View 5: campaigns and their results, members and who was left out, a comparison across
/// campaigns, templates with a preview on a contact, and the workflow rules.
public enum CampaignsAction: Hashable, Sendable {
    case moveUp, moveDown, top, bottom, pageUp, pageDown
    case showPanel(CampaignsPanel)
    case nextPanel, previousPanel
    /// Overview: the selected campaign's members.
    case open
    /// Asks to send the selected campaign (a confirmation with what a dry run found comes first).
    case send
    case nextPreviewContact, previousPreviewContact
    case toggleRule, longerRule, shorterRule, runRules
    /// A new campaign (a new template on the Templates panel), or the selected one edited.
    case new, edit
}

public enum CampaignsPanel: Int, CaseIterable, Hashable, Sendable {
    case overview, members, compare, templates, rules

    var title: String {
        switch self {
        case .overview: return "Overview"
        case .members: return "Members"
        case .compare: return "Compare"
        case .templates: return "Templates"
        case .rules: return "Rules"
        }
    }
}

/// The send confirmation: what a dry run found, and the campaign to send.
public struct SendConfirmation: Hashable, Sendable {
    public var campaignID: CampaignID
    public var title: String
    public var message: String
    public var canSend: Bool
    public var buttons = ConfirmState(defaultConfirm: false)
}

public struct CampaignsState: Sendable {
    public var panel: CampaignsPanel = .overview
    public var campaigns = ListState()
    public var members = ListState()
    public var templates = ListState()
    public var rules = ListState()
    /// Which contact the template preview is for: an index into the contacts in id order.
    public var previewContact = 0
    public var confirmation: SendConfirmation?
    /// The campaign or template form, while open.
    public var form: CampaignFormModal?
    /// What the rules did when they last ran in this session, for the Rules panel.
    public var lastRuleRun: [String] = []

    public init() {}
}

enum CampaignsScreen {
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        func bind(_ specs: [String], _ action: CampaignsAction, _ help: String, _ group: String, hint: Bool = false,
                  label: String? = nil) {
            keys.bind(specs, .campaigns(action), help, group: group, hint: hint, keyLabel: label)
        }
        bind(["j", "down"], .moveDown, "Next", "Navigation", label: "j/↓")
        bind(["k", "up"], .moveUp, "Previous", "Navigation", label: "k/↑")
        bind(["g", "home"], .top, "First", "Navigation")
        bind(["G", "end"], .bottom, "Last", "Navigation")
        bind(["pgdn"], .pageDown, "Page down", "Navigation")
        bind(["pgup"], .pageUp, "Page up", "Navigation")
        bind(["l", "right"], .nextPanel, "Next panel", "Panels", hint: true, label: "l")
        bind(["h", "left"], .previousPanel, "Previous panel", "Panels")
        bind(["o"], .showPanel(.overview), "Overview: results per campaign", "Panels")
        bind(["m"], .showPanel(.members), "Members and who was left out", "Panels")
        bind(["c"], .showPanel(.compare), "Compare campaigns", "Panels")
        bind(["t"], .showPanel(.templates), "Templates with a preview", "Panels")
        bind(["r"], .showPanel(.rules), "Workflow rules", "Panels")
        bind(["enter"], .open, "Open the campaign's members", "Campaign")
        bind(["s"], .send, "Send (asks first)", "Campaign", hint: true)
        bind(["n"], .new, "New campaign (new template on Templates)", "Campaign")
        bind(["e"], .edit, "Edit the campaign (the template on Templates)", "Campaign")
        bind(["]"], .nextPreviewContact, "Preview on the next contact", "Templates")
        bind(["["], .previousPreviewContact, "Preview on the previous contact", "Templates")
        bind(["space"], .toggleRule, "Turn the rule on or off", "Rules")
        bind(["+", "="], .longerRule, "More days for the rule", "Rules")
        bind(["-"], .shorterRule, "Fewer days for the rule", "Rules")
        bind(["x"], .runRules, "Run the rules now", "Rules")
        return keys
    }()

    // MARK: Update

    static func perform(_ action: CampaignsAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        let page = max(1, state.size.height - 8)
        switch action {
        case .moveUp: moveSelection(-1, state: &state)
        case .moveDown: moveSelection(1, state: &state)
        case .pageUp: moveSelection(-page, state: &state)
        case .pageDown: moveSelection(page, state: &state)
        case .top: moveSelection(-Int.max / 2, state: &state)
        case .bottom: moveSelection(Int.max / 2, state: &state)
        case .showPanel(let panel): state.campaigns.panel = panel
        case .nextPanel:
            state.campaigns.panel = CampaignsPanel(rawValue: (state.campaigns.panel.rawValue + 1) % CampaignsPanel.allCases.count) ?? .overview
        case .previousPanel:
            let count = CampaignsPanel.allCases.count
            state.campaigns.panel = CampaignsPanel(rawValue: (state.campaigns.panel.rawValue + count - 1) % count) ?? .overview
        case .open:
            if state.campaigns.panel == .overview {
                state.campaigns.panel = .members
                state.campaigns.members = ListState()
            }
        case .send: askToSend(state: &state, environment: environment)
        case .nextPreviewContact: movePreview(1, state: &state)
        case .previousPreviewContact: movePreview(-1, state: &state)
        case .toggleRule: changeRule(state: &state, environment: environment) { setting, today in
            if !setting.enabled { setting.since = today }
            setting.enabled.toggle()
        }
        case .longerRule: changeRule(state: &state, environment: environment) { setting, _ in
            setting.days = (setting.days ?? 0) + 1
        }
        case .shorterRule: changeRule(state: &state, environment: environment) { setting, _ in
            setting.days = max(1, (setting.days ?? 2) - 1)
        }
        case .runRules:
            state.campaigns.panel = .rules
            runRules(state: &state, environment: environment, label: "Rules run")
        case .new, .edit: openForm(action == .new, state: &state, environment: environment)
        }
        return []
    }

    static func sortedCampaigns(_ book: Book) -> [Campaign] { book.campaigns.sortedByID }

    static func selectedCampaign(_ state: AppState) -> Campaign? {
        let campaigns = sortedCampaigns(state.book)
        var list = state.campaigns.campaigns
        list.setItemCount(campaigns.count)
        return list.selected.map { campaigns[$0] }
    }

    private static func moveSelection(_ delta: Int, state: inout AppState) {
        func move(_ list: inout ListState, count: Int) {
            list.setItemCount(count)
            list.moveBy(delta)
        }
        switch state.campaigns.panel {
        case .overview, .compare:
            move(&state.campaigns.campaigns, count: state.book.campaigns.count)
            state.campaigns.members = ListState()
        case .members:
            let count = selectedCampaign(state)?.members.count ?? 0
            move(&state.campaigns.members, count: count)
        case .templates: move(&state.campaigns.templates, count: state.book.templates.count)
        case .rules: move(&state.campaigns.rules, count: BuiltInRule.allCases.count)
        }
    }

    /// The campaign form, or on the Templates panel the template form.
    private static func openForm(_ isNew: Bool, state: inout AppState, environment: AppEnvironment) {
        guard !state.isReadOnly else {
            state.show("The book is read-only: nothing can be changed", severity: .warning, environment: environment)
            return
        }
        let book = state.book
        if state.campaigns.panel == .templates {
            if isNew {
                state.campaigns.form = CampaignFormModal(purpose: .newTemplate, form: CampaignForms.templateForm(nil))
                return
            }
            let templates = book.templates.sortedByID
            var list = state.campaigns.templates
            list.setItemCount(templates.count)
            guard let index = list.selected else {
                state.show("No template to edit: n adds one", severity: .warning, environment: environment)
                return
            }
            let template = templates[index]
            state.campaigns.form = CampaignFormModal(purpose: .editTemplate(template.id), form: CampaignForms.templateForm(template))
            return
        }
        if isNew {
            state.campaigns.form = CampaignFormModal(purpose: .newCampaign, form: CampaignForms.campaignForm(nil, book: book))
            return
        }
        guard let campaign = selectedCampaign(state) else {
            state.show("No campaign to edit: n adds one", severity: .warning, environment: environment)
            return
        }
        state.campaigns.form = CampaignFormModal(purpose: .editCampaign(campaign.id), form: CampaignForms.campaignForm(campaign, book: book))
    }

    private static func movePreview(_ delta: Int, state: inout AppState) {
        state.campaigns.panel = .templates
        let count = state.book.contacts.count
        guard count > 0 else { return }
        state.campaigns.previewContact = ((state.campaigns.previewContact + delta) % count + count) % count
    }

    /// Opens the confirmation with a dry run's figures, so the user sees whom it reaches first.
    private static func askToSend(state: inout AppState, environment: AppEnvironment) {
        guard let campaign = selectedCampaign(state) else {
            state.show("No campaign to send", severity: .warning, environment: environment)
            return
        }
        guard !state.isReadOnly else {
            state.show("The book is read-only: nothing can be sent", severity: .warning, environment: environment)
            return
        }
        var book = state.book
        var transport = CampaignSender.transport(for: campaign.channel, settings: book.settings, bookDirectory: state.bookPath)
        do {
            let report = try CampaignSender.send(campaign.id, in: &book, transport: &transport, clock: environment.clock, dryRun: true)
            let reasons = Dictionary(grouping: report.leftOut, by: { $0.reason.code }).map { "\($0.value.count) \(reasonPhrase($0.key))" }.sorted()
            var message = "\(report.delivered.count) \(report.delivered.count == 1 ? "message" : "messages") through \(report.transportName)."
            if report.alreadySent > 0 { message += " \(report.alreadySent) sent before are skipped." }
            if !report.leftOut.isEmpty { message += " Left out: " + reasons.joined(separator: ", ") + "." }
            let canSend = !report.delivered.isEmpty
            message += canSend ? " Sending cannot be undone." : " Nobody to send to."
            state.campaigns.confirmation = SendConfirmation(campaignID: campaign.id, title: "Send “\(campaign.name)”?",
                                                            message: message, canSend: canSend)
        } catch {
            state.show("Cannot send: \(error)", severity: .error, environment: environment, seconds: 10)
        }
    }

    private static func reasonPhrase(_ code: String) -> String {
        switch code {
        case "no-consent": return "without consent"
        case "consent-withdrawn": return "withdrew consent"
        case "no-email": return "without email"
        case "no-phone": return "without phone"
        default: return "without address"
        }
    }

    /// Applies a change to the selected rule's settings as one undoable change.
    private static func changeRule(state: inout AppState, environment: AppEnvironment,
                                   _ change: (inout RuleSetting, LocalDate) -> Void) {
        state.campaigns.panel = .rules
        var list = state.campaigns.rules
        list.setItemCount(BuiltInRule.allCases.count)
        guard let index = list.selected else { return }
        let rule = BuiltInRule.allCases[index]
        var book = state.book
        var automation = book.settings.automation ?? [:]
        var setting = automation[rule.rawValue] ?? RuleSetting(enabled: false)
        if setting.days == nil { setting.days = rule.defaultDays }
        change(&setting, environment.clock.today)
        automation[rule.rawValue] = setting
        book.settings.automation = automation
        state.commit(book, label: "Rule “\(rule.title)” \(setting.enabled ? "on" : "off"), \(setting.days ?? rule.defaultDays) days",
                     environment: environment)
    }

    /// Runs the enabled rules as one commit: `u` undoes everything the run did.
    static func runRules(state: inout AppState, environment: AppEnvironment, label: String) {
        let run = WorkflowRules.run(state.book, clock: environment.clock)
        state.campaigns.lastRuleRun = run.actions.map { "\($0.rule.title): \($0.summary)" }
        guard !run.isEmpty else {
            if label == "Rules run" { state.show("The rules found nothing to do", environment: environment) }
            return
        }
        state.commit(run.book, label: "\(label): \(run.actions.count) action\(run.actions.count == 1 ? "" : "s") (u undoes)",
                     environment: environment)
    }

    /// The rules' run when the book is opened: nothing at all when no rule is enabled, so a
    /// large book opens as fast as before.
    static func runRulesAtStartup(state: inout AppState, environment: AppEnvironment) {
        guard !WorkflowRules.enabled(in: state.book.settings).isEmpty else { return }
        runRules(state: &state, environment: environment, label: "Rules on opening")
    }

    // MARK: Modal

    /// True while a form or dialog of this view is open: it then gets every key first.
    static func hasModal(_ state: AppState) -> Bool { state.campaigns.confirmation != nil || state.campaigns.form != nil }

    static func handleModalKey(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        if var modal = state.campaigns.form {
            if key == .ctrl("o"), modal.purpose.isTemplate {
                // The body in $EDITOR; the form stays open and gets the text back.
                let body = CampaignForms.unescapeBody(modal.form.fields[CampaignForms.TemplateField.body].text)
                modal.form.focus(CampaignForms.TemplateField.body)
                state.campaigns.form = modal
                return [.editText(EditRequest(text: body, target: .templateFormBody))]
            }
            switch modal.form.handle(key) {
            case nil: state.campaigns.form = modal
            case .cancelled?: state.campaigns.form = nil
            case .submitted(let values)?:
                state.campaigns.form = nil
                if let refusal = CampaignForms.submit(modal.purpose, values: values, state: &state, environment: environment) {
                    state.campaigns.form = modal
                    state.show(refusal, severity: .error, environment: environment, seconds: 10)
                }
            }
            return []
        }
        guard var confirmation = state.campaigns.confirmation else { return [] }
        guard let answer = confirmation.buttons.handle(key) else {
            state.campaigns.confirmation = confirmation
            return []
        }
        state.campaigns.confirmation = nil
        guard answer, confirmation.canSend else { return [] }
        state.show("Sending…", environment: environment)
        return [.sendCampaign(confirmation.campaignID)]
    }

    /// The runner sent the campaign: take the book it left (members marked, deliveries logged).
    /// Undo history is cleared: undoing past a send would unmark members and mail them again.
    static func finishSend(_ report: CampaignSendReport, book: Book, state: inout AppState, environment: AppEnvironment) {
        if book != state.book {
            state.book = book
            state.history = UndoHistory()
            state.markChanged()
        }
        var text = "Sent \(report.delivered.count) through \(report.transportName)"
        if !report.leftOut.isEmpty { text += "; \(report.leftOut.count) left out" }
        if let failure = report.failure {
            state.show(text + "; stopped: \(failure.message)", severity: .error, environment: environment, seconds: 15)
        } else {
            state.show(text + " (sending cannot be undone)", severity: .success, environment: environment, seconds: 8)
        }
    }

    // MARK: Render

    static func render(_ state: AppState, into buffer: inout CellBuffer, area: Rect, environment: AppEnvironment) -> CursorPosition? {
        guard area.height >= 4 else { return nil }
        let (tabs, body) = area.splitTop(1)
        TabBar(titles: CampaignsPanel.allCases.map(\.title), activeIndex: state.campaigns.panel.rawValue, showsNumbers: false)
            .render(into: &buffer, area: tabs)
        let content = body.inset(top: 1, left: 1, bottom: 0, right: 1)
        let view = CampaignsView(state: state, today: environment.clock.today)
        switch state.campaigns.panel {
        case .overview: view.renderOverview(into: &buffer, area: content)
        case .members: view.renderMembers(into: &buffer, area: content)
        case .compare: view.renderCompare(into: &buffer, area: content)
        case .templates: view.renderTemplates(into: &buffer, area: content)
        case .rules: view.renderRules(into: &buffer, area: content)
        }
        if let confirmation = state.campaigns.confirmation {
            ConfirmDialog(title: confirmation.title, message: confirmation.message,
                          confirmLabel: confirmation.canSend ? "Send" : "OK", cancelLabel: "Cancel",
                          state: confirmation.buttons, width: min(64, area.width - 4)).render(into: &buffer, area: area)
        }
        if let modal = state.campaigns.form {
            let footer = modal.purpose.isTemplate ? "Enter save · Tab next · Ctrl-O body in $EDITOR · Esc cancel"
                                                  : "Enter save · Tab next · Esc cancel"
            let view = FormView(state: modal.form, title: modal.purpose.title, width: min(76, area.width - 2), footer: footer)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        }
        return nil
    }
}

/// What the runner calls from outside the pure code: the workflow rules as the book opens.
extension App {
    /// Runs the enabled workflow rules on the book just opened, as one undoable change.
    public static func runWorkflowRulesOnOpening(state: inout AppState, environment: AppEnvironment) {
        CampaignsScreen.runRulesAtStartup(state: &state, environment: environment)
    }
}
