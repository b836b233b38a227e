import RapportCore
import RapportCanvas

/// Everything the board can do. Actions that concern "the opportunity" act on the one in the
/// pane when it is open, else on the focused card, so one key means one thing everywhere.
public enum BoardAction: Hashable, Sendable {
    /// Shows the board with this opportunity focused (from a contact's pane, the palette…).
    case focusOpportunity(OpportunityID)

    // Moving around.
    case focusLeft, focusRight, focusUp, focusDown
    case focusFirst, focusLast, pageUp, pageDown

    // Changing the pipeline.
    case moveToNextStage, moveToPreviousStage
    case markWon, markLost, reopen
    case newOpportunity, edit, delete
    case addOffer, addTask, completeNextStep, editNotes
    /// `a`: logs a call, email… with the deal's contact, as `a` does in Contacts.
    case logInteraction

    // Looking.
    case open
    case openContact, openCompany
    case startFilter
    case cycleSort
    /// Esc: closes the pane, else clears the filter, else hides the legend line.
    case back
}

extension BoardScreen {
    /// The board's keys. Kept clear of the global ones (1-7, Tab, ?, :, u, Ctrl-R, q…): a
    /// duplicate is a test failure. Shift-H/Shift-L are not stage moves because `L` marks a
    /// deal lost; `<` and `>` move it.
    static let keymap: Keymap<AppAction> = {
        var keys = Keymap<AppAction>()
        let navigation = "Board: moving"
        keys.bind(["h", "left"], .board(.focusLeft), "Previous column", group: navigation)
        keys.bind(["l", "right"], .board(.focusRight), "Next column", group: navigation)
        keys.bind(["k", "up"], .board(.focusUp), "Previous card (scroll the pane)", group: navigation)
        keys.bind(["j", "down"], .board(.focusDown), "Next card (scroll the pane)", group: navigation)
        keys.bind(["g", "home"], .board(.focusFirst), "First card", group: navigation)
        keys.bind(["G", "end"], .board(.focusLast), "Last card", group: navigation)
        keys.bind(["pgup"], .board(.pageUp), "Page up", group: navigation)
        keys.bind(["pgdn"], .board(.pageDown), "Page down", group: navigation)
        keys.bind(["enter"], .board(.open), "Open", group: navigation, hint: true)
        keys.bind(["esc"], .board(.back), Messages.boardKeyBack.text, group: navigation)

        let pipeline = "Board: deals"
        keys.bind([">"], .board(.moveToNextStage), "Next stage", group: pipeline, hint: true)
        keys.bind(["<"], .board(.moveToPreviousStage), "Previous stage", group: pipeline)
        keys.bind(["n"], .board(.newOpportunity), "New", group: pipeline, hint: true)
        keys.bind(["e"], .board(.edit), "Edit the opportunity", group: pipeline)
        keys.bind(["W"], .board(.markWon), "Mark won", group: pipeline)
        keys.bind(["L"], .board(.markLost), "Mark lost (choose a reason)", group: pipeline)
        keys.bind(["R"], .board(.reopen), "Reopen a won or lost deal", group: pipeline)
        keys.bind(["D"], .board(.delete), "Delete the opportunity", group: pipeline)
        keys.bind(["o"], .board(.addOffer), "Add an offer", group: pipeline)
        keys.bind(["t"], .board(.addTask), "Plan a next step (task)", group: pipeline)
        keys.bind(["x"], .board(.completeNextStep), "Mark the next step done", group: pipeline)
        keys.bind(["a"], .board(.logInteraction), Messages.boardKeyLogInteraction.text, group: pipeline)
        keys.bind(["N"], .board(.editNotes), "Edit notes in $EDITOR", group: pipeline)
        keys.bind(["c"], .board(.openContact), "Go to the contact", group: pipeline)
        keys.bind(["C"], .board(.openCompany), "Go to the company", group: pipeline)

        let finding = "Board: finding"
        keys.bind(["/"], .board(.startFilter), "Filter", group: finding, hint: true)
        keys.bind(["s"], .board(.cycleSort), "Sort: next activity, amount, age, close", group: finding)
        return keys
    }()
}
