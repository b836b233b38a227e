import RapportCanvas
import RapportCore

/// The companies list under the mouse: a click selects a row, a double click opens it, the
/// wheel moves the selection by `PointerTarget.wheelStep`.
extension CompaniesScreen {
    static func pointerTarget(row: Int, id: CompanyID, list: ListState) -> PointerTarget {
        listPointerTarget(list).with(click: .companies(.select(row: row)), doubleClick: .companies(.open(id)))
    }

    /// Over the whole list, rows or not: the wheel.
    static func listPointerTarget(_ list: ListState) -> PointerTarget {
        let selected = list.selected ?? 0
        return PointerTarget(wheelUp: .companies(.select(row: max(0, selected - PointerTarget.wheelStep))),
                             wheelDown: .companies(.select(row: selected + PointerTarget.wheelStep)))
    }

    /// A row clicked in the list: selected, and the list has the focus again.
    static func select(row: Int, state: inout CompaniesState, context: ScreenContext<CompaniesScreen>) {
        state.list.select(row)
        state.list.scrollToSelection(height: pageSize(context.size), showsMoreIndicator: false)
        state.paneHasFocus = false
        state.paneCursor = 0
    }
}
