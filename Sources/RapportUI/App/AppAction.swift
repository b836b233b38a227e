/// Everything the user can ask for. Keys map to actions through the keymaps, the command
/// palette lists them, and `App.perform` carries them out. Each view has its own action type,
/// defined in its folder under Views/.
public enum AppAction: Hashable, Sendable {
    // The shell.
    case quit
    case show(ViewID)
    case nextView
    case previousView
    case openHelp
    case openPalette
    case closeOverlay
    case undo
    case redo
    case redraw
    case suspend
    /// An answer in the "unsaved changes" dialog that quitting opened.
    case resolveUnsavedQuit(UnsavedQuitChoice)

    // Inside the shell's overlays.
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case confirm

    // The views.
    case board(BoardAction)
    case contacts(ContactsAction)
    case companies(CompaniesAction)
    case activities(ActivitiesAction)
    case campaigns(CampaignsAction)
    case reports(ReportsAction)
    case help(HelpAction)
    /// Saved views: the same keys in the board, the contacts and the companies.
    case savedViews(SavedViewsAction)
}
