import Foundation
import RapportCanvas
import RapportCore

/// View 4: the agenda of planned tasks (overdue, today, this week, later) and the tickets.
enum ActivitiesScreen: Screen {
    typealias State = ActivitiesState
    typealias Action = ActivitiesAction

    static let id = ViewID("activities")
    static var title: String { "Activities" }
    static func makeState() -> ActivitiesState { ActivitiesState() }

    static let keymap: Keymap<ActivitiesAction> = {
        var keys = Keymap<ActivitiesAction>()
        keys.bind(["j", "down"], .moveDown, "Next task", group: "Activities", keyLabel: "j/↓")
        keys.bind(["k", "up"], .moveUp, "Previous task", group: "Activities", keyLabel: "k/↑")
        keys.bind(["pgdn", "ctrl-f"], .pageDown, "Page down the agenda", group: "Activities")
        keys.bind(["pgup", "ctrl-b"], .pageUp, "Page up the agenda", group: "Activities")
        keys.bind(["g", "home"], .top, "First task", group: "Activities")
        keys.bind(["G", "end"], .bottom, "Last task", group: "Activities")
        keys.bind(["enter", "o"], .jump, "Jump to the contact or deal", group: "Activities", hint: true, keyLabel: "Enter")
        keys.bind(["x"], .markDone, "Done (logs the interaction) / close the ticket", group: "Activities", hint: true)
        keys.bind(["s"], .skipOccurrence, Messages.calendarKeySkip.text, group: "Activities")
        keys.bind(["r"], .reschedule, "Reschedule: +1d, +1w or a date", group: "Activities", hint: true)
        keys.bind(["t"], .planTask, "Plan a task", group: "Activities")
        keys.bind(["[", "]"], .switchTab, "Agenda / tickets", group: "Activities", hint: true, keyLabel: "[ ]")
        return keys
    }()

    static func hasModal(_ state: ActivitiesState) -> Bool { state.modal != nil }

    static func modalKeys(_ state: ActivitiesState) -> KeyGuide? {
        switch state.modal {
        case .reschedule?: return PromptState.keyGuide
        case .planTask?: return FormState.keyGuide
        case nil: return nil
        }
    }

    static func handleModalKey(_ key: KeyEvent, state: inout ActivitiesState, context: inout ScreenContext<ActivitiesScreen>) -> [Effect] {
        ActivitiesModals.handle(key, state: &state, context: &context)
    }

    static func update(_ action: ActivitiesAction, state: inout ActivitiesState, context: inout ScreenContext<ActivitiesScreen>) -> [Effect] {
        ActivitiesUpdate.update(action, state: &state, context: &context)
    }

    static func render(_ state: ActivitiesState, context: ScreenContext<ActivitiesScreen>, into buffer: inout CellBuffer,
                       area: Rect) -> CursorPosition? {
        ActivitiesRender.render(state, context: context, into: &buffer, area: area)
    }

    static func heldSelection(_ state: ActivitiesState, context: ScreenContext<ActivitiesScreen>) -> HeldSelection? {
        guard let selected = state.list.selected else { return nil }
        switch state.tab {
        case .agenda: return agenda(state, context).task(at: selected).map { .activity($0.id) }
        case .tickets:
            let tickets = tickets(context.book)
            return tickets.indices.contains(selected) ? .ticket(tickets[selected].id) : nil
        }
    }

    static func follow(_ held: HeldSelection, state: inout ActivitiesState, context: ScreenContext<ActivitiesScreen>) {
        state.list.setItemCount(itemCount(state, context))
        let position: Int?
        switch (state.tab, held) {
        case (.agenda, .activity(let id)):
            position = agenda(state, context).groups.lazy.flatMap(\.tasks).firstIndex { $0.id == id }
        case (.tickets, .ticket(let id)):
            position = tickets(context.book).firstIndex { $0.id == id }
        default:
            position = nil
        }
        guard let position else { return }
        state.list.select(position)
        state.list.scrollToSelection(height: pageSize(context.size))
    }
}

extension ViewID {
    public static let activities = ActivitiesScreen.id
}

extension AppAction {
    static func activities(_ action: ActivitiesAction) -> AppAction { ActivitiesScreen.action(action) }
}
