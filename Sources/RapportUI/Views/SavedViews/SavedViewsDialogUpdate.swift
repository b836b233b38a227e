import RapportCore
import RapportCanvas

/// The saved-views dialog: saving, listing, applying, renaming and deleting the saved views of
/// the screen in front (the board, the contacts or the companies). Not a `Screen` despite its
/// name: it has no tab of its own; the shell opens it over those three screens, routes its keys
/// and actions here and draws it with `SavedViewsRender`. Every change to the list is one commit
/// of the book (undoable, saved like any edit).
enum SavedViewsScreen {
    /// The two keys every screen with saved views adds to its own table (see `Keymaps.view`).
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        keys.bind(["v"], .savedViews(.openList), Messages.viewsKeyList.text, group: "Saved views")
        keys.bind(["V"], .savedViews(.saveAs), Messages.viewsKeySave.text, group: "Saved views")
        return keys
    }()

    /// Inside the list of views.
    static let pickerKeymap: Keymap<SavedViewPickerAction> = {
        var keys = Keymap<SavedViewPickerAction>()
        keys.bind(["enter"], .apply, Messages.viewsKeyApply.text, hint: true, keyLabel: "Enter")
        keys.bind(["r"], .rename, Messages.viewsKeyRename.text, hint: true)
        keys.bind(["d"], .delete, Messages.viewsKeyDelete.text, hint: true)
        keys.bind(["esc", "q"], .close, Messages.viewsKeyClose.text, hint: true, keyLabel: "Esc")
        keys.bind(["j", "down", "ctrl-n"], .next, Messages.viewsKeyNext.text, keyLabel: "j/↓")
        keys.bind(["k", "up", "ctrl-p"], .previous, Messages.viewsKeyPrevious.text, keyLabel: "k/↑")
        return keys
    }()

    /// The key that saves a view, as the messages name it (from the table, so they agree).
    static var saveKeyLabel: String { keymap.binding(for: .savedViews(.saveAs))?.keyLabel ?? "" }

    static func perform(_ action: SavedViewsAction, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        guard let screen = SavedViewQuery.screen(of: state.view) else {
            state.show(Messages.viewsNotHere.text(["screen": state.view.title]), severity: .warning, environment: environment)
            return []
        }
        switch action {
        case .saveAs:
            let current = SavedViewQuery.current(screen, in: state)
            // Saving again the view on screen offers its name, so a tweak can replace it.
            let suggested = SavedViewQuery.shownView(in: state)?.name ?? ""
            state.savedViews.dialog = .name(current, PromptState(text: suggested))
        case .openList:
            let views = state.book.settings.savedViews(for: screen)
            guard !views.isEmpty else {
                state.show(Messages.viewsNoViews.text(["key": saveKeyLabel]), severity: .warning, environment: environment)
                return []
            }
            let shown = SavedViewQuery.shownView(in: state)
            let selected = shown.flatMap { view in views.firstIndex { $0.name == view.name } } ?? 0
            state.savedViews.dialog = .picker(screen, ListState(itemCount: views.count, selected: selected))
        case .apply(let name):
            apply(name, screen: screen, state: &state, environment: environment)
        }
        return []
    }

    static func apply(_ name: String, screen: SavedViewScreen, state: inout AppState, environment: AppEnvironment) {
        guard let view = state.book.settings.savedView(named: name, screen: screen) else {
            state.show(Messages.viewsUnknown.text(["name": name]), severity: .warning, environment: environment)
            return
        }
        SavedViewQuery.apply(view, state: &state, environment: environment)
        state.show(Messages.viewsApplied.text(["name": view.name]), environment: environment)
    }

    // MARK: The dialog's keys

    static func handle(_ key: KeyEvent, state: inout AppState, environment: AppEnvironment) -> [Effect] {
        guard let dialog = state.savedViews.dialog else { return [] }
        switch dialog {
        case .name(let view, var prompt):
            switch prompt.handle(key) {
            case nil: state.savedViews.dialog = .name(view, prompt)
            case .cancelled?: state.savedViews.dialog = nil
            case .submitted(let text)?: submitName(text, view: view, prompt: prompt, state: &state, environment: environment)
            }
        case .confirmReplace(let view, var confirm):
            switch confirm.handle(key) {
            case nil: state.savedViews.dialog = .confirmReplace(view, confirm)
            case false?: state.savedViews.dialog = .name(view, PromptState(text: view.name))
            case true?:
                state.savedViews.dialog = nil
                save(view, label: Messages.viewsReplaced.text(["name": view.name]), state: &state, environment: environment)
            }
        case .picker(let screen, var list):
            guard let action = pickerKeymap.action(for: key) else { return [] }
            let views = state.book.settings.savedViews(for: screen)
            list.setItemCount(views.count)
            let selected = list.selected.flatMap { views.indices.contains($0) ? views[$0] : nil }
            switch action {
            case .close: state.savedViews.dialog = nil
            case .next, .previous:
                list.moveBy(action == .next ? 1 : -1)
                state.savedViews.dialog = .picker(screen, list)
            case .apply:
                state.savedViews.dialog = nil
                if let selected { apply(selected.name, screen: screen, state: &state, environment: environment) }
            case .rename:
                guard let selected else { return [] }
                state.savedViews.dialog = .rename(screen, original: selected.name, PromptState(text: selected.name), list)
            case .delete:
                guard let selected else { return [] }
                state.savedViews.dialog = .confirmDelete(screen, name: selected.name, ConfirmState(defaultConfirm: false), list)
            }
        case .rename(let screen, let original, var prompt, let list):
            switch prompt.handle(key) {
            case nil: state.savedViews.dialog = .rename(screen, original: original, prompt, list)
            case .cancelled?: state.savedViews.dialog = .picker(screen, list)
            case .submitted(let text)?:
                rename(original, to: text, screen: screen, prompt: prompt, list: list, state: &state, environment: environment)
            }
        case .confirmDelete(let screen, let name, var confirm, var list):
            switch confirm.handle(key) {
            case nil: state.savedViews.dialog = .confirmDelete(screen, name: name, confirm, list)
            case false?: state.savedViews.dialog = .picker(screen, list)
            case true?:
                var book = state.book
                book.settings.deleteSavedView(name, screen: screen)
                state.commit(book, label: Messages.viewsDeleted.text(["name": name]), environment: environment)
                let remaining = book.settings.savedViews(for: screen).count
                list.setItemCount(remaining)
                state.savedViews.dialog = remaining == 0 ? nil : .picker(screen, list)
            }
        }
        return []
    }

    private static func submitName(_ text: String, view: SavedView, prompt: PromptState, state: inout AppState,
                                   environment: AppEnvironment) {
        let name = text.trimmingWhitespace()
        guard !name.isEmpty else {
            state.show(Messages.viewsNameEmpty.text, severity: .warning, environment: environment)
            state.savedViews.dialog = .name(view, prompt)
            return
        }
        var named = view
        named.name = name
        if let existing = state.book.settings.savedView(named: name, screen: view.screen) {
            // Same query under the same name: nothing to replace, and nothing to ask.
            guard !existing.hasSameQuery(as: named) || existing.name != name else {
                state.savedViews.dialog = nil
                state.show(Messages.viewsSaved.text(["name": name]), environment: environment)
                return
            }
            state.savedViews.dialog = .confirmReplace(named, ConfirmState(defaultConfirm: false))
            return
        }
        state.savedViews.dialog = nil
        save(named, label: Messages.viewsSaved.text(["name": name]), state: &state, environment: environment)
    }

    private static func save(_ view: SavedView, label: String, state: inout AppState, environment: AppEnvironment) {
        var book = state.book
        book.settings.save(view)
        state.commit(book, label: label, environment: environment)
    }

    private static func rename(_ original: String, to text: String, screen: SavedViewScreen, prompt: PromptState, list: ListState,
                               state: inout AppState, environment: AppEnvironment) {
        let name = text.trimmingWhitespace()
        guard !name.isEmpty else {
            state.show(Messages.viewsNameEmpty.text, severity: .warning, environment: environment)
            state.savedViews.dialog = .rename(screen, original: original, prompt, list)
            return
        }
        // Another view of that name (a change of case only is this view's own name).
        if SavedView.nameKey(name) != SavedView.nameKey(original), state.book.settings.savedView(named: name, screen: screen) != nil {
            state.show(Messages.viewsNameTaken.text(["name": name]), severity: .warning, environment: environment)
            state.savedViews.dialog = .rename(screen, original: original, prompt, list)
            return
        }
        var book = state.book
        book.settings.renameSavedView(original, to: name, screen: screen)
        state.commit(book, label: Messages.viewsRenamed.text(["old": original, "name": name]), environment: environment)
        state.savedViews.dialog = .picker(screen, list)
    }
}
