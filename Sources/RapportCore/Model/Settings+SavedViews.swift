/// The saved views as one list of pure edits on the settings: the TUI commits the changed book
/// (one undoable change, saved like any edit) and the CLI reads the same list.
extension Settings {
    /// The views of one screen, in the order they were saved.
    public func savedViews(for screen: SavedViewScreen) -> [SavedView] {
        (savedViews ?? []).filter { $0.screen == screen }
    }

    /// A screen's view by name, ignoring case and surrounding spaces: what people type.
    public func savedView(named name: String, screen: SavedViewScreen) -> SavedView? {
        let key = SavedView.nameKey(name)
        return savedViews(for: screen).first { SavedView.nameKey($0.name) == key }
    }

    /// Adds the view, or replaces the screen's view of the same name in place (the caller asked).
    public mutating func save(_ view: SavedView) {
        var views = savedViews ?? []
        let key = SavedView.nameKey(view.name)
        if let index = views.firstIndex(where: { $0.screen == view.screen && SavedView.nameKey($0.name) == key }) {
            views[index] = view
        } else {
            views.append(view)
        }
        savedViews = views
    }

    public mutating func renameSavedView(_ name: String, to newName: String, screen: SavedViewScreen) {
        let key = SavedView.nameKey(name)
        guard var views = savedViews,
              let index = views.firstIndex(where: { $0.screen == screen && SavedView.nameKey($0.name) == key }) else { return }
        views[index].name = newName
        savedViews = views
    }

    public mutating func deleteSavedView(_ name: String, screen: SavedViewScreen) {
        let key = SavedView.nameKey(name)
        let views = (savedViews ?? []).filter { !($0.screen == screen && SavedView.nameKey($0.name) == key) }
        // Absent when empty, so a book that never saved a view (or deleted its last) writes no key.
        savedViews = views.isEmpty ? nil : views
    }
}

extension SavedView {
    /// How names compare: "Hot leads" and " hot LEADS " are the same view.
    public static func nameKey(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }
}
