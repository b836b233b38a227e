/// A mouse event the terminal reported, at a cell of the frame (0-based, as the frame is drawn).
///
/// Only the left button and the wheel: a click selects, a double click opens, the wheel
/// scrolls. Releases and drags are not reported: what is under the pointer acts on the press,
/// as in lazygit and htop.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The left button went down.
        case click
        /// The left button went down again on the same cell soon after a click.
        case doubleClick
        case wheelUp
        case wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
