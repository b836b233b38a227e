import Foundation
import RapportCanvas
import RapportCore

/// Draws the contacts view: the search line, the table, the pane beside it (or over it on a
/// narrow terminal) and any dialog.
enum ContactsRender {
    /// From this width the pane sits beside the list; below, it takes the whole body.
    static let sideBySideWidth = 120

    static func render(_ state: ContactsState, _ context: ContactsContext, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        var cursor: CursorPosition?
        if state.isPaneOpen, let id = ContactsScreen.selectedID(state, context) {
            if area.width >= sideBySideWidth {
                let listWidth = area.width * 11 / 20
                cursor = renderList(state, context, into: &buffer, area: Rect(x: area.x, y: area.y, width: listWidth - 1, height: area.height),
                                    isFocused: !state.paneHasFocus)
                if !state.paneHasFocus { FocusMarker.markList(into: &buffer, area: area) }
                ContactDetailPane.render(id, state, context, into: &buffer,
                                         area: Rect(x: area.x + listWidth, y: area.y, width: area.width - listWidth, height: area.height))
            } else {
                ContactDetailPane.render(id, state, context, into: &buffer, area: area)
            }
        } else {
            cursor = renderList(state, context, into: &buffer, area: area, isFocused: true)
        }
        if let modal = state.modal {
            return renderModal(modal, book: context.book, into: &buffer, area: area)
        }
        return cursor
    }

    /// Which columns fit: all of them on a wide list, fewer as it narrows (the pane shows the rest).
    static func columns(width: Int) -> [ContactColumn] {
        if width >= 160 { return ContactColumn.allCases }
        // Segment and value go first: the pane's Profile shows them.
        if width >= 130 { return [.name, .company, .stage, .email, .phone, .lastInteraction, .nextTask] }
        if width >= 96 { return [.name, .company, .stage, .email, .lastInteraction, .nextTask] }
        if width >= 72 { return [.name, .company, .stage, .lastInteraction, .nextTask] }
        return [.name, .company, .stage]
    }

    static func width(of column: ContactColumn) -> ColumnWidth {
        switch column {
        case .name: return .flex(3)
        case .company: return .flex(2)
        case .stage: return .fixed(11)
        case .segment: return .fixed(11)
        case .lifetimeValue: return .fixed(10)
        case .email: return .flex(3)
        case .phone: return .fixed(17)
        case .lastInteraction: return .fixed(12)
        case .nextTask: return .fixed(10)
        }
    }

