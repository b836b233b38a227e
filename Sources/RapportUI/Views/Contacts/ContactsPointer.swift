import RapportCanvas
import RapportCore

/// The contacts list under the mouse: a click selects a row, a double click opens it, the
/// wheel moves the selection by `PointerTarget.wheelStep`.
extension ContactsScreen {
    /// The target of the list row at `row` (a position in the list as filtered and sorted).
    static func pointerTarget(row: Int, id: ContactID, list: ListState) -> PointerTarget {
        listPointerTarget(list).with(click: .contacts(.select(row: row)), doubleClick: .contacts(.open(id)))
    }

    /// Over the whole list, rows or not: the wheel.
    static func listPointerTarget(_ list: ListState) -> PointerTarget {
        let selected = list.selected ?? 0
        return PointerTarget(wheelUp: .contacts(.select(row: max(0, selected - PointerTarget.wheelStep))),
                             wheelDown: .contacts(.select(row: selected + PointerTarget.wheelStep)))
    }

    /// A row clicked in the list: selected, and the list has the focus again.
    static func select(row: Int, state: inout ContactsState, context: ContactsContext) {
        state.list.select(row)
        state.list.scrollToSelection(height: pageSize(context), showsMoreIndicator: false)
        state.paneHasFocus = false
        state.paneCursor = 0
    }
}
