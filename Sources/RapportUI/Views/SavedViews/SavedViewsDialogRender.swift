import RapportCore
import RapportCanvas

/// Draws the saved-views dialog over the screen that opened it (the shell calls it on top of
/// the board, the contacts or the companies).
enum SavedViewsRender {
    static func render(_ dialog: SavedViewsDialog, state: AppState, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        switch dialog {
        case .name(let view, let prompt):
            let screen = SavedViewQuery.view(of: view.screen).title.lowercased()
            let widget = Prompt(title: Messages.viewsSaveTitle.text, message: Messages.viewsSaveMessage.text(["screen": screen]),
                                placeholder: Messages.viewsNamePlaceholder.text, state: prompt)
            widget.render(into: &buffer, area: area)
            return widget.cursorPosition(in: area)
        case .confirmReplace(let view, let confirm):
            ConfirmDialog(title: Messages.viewsReplaceTitle.text, message: Messages.viewsReplaceMessage.text(["name": view.name]),
                          state: confirm).render(into: &buffer, area: area)
            return nil
        case .picker(let screen, let list):
            renderPicker(screen, list: list, state: state, into: &buffer, area: area)
            return nil
        case .rename(let screen, _, let prompt, let list):
            renderPicker(screen, list: list, state: state, into: &buffer, area: area)
            let widget = Prompt(title: Messages.viewsRenameTitle.text, state: prompt)
            widget.render(into: &buffer, area: area)
            return widget.cursorPosition(in: area)
        case .confirmDelete(let screen, let name, let confirm, let list):
            renderPicker(screen, list: list, state: state, into: &buffer, area: area)
            ConfirmDialog(title: Messages.viewsDeleteTitle.text, message: Messages.viewsDeleteMessage.text(["name": name]),
                          state: confirm).render(into: &buffer, area: area)
            return nil
        }
    }

    /// The views of the screen, one a line: the name, then what it filters and how it sorts;
    /// the picker's keys on the last line, from its keymap.
    static func renderPicker(_ screen: SavedViewScreen, list: ListState, state: AppState, into buffer: inout CellBuffer, area: Rect) {
        let views = state.book.settings.savedViews(for: screen)
        let width = min(70, area.width - 2)
        let listHeight = max(1, min(views.count, area.height - 6))
        let title = Messages.viewsPickerTitle.text(["screen": SavedViewQuery.view(of: screen).title])
        let (_, inner) = DialogFrame.draw(in: area, width: width, height: listHeight + 4, title: title, buffer: &buffer)
        guard !inner.isEmpty else { return }
        if views.isEmpty {
            buffer.write(Messages.viewsPickerEmpty.text(["key": SavedViewsScreen.saveKeyLabel]), at: inner.x, y: inner.y,
                         style: .muted, maxWidth: inner.width)
        }
        var list = list
        list.setItemCount(views.count)
        let offset = list.visibleOffset(height: listHeight, showsMoreIndicator: false)
        let nameWidth = min(max(views.map { DisplayWidth.of($0.name) }.max() ?? 0, 8), inner.width / 2)
        for (row, view) in views.dropFirst(offset).prefix(listHeight).enumerated() {
            let y = inner.y + row
            let isSelected = offset + row == list.selected
            let style: Style = isSelected ? .selected : .normal
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            buffer.write(view.name, at: inner.x, y: y, style: style, maxWidth: nameWidth)
            let sort = SavedViewQuery.sortTitle(view)
            let sortWidth = DisplayWidth.of(sort)
            let summaryX = inner.x + nameWidth + 2
            buffer.write(view.filterSummary, at: summaryX, y: y, style: isSelected ? .selected : .muted,
                         maxWidth: max(0, inner.maxX - summaryX - sortWidth - 2))
            buffer.writeRightAligned(sort, endingAt: inner.maxX, y: y, style: isSelected ? .selected : .muted)
        }
        let hints = KeyHintBar(keymap: SavedViewsScreen.pickerKeymap, maxWidth: inner.width)
        StatusBar(left: hints.segments, right: []).render(into: &buffer, area: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
    }
}
