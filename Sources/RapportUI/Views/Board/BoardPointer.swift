import RapportCanvas
import RapportCore

/// The board under the mouse: a click focuses a card, a double click opens it, the wheel moves
/// through the focused column (or scrolls the open pane, as j/k do).
extension BoardScreen {
    static let wheelPointerTarget = PointerTarget(wheelUp: .board(.focusUp), wheelDown: .board(.focusDown))

    static func pointerTarget(card: OpportunityID) -> PointerTarget {
        wheelPointerTarget.with(click: .board(.focusOpportunity(card)), doubleClick: .board(.open))
    }
}
