import RapportCore

/// Draws the open form or dialog over the board.
enum BoardModalView {
    static func render(_ modal: BoardModal, state: AppState, environment: AppEnvironment, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        switch modal {
        case .opportunityForm(let form):
            return renderForm(form.fields, title: form.editing == nil ? "New opportunity" : "Edit opportunity",
                              book: state.book, into: &buffer, area: area)
        case .offerForm(let form):
            let title = state.book.opportunities[form.opportunityID].map { "Offer: \($0.title)" } ?? "Offer"
            return renderForm(form.fields, title: title, book: state.book, into: &buffer, area: area)
        case .taskForm(let form):
            let title = state.book.opportunities[form.opportunityID].map { "Next step: \($0.title)" } ?? "Next step"
            return renderForm(form.fields, title: title, book: state.book, into: &buffer, area: area)
        case .lostReason(let picker):
            return renderLostReason(picker, state: state, into: &buffer, area: area)
        case .confirmDelete(let id, let confirm):
            let title = state.book.opportunities[id]?.title ?? "this opportunity"
            ConfirmDialog(title: "Delete", message: "Delete \"\(title)\"? Its activities stay with the contact. u undoes it.",
                          confirmLabel: "Delete", cancelLabel: "Keep", state: confirm, width: 56)
                .render(into: &buffer, area: area)
            return nil
        }
    }

    static let formWidth = 64

    private static func renderForm(_ fields: CompletingForm, title: String, book: Book, into buffer: inout CellBuffer,
                                   area: Rect) -> CursorPosition? {
        CompletingFormView(fields: fields, title: title, book: book, width: formWidth).render(into: &buffer, area: area)
    }

    private static func renderLostReason(_ picker: LostReasonPicker, state: AppState, into buffer: inout CellBuffer,
                                         area: Rect) -> CursorPosition? {
        let reasons = state.book.settings.lostReasons
        let options = picker.options(reasons)
        let title = state.book.opportunities[picker.opportunityID].map { "Lost: \($0.title)" } ?? "Lost"
        let height = min(area.height, max(options.count, 1) + 6)
        let box = area.centered(width: 56, height: height)
        buffer.fill(box)
        buffer.drawBox(box, style: .borderFocused, title: title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.height >= 3 else { return nil }
        buffer.write("Reason", at: inner.x, y: inner.y, style: .focused)
        let inputArea = Rect(x: inner.x + 8, y: inner.y, width: inner.width - 8, height: 1)
        let input = TextInput(state: picker.query, placeholder: "type to filter, or your own reason")
        input.render(into: &buffer, area: inputArea)
        let items = options.map { option in
            ListItem(option, style: reasons.contains(option) ? .normal : .accent,
                     trailing: reasons.contains(option) ? nil : "new reason")
        }
        var list = picker.list
        list.setItemCount(items.count)
        ListView(items: items, state: list, emptyText: "Type a reason").render(
            into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3))
        buffer.write("Enter choose · ↑↓ move · Esc cancel", at: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
        return input.cursorPosition(in: inputArea)
    }
}
