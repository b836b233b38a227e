import RapportCanvas
import RapportCore

/// View 5 on the screen contract: its keys, and the hooks the shell calls, each handed to the
/// file that holds it (update, modal keys, render, selection).
enum CampaignsScreen: Screen {
    typealias State = CampaignsState
    typealias Action = CampaignsAction

    static let id = ViewID("campaigns")
    static var title: String { "Campaigns" }
    static func makeState() -> CampaignsState { CampaignsState() }

    static let keymap: Keymap<CampaignsAction> = {
        var keys = Keymap<CampaignsAction>()
        func bind(_ specs: [String], _ action: CampaignsAction, _ help: String, _ group: String, hint: Bool = false,
                  label: String? = nil) {
            keys.bind(specs, action, help, group: group, hint: hint, keyLabel: label)
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

    /// True while a form or dialog of this view is open: it then gets every key first.
    static func hasModal(_ state: CampaignsState) -> Bool { state.confirmation != nil || state.form != nil }

    static func modalKeys(_ state: CampaignsState) -> KeyGuide? { CampaignsModals.keyGuide(state) }

    static func handleModalKey(_ key: KeyEvent, state: inout CampaignsState, context: inout ScreenContext<CampaignsScreen>) -> [Effect] {
        CampaignsModals.handle(key, state: &state, context: &context)
    }

    static func update(_ action: CampaignsAction, state: inout CampaignsState, context: inout ScreenContext<CampaignsScreen>) -> [Effect] {
        CampaignsUpdate.perform(action, state: &state, context: &context)
    }

    static func render(_ state: CampaignsState, context: ScreenContext<CampaignsScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        CampaignsRender.render(state, context: context, into: &buffer, area: area)
    }

    static func heldSelection(_ state: CampaignsState, context: ScreenContext<CampaignsScreen>) -> HeldSelection? {
        CampaignsSelection.held(state, book: context.book)
    }

    static func follow(_ held: HeldSelection, state: inout CampaignsState, context: ScreenContext<CampaignsScreen>) {
        CampaignsSelection.follow(held, state: &state, book: context.book)
    }
}

extension ViewID {
    public static let campaigns = CampaignsScreen.id
}

extension AppAction {
    /// Public for the runner, which asks for the rules' run as the book opens.
    public static func campaigns(_ action: CampaignsAction) -> AppAction { CampaignsScreen.action(action) }
}

extension AppState {
    var campaigns: CampaignsState {
        get { screens[CampaignsScreen.self] }
        _modify { yield &screens[CampaignsScreen.self] }
        set { screens[CampaignsScreen.self] = newValue }
    }
}
