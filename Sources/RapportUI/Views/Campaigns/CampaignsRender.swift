import RapportCanvas
import RapportCore

/// Draws the screen: the panel tabs, the open panel, and the dialog on top.
enum CampaignsRender {
    static func render(_ state: CampaignsState, context: ScreenContext<CampaignsScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        guard area.height >= 4 else { return nil }
        let (tabs, body) = area.splitTop(1)
        TabBar(titles: CampaignsPanel.allCases.map(\.title), activeIndex: state.panel.rawValue, showsNumbers: false)
            .render(into: &buffer, area: tabs)
        let content = body.inset(top: 1, left: 1, bottom: 0, right: 1)
        let view = CampaignsView(state: state, book: context.book, today: context.today)
        switch state.panel {
        case .overview: view.renderOverview(into: &buffer, area: content)
        case .members: view.renderMembers(into: &buffer, area: content)
        case .compare: view.renderCompare(into: &buffer, area: content)
        case .templates: view.renderTemplates(into: &buffer, area: content)
        case .rules: view.renderRules(into: &buffer, area: content)
        }
        if let confirmation = state.confirmation {
            ConfirmDialog(title: confirmation.title, message: confirmation.message,
                          confirmLabel: confirmation.canSend ? "Send" : "OK", cancelLabel: "Cancel",
                          state: confirmation.buttons, width: min(64, area.width - 4)).render(into: &buffer, area: area)
        }
        if let modal = state.form {
            let footer = (CampaignsModals.keyGuide(state) ?? FormState.keyGuide).footerLine
            let view = FormView(state: modal.form, title: modal.purpose.title, width: min(76, area.width - 2), footer: footer)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        }
        return nil
    }
}
