import Foundation
import RapportCore

extension CommandContext {
    /// The one place "now" comes from. `RAPPORT_NOW` (an ISO date-time such as
    /// 2026-11-22T12:00:00Z) fixes it, in UTC, so tests get reproducible files; it is a testing
    /// aid documented in docs/IMPORT.md, not a user option.
    func clock() throws(CommandFailure) -> any Clock {
        guard let text = environment["RAPPORT_NOW"], !text.isEmpty else { return SystemClock() }
        guard let date = JSONDateFormat.date(from: text) else {
            throw CommandFailure("RAPPORT_NOW is \"\(text)\", not an ISO date-time such as 2026-11-22T12:00:00Z")
        }
        return FixedClock(date)
    }
}
