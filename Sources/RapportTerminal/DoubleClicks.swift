import RapportCanvas

/// Tells a double click from two clicks: a second press on the same cell within `interval`
/// milliseconds of the first. ncurses could do it (mouseinterval), but it then holds every
/// click back for the interval to see whether another follows; here a click acts at once.
struct DoubleClicks {
    static let interval = 400

    private var lastClick: (x: Int, y: Int, at: Int)?

    /// The kind of a left-button press at (x, y) at `milliseconds` (a monotonic clock). A third
    /// quick press starts over as a click, so a triple click is a double click and a click.
    mutating func kind(ofPressAtX x: Int, y: Int, milliseconds: Int) -> MouseEvent.Kind {
        if let lastClick, lastClick.x == x, lastClick.y == y, milliseconds - lastClick.at <= Self.interval {
            self.lastClick = nil
            return .doubleClick
        }
        lastClick = (x, y, milliseconds)
        return .click
    }
}
