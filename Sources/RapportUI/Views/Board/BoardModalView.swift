import RapportCore
import RapportCanvas

/// Draws the open form or dialog over the board.
enum BoardModalView {
    static func render(_ modal: BoardModal, book: Book, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        switch modal {
        case .opportunityForm(let form):
            return renderForm(form.fields, title: form.editing == nil ? "New opportunity" : "Edit opportunity",
                              book: book, into: &buffer, area: area)
        case .offerForm(let form):
            let title = book.opportunities[form.opportunityID].map { "Offer: \($0.title)" } ?? "Offer"
            return renderForm(form.fields, title: title, book: book, into: &buffer, area: area)
        case .taskForm(let form):
            let title = book.opportunities[form.opportunityID].map { "Next step: \($0.title)" } ?? "Next step"
            return renderForm(form.fields, title: title, book: book, into: &buffer, area: area)
        case .movePipeline(let picker):
            let deal = book.opportunities[picker.opportunityID]?.title ?? ""
            return renderChoice(picker, title: Messages.pipelinesBoardMoveTitle.text(["deal": deal]),
                                label: Messages.pipelinesBoardMoveLabel.text, placeholder: Messages.pipelinesBoardMovePlaceholder.text,
                                newLabel: "", emptyText: Messages.pipelinesBoardMovePlaceholder.text, into: &buffer, area: area)
        case .lostReason(let picker):
            let title = book.opportunities[picker.opportunityID].map { "Lost: \($0.title)" } ?? "Lost"
            return renderChoice(picker, title: title, label: "Reason", placeholder: "type to filter, or your own reason",
                                newLabel: "new reason", emptyText: "Type a reason", into: &buffer, area: area)
        case .competitor(let picker, _):
            let deal = book.opportunities[picker.opportunityID]?.title ?? ""
            return renderChoice(picker, title: Messages.boardCompetitorTitle.text(["deal": deal]),
                                label: Messages.boardCompetitorLabel.text, placeholder: Messages.boardCompetitorPlaceholder.text,
                                newLabel: Messages.boardCompetitorNew.text, emptyText: Messages.boardCompetitorEmpty.text,
                                into: &buffer, area: area)
        case .closeTasks(let pending, let tasks, let confirm):
            let deal = book.opportunities[pending.opportunityID]?.title ?? ""
            let next = tasks.first.flatMap { book.activities[$0] }?.summary ?? ""
            let count = ["count": tasks.count]
            ConfirmDialog(title: Messages.boardCloseTasksTitle.text,
                          message: Messages.boardCloseTasksQuestion.text(["deal": deal, "task": next, "count": tasks.count]),
                          confirmLabel: Messages.boardCloseTasksConfirm.text(count), cancelLabel: Messages.boardCloseTasksKeep.text(count),
                          state: confirm, width: 56)
                .render(into: &buffer, area: area)
            return nil
        case .interaction(let id, let form):
            let opportunity = book.opportunities[id]
            let contact = opportunity?.contactID.flatMap { book.contacts[$0] }?.displayName ?? ""
            let view = FormView(state: form, title: Messages.boardLogInteractionTitle.text(["contact": contact]), width: formWidth)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        case .confirmDelete(let id, let confirm):
            let title = book.opportunities[id]?.title ?? "this opportunity"
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

    /// A choice list under a text input (`ChoicePicker`): the lost reason, the competitor.
    private static func renderChoice(_ picker: ChoicePicker, title: String, label: String, placeholder: String,
                                     newLabel: String, emptyText: String, into buffer: inout CellBuffer,
                                     area: Rect) -> CursorPosition? {
        let options = picker.options
        let height = min(area.height, max(options.count, 1) + 6)
        let box = area.centered(width: 56, height: height)
        buffer.fill(box)
        buffer.drawBox(box, style: .borderFocused, title: title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.height >= 3 else { return nil }
        buffer.write(label, at: inner.x, y: inner.y, style: .focused)
        let inputX = DisplayWidth.of(label) + 2
        let inputArea = Rect(x: inner.x + inputX, y: inner.y, width: inner.width - inputX, height: 1)
        let input = TextInput(state: picker.query, placeholder: placeholder)
        input.render(into: &buffer, area: inputArea)
        let items = options.map { option in
            ListItem(option, style: picker.choices.contains(option) ? .normal : .accent,
                     trailing: picker.choices.contains(option) ? nil : newLabel)
        }
        var list = picker.list
        list.setItemCount(items.count)
        ListView(items: items, state: list, emptyText: emptyText).render(
            into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3))
        buffer.write(ChoicePicker.hintLine, at: inner.x, y: inner.maxY - 1, style: .muted, maxWidth: inner.width)
        return input.cursorPosition(in: inputArea)
    }
}
