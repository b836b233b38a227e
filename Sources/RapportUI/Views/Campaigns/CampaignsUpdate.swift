import Foundation
import RapportCore

/// What the campaigns screen's actions do.
enum CampaignsUpdate {
    typealias Context = ScreenContext<CampaignsScreen>

    static func perform(_ action: CampaignsAction, state: inout CampaignsState, context: inout Context) -> [Effect] {
        let page = max(1, context.size.height - 8)
        switch action {
        case .moveUp: moveSelection(-1, state: &state, book: context.book)
        case .moveDown: moveSelection(1, state: &state, book: context.book)
        case .pageUp: moveSelection(-page, state: &state, book: context.book)
        case .pageDown: moveSelection(page, state: &state, book: context.book)
        case .top: moveSelection(-Int.max / 2, state: &state, book: context.book)
        case .bottom: moveSelection(Int.max / 2, state: &state, book: context.book)
        case .showPanel(let panel): state.panel = panel
        case .nextPanel:
            state.panel = CampaignsPanel(rawValue: (state.panel.rawValue + 1) % CampaignsPanel.allCases.count) ?? .overview
        case .previousPanel:
            let count = CampaignsPanel.allCases.count
            state.panel = CampaignsPanel(rawValue: (state.panel.rawValue + count - 1) % count) ?? .overview
        case .open:
            if state.panel == .overview {
                state.panel = .members
                state.members = ListState()
            }
        case .send: askToSend(state: &state, context: &context)
        case .nextPreviewContact: movePreview(1, state: &state, book: context.book)
        case .previousPreviewContact: movePreview(-1, state: &state, book: context.book)
        case .toggleRule: changeRule(state: &state, context: &context) { setting, today in
            if !setting.enabled { setting.since = today }
            setting.enabled.toggle()
        }
        case .longerRule: changeRule(state: &state, context: &context) { setting, _ in
            setting.days = (setting.days ?? 0) + 1
        }
        case .shorterRule: changeRule(state: &state, context: &context) { setting, _ in
            setting.days = max(1, (setting.days ?? 2) - 1)
        }
        case .runRules:
            state.panel = .rules
            runRules(state: &state, context: &context, label: "Rules run")
        case .runRulesOnOpening: runRulesOnOpening(state: &state, context: &context)
        case .new, .edit: CampaignsModals.open(isNew: action == .new, state: &state, context: &context)
        case .templateBodyEdited(let text): CampaignsModals.takeBody(text, state: &state, context: &context)
        case .sendFinished(let report, let book): finishSend(report, book: book, state: &state, context: &context)
        }
        return []
    }

    private static func moveSelection(_ delta: Int, state: inout CampaignsState, book: Book) {
        func move(_ list: inout ListState, count: Int) {
            list.setItemCount(count)
            list.moveBy(delta)
        }
        switch state.panel {
        case .overview, .compare:
            move(&state.campaigns, count: book.campaigns.count)
            state.members = ListState()
        case .members:
            let count = CampaignsSelection.selectedCampaign(state, book: book)?.members.count ?? 0
            move(&state.members, count: count)
        case .templates: move(&state.templates, count: book.templates.count)
        case .rules: move(&state.rules, count: BuiltInRule.allCases.count)
        }
    }

    private static func movePreview(_ delta: Int, state: inout CampaignsState, book: Book) {
        state.panel = .templates
        let count = book.contacts.count
        guard count > 0 else { return }
        state.previewContact = ((state.previewContact + delta) % count + count) % count
    }

    /// Opens the confirmation with a dry run's figures, so the user sees whom it reaches first.
    private static func askToSend(state: inout CampaignsState, context: inout Context) {
        guard let campaign = CampaignsSelection.selectedCampaign(state, book: context.book) else {
            context.show("No campaign to send", severity: .warning)
            return
        }
        guard !context.isReadOnly else {
            context.show("The book is read-only: nothing can be sent", severity: .warning)
            return
        }
        var book = context.book
        var transport = CampaignSender.transport(for: campaign.channel, settings: book.settings, bookDirectory: context.bookPath)
        do {
            let report = try CampaignSender.send(campaign.id, in: &book, transport: &transport, clock: context.clock, dryRun: true)
            let reasons = Dictionary(grouping: report.leftOut, by: { $0.reason.code }).map { "\($0.value.count) \(reasonPhrase($0.key))" }.sorted()
            var message = "\(report.delivered.count) \(report.delivered.count == 1 ? "message" : "messages") through \(report.transportName)."
            if report.alreadySent > 0 { message += " \(report.alreadySent) sent before are skipped." }
            if !report.leftOut.isEmpty { message += " Left out: " + reasons.joined(separator: ", ") + "." }
            let canSend = !report.delivered.isEmpty
            message += canSend ? " Sending cannot be undone." : " Nobody to send to."
            state.confirmation = SendConfirmation(campaignID: campaign.id, title: "Send “\(campaign.name)”?",
                                                  message: message, canSend: canSend)
        } catch {
            context.show("Cannot send: \(error)", severity: .error, seconds: 10)
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

    /// The runner sent the campaign: take the book it left. Undo stops here: undoing past a send
    /// would unmark members and mail them again.
    private static func finishSend(_ report: CampaignSendReport, book: Book, state: inout CampaignsState, context: inout Context) {
        context.adoptIrreversibly(book, state: &state)
        var text = "Sent \(report.delivered.count) through \(report.transportName)"
        if !report.leftOut.isEmpty { text += "; \(report.leftOut.count) left out" }
        if let failure = report.failure {
            context.show(text + "; stopped: \(failure.message)", severity: .error, seconds: 15)
        } else {
            context.show(text + " (sending cannot be undone)", severity: .success, seconds: 8)
        }
    }

    /// Applies a change to the selected rule's settings as one undoable change.
    private static func changeRule(state: inout CampaignsState, context: inout Context,
                                   _ change: (inout RuleSetting, LocalDate) -> Void) {
        state.panel = .rules
        var list = state.rules
        list.setItemCount(BuiltInRule.allCases.count)
        guard let index = list.selected else { return }
        let rule = BuiltInRule.allCases[index]
        var book = context.book
        var automation = book.settings.automation ?? [:]
        var setting = automation[rule.rawValue] ?? RuleSetting(enabled: false)
        if setting.days == nil { setting.days = rule.defaultDays }
        change(&setting, context.today)
        automation[rule.rawValue] = setting
        book.settings.automation = automation
        context.commit(book, label: "Rule “\(rule.title)” \(setting.enabled ? "on" : "off"), \(setting.days ?? rule.defaultDays) days",
                       state: &state)
    }

    /// Runs the enabled rules as one commit: `u` undoes everything the run did.
    private static func runRules(state: inout CampaignsState, context: inout Context, label: String) {
        let run = WorkflowRules.run(context.book, clock: context.clock)
        state.lastRuleRun = run.actions.map { "\($0.rule.title): \($0.summary)" }
        guard !run.isEmpty else {
            if label == "Rules run" { context.show("The rules found nothing to do") }
            return
        }
        context.commit(run.book, label: "\(label): \(run.actions.count) action\(run.actions.count == 1 ? "" : "s") (u undoes)",
                       state: &state)
    }

    /// The rules' run when the book is opened: nothing at all when no rule is enabled, so a
    /// large book opens as fast as before.
    private static func runRulesOnOpening(state: inout CampaignsState, context: inout Context) {
        guard !WorkflowRules.enabled(in: context.book.settings).isEmpty else { return }
        runRules(state: &state, context: &context, label: "Rules on opening")
    }
}
