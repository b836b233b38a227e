import Foundation
import RapportCore

/// What the list shows, derived from the book and the query (and cached in the state), and the
/// selection kept inside it.
extension ContactsScreen {
    /// The index as of the clock's today: segments and lifetime values change with the day.
    static func index(_ state: ContactsState, _ context: ContactsContext) -> ContactIndex {
        let book = context.book
        let clock = context.clock
        return state.caches.index.value(for: indexKey(context)) {
            ContactIndex(book: book, asOf: clock.today, timeZone: clock.timeZone)
        }
    }

    static func indexKey(_ context: ContactsContext) -> ContactIndex.Key {
        ContactIndex.Key(context.book, asOf: context.today, timeZone: context.clock.timeZone)
    }

    static func entries(_ state: ContactsState, _ context: ContactsContext) -> [ContactListEntry] {
        let index = index(state, context)
        let key = ContactSearch.CacheKey(index: indexKey(context), query: state.query)
        let caches = state.caches
        return caches.entries.value(for: key) {
            // A list narrowed by "due a touch" is no start for a search without it.
            let previous = caches.entries.last.flatMap {
                $0.key.index == key.index && $0.key.query.dueTouch == key.query.dueTouch ? ($0.key.query, $0.value) : nil
            }
            let entries = ContactSearch.entries(index, query: state.query, previous: previous)
            return state.query.dueTouch ? dueTouchOnly(entries, index: index, state: state, context: context) : entries
        }
    }

    static func selectedID(_ state: ContactsState, _ context: ContactsContext) -> ContactID? {
        guard let selected = state.list.selected else { return nil }
        let entries = entries(state, context)
        guard entries.indices.contains(selected) else { return nil }
        return index(state, context).rows[Int(entries[selected].row)].id
    }

    /// Rows of the table on screen: the body minus the search line and the header.
    static func pageSize(_ context: ContactsContext) -> Int { max(1, context.size.height - 4) }

    /// Keeps the selection inside the list after the list changed (a search, a filter, undo).
    static func syncList(_ state: inout ContactsState, _ context: ContactsContext) {
        state.list.setItemCount(entries(state, context).count)
        state.list.scrollToSelection(height: pageSize(context), showsMoreIndicator: false)
    }

    static func select(_ id: ContactID, state: inout ContactsState, context: ContactsContext) {
        syncList(&state, context)
        if let row = index(state, context).rowByID[id], let position = entries(state, context).firstIndex(where: { $0.row == Int32(row) }) {
            state.list.select(position)
        } else if index(state, context).rowByID[id] != nil {
            // Hidden by the search or a filter: show everything so the contact can be selected.
            state.query = ContactListQuery(sort: state.query.sort, ascending: state.query.ascending)
            state.searchInput.clear()
            select(id, state: &state, context: context)
            return
        }
        state.list.scrollToSelection(height: pageSize(context), showsMoreIndicator: false)
    }

    /// Unlike `select`, never clears the search: a contact the change hid stays hidden.
    static func follow(_ id: ContactID, state: inout ContactsState, context: ContactsContext) {
        syncList(&state, context)
        guard let row = index(state, context).rowByID[id],
              let position = entries(state, context).firstIndex(where: { $0.row == Int32(row) }) else { return }
        state.list.select(position)
        state.list.scrollToSelection(height: pageSize(context), showsMoreIndicator: false)
    }
}
