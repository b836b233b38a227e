import Foundation
import RapportCanvas
import RapportCore

enum CompaniesRender {
    static func render(_ state: CompaniesState, context: ScreenContext<CompaniesScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        var cursor: CursorPosition?
        if state.isPaneOpen, let id = CompaniesScreen.selectedID(state, book: context.book) {
            if area.width >= ContactsRender.sideBySideWidth {
                let listWidth = area.width * 11 / 20
                cursor = renderList(state, context: context, into: &buffer,
                                    area: Rect(x: area.x, y: area.y, width: listWidth - 1, height: area.height),
                                    isFocused: !state.paneHasFocus)
                if !state.paneHasFocus { FocusMarker.markList(into: &buffer, area: area) }
                CompanyDetailPane.render(id, state: state, context: context, into: &buffer,
                                         area: Rect(x: area.x + listWidth, y: area.y, width: area.width - listWidth, height: area.height))
            } else {
                CompanyDetailPane.render(id, state: state, context: context, into: &buffer, area: area)
            }
        } else {
            cursor = renderList(state, context: context, into: &buffer, area: area, isFocused: true)
        }
        switch state.modal {
        case .form(let purpose, let form)?:
            let view = FormView(state: form, title: purpose.title, width: 64)
            view.render(into: &buffer, area: area)
            return view.cursorPosition(in: area)
        case .confirmDelete(let id, let confirm)?:
            let name = context.book.companies[id]?.name ?? id.rawValue
            ConfirmDialog(title: "Delete company", message: "Delete \(name)? Its people and deals stay, without the company. u undoes it.",
                          confirmLabel: "Delete", cancelLabel: "Keep", state: confirm).render(into: &buffer, area: area)
            return nil
        case nil:
            return cursor
        }
    }

    private static func renderList(_ companies: CompaniesState, context: ScreenContext<CompaniesScreen>, into buffer: inout CellBuffer,
                                   area: Rect, isFocused: Bool) -> CursorPosition? {
        let rows = CompaniesScreen.visibleRows(companies, book: context.book)
        let total = CompaniesScreen.index(companies, book: context.book).rows.count
        let count = "\(rows.count) of \(total)"
        buffer.writeRightAligned(count, endingAt: area.maxX - 1, y: area.y, style: .muted)
        buffer.write("/", at: area.x + 1, y: area.y, style: .accent)
        let inputArea = Rect(x: area.x + 3, y: area.y, width: max(0, area.width - DisplayWidth.of(count) - 5), height: 1)
        var cursor: CursorPosition?
        if companies.isTyping || !companies.searchInput.isEmpty {
            let input = TextInput(state: companies.searchInput, isFocused: companies.isTyping, style: companies.isTyping ? .input : .normal)
            input.render(into: &buffer, area: inputArea)
            cursor = input.cursorPosition(in: inputArea)
        } else {
            buffer.write("search names, domains, industries, tags", at: inputArea.x, y: inputArea.y, style: .muted, maxWidth: inputArea.width)
        }
        let format = context.book.settings.numberFormat
        let wide = area.width >= 70
        let shown: [CompanyColumn] = wide ? CompanyColumn.allCases : [.name, .people, .openPipeline]
        let columns = shown.map { column -> TableColumn in
            switch column {
            case .name: return TableColumn("Name", width: .flex(3))
            case .industry: return TableColumn("Industry", width: .flex(2))
            case .people: return TableColumn("People", width: .fixed(6), alignment: .right)
            case .openPipeline: return TableColumn("Open pipeline", width: .fixed(13), alignment: .right)
            case .won: return TableColumn("Won", width: .fixed(11), alignment: .right)
            }
        }
        // Rows are built for the visible window only: formatting 10,000 rows per key press was
        // most of the view's frame time.
        func tableRow(_ position: Int) -> TableRow {
            let row = rows[position].row
            return TableRow(shown.map { column in
                switch column {
                case .name: return row.company.name
                case .industry: return row.company.industry
                case .people: return "\(row.people)"
                case .openPipeline: return row.openPipeline.isZero ? "" : row.openPipeline.formattedWhole(format)
                case .won: return row.won.isZero ? "" : row.won.formattedWhole(format)
                }
            }, cellStyles: shown.map { $0 == .industry ? .muted : $0 == .won ? .positive : nil })
        }
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        let sort = companies.searchInput.isEmpty ? shown.firstIndex(of: companies.sort).map { SortIndicator(column: $0, ascending: companies.ascending) } : nil
        var table = TableView(columns: columns, rowCount: rows.count, state: companies.list, sort: sort, isFocused: isFocused,
                              emptyText: total == 0 ? "No companies yet: n adds one." : "No company matches. Esc clears the search.",
                              row: tableRow)
        CompaniesScreen.listPointerTarget(companies.list).mark(tableArea, on: &buffer)
        table.rowTarget = { position in
            CompaniesScreen.pointerTarget(row: position, id: rows[position].row.company.id, list: companies.list)
        }
        table.render(into: &buffer, area: tableArea)
        if !companies.searchInput.isEmpty, let nameSpan = table.columnRects(in: tableArea).first {
            var list = companies.list
            list.setItemCount(rows.count)
            let offset = list.visibleOffset(height: max(0, tableArea.height - 1))
            for line in 0..<max(0, tableArea.height - 1) where offset + line < rows.count {
                let item = rows[offset + line]
                guard !item.highlights.isEmpty else { continue }
                let selected = offset + line == list.selected
                let base: Style = selected ? (isFocused ? .selected : .selectedInactive) : .normal
                buffer.write(item.row.company.name, at: nameSpan.x, y: tableArea.y + 1 + line, style: base, highlighting: item.highlights,
                             highlightStyle: Style(.highlight, attributes: base.attributes.union(.bold)), maxWidth: nameSpan.width)
            }
        }
        return cursor
    }
}
