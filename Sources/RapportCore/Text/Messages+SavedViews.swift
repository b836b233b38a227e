extension Messages {
    // Keys (the keymap tables: help, hints, palette, README).
    public static let viewsKeySave = Message("views.key.save", "Save the filter and sort as a view…")
    public static let viewsKeyList = Message("views.key.list", "Saved views: apply, rename, delete")
    public static let viewsKeyApply = Message("views.key.apply", "Apply")
    public static let viewsKeyRename = Message("views.key.rename", "Rename")
    public static let viewsKeyDelete = Message("views.key.delete", "Delete")
    public static let viewsKeyClose = Message("views.key.close", "Close")
    public static let viewsKeyNext = Message("views.key.next", "Next view")
    public static let viewsKeyPrevious = Message("views.key.previous", "Previous view")

    // Dialogs.
    public static let viewsSaveTitle = Message("views.save.title", "Save the view as")
    public static let viewsSaveMessage = Message("views.save.message", "A name for this {screen} filter and sort:")
    public static let viewsNamePlaceholder = Message("views.name.placeholder", "Hot leads Milano")
    public static let viewsNameEmpty = Message("views.name.empty", "A view needs a name")
    public static let viewsNameTaken = Message("views.name.taken", "There is already a view named \"{name}\"")
    public static let viewsReplaceTitle = Message("views.replace.title", "Replace the view?")
    public static let viewsReplaceMessage = Message(
        "views.replace.message", "A view named \"{name}\" exists. Replace it with this filter and sort?")
    public static let viewsRenameTitle = Message("views.rename.title", "Rename the view")
    public static let viewsDeleteTitle = Message("views.delete.title", "Delete the view?")
    public static let viewsDeleteMessage = Message(
        "views.delete.message", "Delete the saved view \"{name}\"? The records it shows are not touched.")
    public static let viewsPickerTitle = Message("views.picker.title", "Saved views: {screen}")
    public static let viewsPickerEmpty = Message(
        "views.picker.empty", "No saved views for this screen yet: {key} saves the current filter and sort.")
    public static let viewsNoViews = Message("views.none", "No saved views here yet: {key} saves the current filter and sort")
    public static let viewsNotHere = Message("views.not-here", "{screen} has no filter or sort to save")

    // What happened (the undo labels too).
    public static let viewsSaved = Message("views.saved", "Saved the view \"{name}\"")
    public static let viewsReplaced = Message("views.replaced", "Replaced the view \"{name}\"")
    public static let viewsRenamed = Message("views.renamed", "Renamed the view \"{old}\" to \"{name}\"")
    public static let viewsDeleted = Message("views.deleted", "Deleted the view \"{name}\" (u to undo)")
    public static let viewsApplied = Message("views.applied", "View \"{name}\"")
    public static let viewsUnknown = Message("views.unknown", "There is no view named \"{name}\" any more")

    // Where the applied view shows, and its entry in the command palette.
    public static let viewsFooter = Message("views.footer", "view: {name}")
    public static let viewsPaletteEntry = Message("views.palette.entry", "View: {name}")

    // A view's one-line summary (the picker, `rapport views list`).
    public static let viewsSummarySearch = Message("views.summary.search", "\"{text}\"")
    public static let viewsSummaryStage = Message("views.summary.stage", "stage {value}")
    public static let viewsSummaryTag = Message("views.summary.tag", "tag {value}")
    public static let viewsSummarySegment = Message("views.summary.segment", "segment {value}")
    public static let viewsSummaryEverything = Message("views.summary.everything", "everything")
    public static let viewsSummaryAscending = Message("views.summary.ascending", "{field} ↑")
    public static let viewsSummaryDescending = Message("views.summary.descending", "{field} ↓")

    // The command line.
    public static let viewsCLIUsage = Message("views.cli.usage", """
        Usage: rapport views list [--json] [--data DIR]

          The filters and sorts saved in the TUI (V saves one, v lists them), per screen. Apply
          one with: rapport list contacts|companies|opportunities --view NAME
          --json   an array of the views as stored in settings.json
        """)
    public static let viewsCLISummary = Message("views.cli.summary", "list the saved views (filters and sorts saved in the TUI)")
    public static let viewsCLINeedsList = Message("views.cli.needs-list", "views takes one action: list")
    public static let viewsCLIHeaderName = Message("views.cli.header.name", "NAME")
    public static let viewsCLIHeaderScreen = Message("views.cli.header.screen", "SCREEN")
    public static let viewsCLIHeaderFilter = Message("views.cli.header.filter", "FILTER")
    public static let viewsCLIHeaderSort = Message("views.cli.header.sort", "SORT")
    public static let viewsCLICount = Message("views.cli.count", "{count} saved view", plural: "{count} saved views")
    public static let viewsCLIOptionHelp = Message(
        "views.cli.option-help", "  --view NAME     a view saved in the TUI: its filter and sort, the rows the TUI shows")
    public static let viewsCLIUnknown = Message("views.cli.unknown", "no {screen} view named \"{name}\"; the saved {screen} views: {names}")
    public static let viewsCLIUnknownNone = Message(
        "views.cli.unknown-none", "no {screen} view named \"{name}\": there are no saved {screen} views (V saves one in the TUI)")
    public static let viewsCLIWrongKind = Message("views.cli.wrong-kind", "--view is for contacts, companies and opportunities, not {kind}")
    public static let viewsCLIConflict = Message("views.cli.conflict", "--view chooses the filter and the sort: leave out --{option}")

    static var savedViewsMessages: [Message] {
        [viewsKeySave, viewsKeyList, viewsKeyApply, viewsKeyRename, viewsKeyDelete, viewsKeyClose, viewsKeyNext, viewsKeyPrevious,
         viewsSaveTitle, viewsSaveMessage, viewsNamePlaceholder, viewsNameEmpty, viewsNameTaken, viewsReplaceTitle,
         viewsReplaceMessage, viewsRenameTitle, viewsDeleteTitle, viewsDeleteMessage, viewsPickerTitle, viewsPickerEmpty,
         viewsNoViews, viewsNotHere, viewsSaved, viewsReplaced, viewsRenamed, viewsDeleted, viewsApplied, viewsUnknown,
         viewsFooter, viewsPaletteEntry, viewsSummarySearch, viewsSummaryStage, viewsSummaryTag, viewsSummarySegment,
         viewsSummaryEverything, viewsSummaryAscending, viewsSummaryDescending, viewsCLIUsage, viewsCLISummary,
         viewsCLINeedsList, viewsCLIHeaderName, viewsCLIHeaderScreen, viewsCLIHeaderFilter, viewsCLIHeaderSort, viewsCLICount,
         viewsCLIOptionHelp, viewsCLIUnknown, viewsCLIUnknownNone, viewsCLIWrongKind, viewsCLIConflict]
    }
}
