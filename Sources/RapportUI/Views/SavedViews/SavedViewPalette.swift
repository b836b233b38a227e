import RapportCore
import RapportCanvas

/// The palette's "View: NAME" entries: the saved views of the screen in front, so `:` and a few
/// letters of a name apply it.
enum SavedViewPalette {
    static func commands(_ state: AppState) -> [PaletteCommand] {
        guard let screen = SavedViewQuery.screen(of: state.view) else { return [] }
        let view = SavedViewQuery.view(of: screen)
        return state.book.settings.savedViews(for: screen).map {
            PaletteCommand(title: Messages.viewsPaletteEntry.text(["name": $0.name]), keyLabel: "",
                           action: .savedViews(.apply(name: $0.name)), view: view)
        }
    }
}
