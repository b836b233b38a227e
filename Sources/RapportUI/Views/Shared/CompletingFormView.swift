import RapportCore
import RapportCanvas

/// Draws a `CompletingForm`: the form, why it was refused (wrapped, in the error style), and the
/// focused field's choices in a drop-down under it. The picker of every form that offers
/// choices: contacts and companies in New opportunity, stages, segments, tags.
struct CompletingFormView {
    var fields: CompletingForm
    var title: String
    var book: Book
    var width: Int

    func render(into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        let view = FormView(state: fields.form, title: title, width: width, problem: fields.problem)
        view.render(into: &buffer, area: area)
        let cursor = view.cursorPosition(in: area)
        let suggestions = fields.suggestions(in: book)
        guard !suggestions.isEmpty, let cursor else { return cursor }
        // A drop-down under the focused field.
        let box = view.box(in: area)
        let labelWidth = (fields.form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let x = inner.x + min(labelWidth, max(0, inner.width / 2)) - 1
        let list = Rect(x: x, y: cursor.y + 1, width: inner.maxX - x + 1, height: suggestions.count + 2).intersection(area)
        buffer.fill(list)
        buffer.drawBox(list, style: .border)
        for (row, suggestion) in suggestions.enumerated() where list.y + 1 + row < list.maxY - 1 {
            let selected = fields.isChoosing && row == min(fields.highlighted, suggestions.count - 1)
            let rowRect = Rect(x: list.x + 1, y: list.y + 1 + row, width: list.width - 2, height: 1)
            buffer.fill(rowRect, style: selected ? .selected : .normal)
            buffer.write(suggestion.label, at: rowRect.x + 1, y: rowRect.y, style: selected ? .selected : .normal,
                         maxWidth: rowRect.width - 1)
        }
        return cursor
    }
}
