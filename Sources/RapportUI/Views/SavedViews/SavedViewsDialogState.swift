import RapportCore
import RapportCanvas

/// The saved-views actions, the same in every screen that has them (the board, the contacts and
/// the companies: `SavedViewQuery.screen`): the shell carries them out on the screen in front.
public enum SavedViewsAction: Hashable, Sendable {
    /// `V`: asks for a name and saves the screen's filter and sort under it.
    case saveAs
    /// `v`: the list of this screen's views.
    case openList
    /// A palette entry "View: NAME".
    case apply(name: String)
}

/// The dialog of the saved views, over whichever screen opened it; it takes every key.
enum SavedViewsDialog: Hashable, Sendable {
    /// The name to save the current filter and sort under.
    case name(SavedView, PromptState)
    /// The name is taken: replace that view?
    case confirmReplace(SavedView, ConfirmState)
    /// The list of the screen's views, the selection on one.
    case picker(SavedViewScreen, ListState)
    case rename(SavedViewScreen, original: String, PromptState, ListState)
    case confirmDelete(SavedViewScreen, name: String, ConfirmState, ListState)
}

/// The shell's, not a screen's: `AppState.savedViews`, whichever screen is in front.
public struct SavedViewsState: Hashable, Sendable {
    var dialog: SavedViewsDialog?

    public init() {}
}

/// The keys inside the list of saved views. Its hint line is drawn from this table.
enum SavedViewPickerAction: Hashable, Sendable {
    case apply, rename, delete, close, next, previous
}