    private static func renderList(_ contacts: ContactsState, _ context: ContactsContext, into buffer: inout CellBuffer, area: Rect,
                                   isFocused: Bool) -> CursorPosition? {
        let index = ContactsScreen.index(contacts, context)
        let entries = ContactsScreen.entries(contacts, context)
        // The search line: the query (or how to start one), the filters, the count.
        let searchRow = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        var filters: [String] = []
        if let stage = contacts.query.stage { filters.append("stage: \(stage.title)") }
        if let tag = contacts.query.tag { filters.append("tag: \(tag)") }
        if let segment = contacts.query.segment { filters.append("segment: \(segment.title)") }
        if contacts.query.dueTouch { filters.append(Messages.todayFilterDueTouch.text) }
        let count = "\(entries.count) of \(index.rows.count)"
        let right = (filters.isEmpty ? "" : filters.joined(separator: "  ") + "  ") + count
        let rightWidth = DisplayWidth.of(right)
        buffer.writeRightAligned(right, endingAt: searchRow.maxX - 1, y: searchRow.y, style: .muted)
        buffer.write("/", at: searchRow.x + 1, y: searchRow.y, style: .accent)
        let inputArea = Rect(x: searchRow.x + 3, y: searchRow.y, width: max(0, searchRow.width - rightWidth - 5), height: 1)
        var cursor: CursorPosition?
        if contacts.isTyping || !contacts.searchInput.isEmpty {
            let input = TextInput(state: contacts.searchInput, isFocused: contacts.isTyping, style: contacts.isTyping ? .input : .normal)
            input.render(into: &buffer, area: inputArea)
            cursor = input.cursorPosition(in: inputArea)
        } else {
            buffer.write("search names, emails, phones, companies, tags", at: inputArea.x, y: inputArea.y, style: .muted,
                         maxWidth: inputArea.width)
        }

        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        let shown = columns(width: tableArea.width)
        let tableColumns = shown.map { TableColumn($0.title, width: width(of: $0)) }
        let bodyHeight = max(0, tableArea.height - 1)
        var list = contacts.list
        list.setItemCount(entries.count)
        let offset = list.visibleOffset(height: bodyHeight, showsMoreIndicator: false)
        let visible = entries.isEmpty ? [] : Array(entries[offset..<min(entries.count, offset + bodyHeight)])
        let today = context.today
        let timeZone = context.clock.timeZone
        let rows = visible.map { entry -> TableRow in
            let row = index.rows[Int(entry.row)]
            var styles: [Style?] = []
            let cells = shown.map { column -> String in
                switch column {
                case .name: styles.append(nil); return row.name
                case .company: styles.append(nil); return row.company
                case .stage: styles.append(.muted); return row.stage == .formerCustomer ? "Ex-customer" : row.stage.title
                case .segment: styles.append(.muted); return row.segment?.title ?? ""
                case .lifetimeValue: styles.append(nil); return row.lifetimeValueText
                case .email: styles.append(nil); return row.email
                case .phone: styles.append(nil); return row.phone
                case .lastInteraction:
                    styles.append(.muted)
                    return row.lastInteraction.map { LocalDate($0, in: timeZone).description } ?? ""
                case .nextTask:
                    guard let due = row.nextTaskDue else { styles.append(nil); return "" }
                    styles.append(due < today ? .overdue : due == today ? .dueToday : nil)
                    return due.description
                }
            }
            return TableRow(cells, cellStyles: styles)
        }
        let selectedInSlice = list.selected.map { $0 - offset }
        let sort = contacts.query.search.isEmpty
            ? shown.firstIndex(of: contacts.query.sort).map { SortIndicator(column: $0, ascending: contacts.query.ascending) } : nil
        let emptyText = index.rows.isEmpty ? "No contacts yet: n adds one." : "No contact matches. Esc clears the search."
        var table = TableView(columns: tableColumns, rows: rows, state: ListState(itemCount: rows.count, selected: selectedInSlice),
                              sort: sort, isFocused: isFocused, showsMoreIndicator: false, emptyText: emptyText)
        ContactsScreen.listPointerTarget(list).mark(tableArea, on: &buffer)
        table.rowTarget = { line in
            ContactsScreen.pointerTarget(row: offset + line, id: index.rows[Int(visible[line].row)].id, list: list)
        }
        table.render(into: &buffer, area: tableArea)

        // Matched letters, in the column where the best match was.
        if !contacts.query.search.isEmpty {
            let spans = table.columnRects(in: tableArea)
            for (line, entry) in visible.enumerated() {
                guard let (column, indices) = ContactSearch.highlights(entry, index: index, query: contacts.query.search),
                      let position = shown.firstIndex(of: column) else { continue }
                let row = index.rows[Int(entry.row)]
                let text: String
                switch column {
                case .name: text = row.name
                case .company: text = row.company
                case .email: text = row.email
                case .phone: text = row.phone
                default: continue
                }
                let span = spans[position]
                let isSelected = offset + line == list.selected
                let base: Style = isSelected ? (isFocused ? .selected : .selectedInactive) : .normal
                buffer.write(text, at: span.x, y: tableArea.y + 1 + line, style: base, highlighting: indices,
                             highlightStyle: Style(.highlight, attributes: base.attributes.union(.bold)), maxWidth: span.width)
            }
        }
        return cursor
    }

    /// The open dialog, over the list and the pane.
    static func renderModal(_ modal: ContactsModal, book: Book, into buffer: inout CellBuffer, area: Rect) -> CursorPosition? {
        switch modal {
        case .form(let purpose, let form):
            return CompletingFormView(fields: form, title: purpose.title, book: book, width: 64).render(into: &buffer, area: area)
        case .duplicate(_, let matches, let confirm):
            let names = matches.prefix(3).map { match in
                "\(book.contacts[match.contactID]?.displayName ?? match.contactID.rawValue) (\(match.reason))"
            }
            let message = "Already in the book: \(names.joined(separator: ", ")). Open the existing contact, or create a new one anyway? Esc goes back to the form."
            ConfirmDialog(title: "Possible duplicate", message: message, confirmLabel: "Open existing", cancelLabel: "Create anyway",
                          state: confirm, width: 60).render(into: &buffer, area: area)
        case .confirmDelete(let id, let confirm):
            let name = book.contacts[id]?.displayName ?? id.rawValue
            ConfirmDialog(title: "Delete contact", message: "Delete \(name) with their activities and tickets? Deals and purchases stay. u undoes it.",
                          confirmLabel: "Delete", cancelLabel: "Keep", state: confirm).render(into: &buffer, area: area)
        case .erase(let id, let prompt):
            let name = book.contacts[id]?.displayName ?? id.rawValue
            let view = Prompt(title: "GDPR erase", message: "Erases \(name) and every personal field for good: no undo. Purchase amounts and dates stay, anonymous. Type the full name to confirm:",
                              placeholder: name, state: prompt, width: 60)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        case .merge(let dialog):
            return dialog.render(book: book, into: &buffer, area: area)
        }
        return nil
    }
}
