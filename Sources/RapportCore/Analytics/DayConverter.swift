import Foundation

/// Turns instants into days in a time zone, fast: asking the time zone for its offset costs a
/// trip through ICU (about 0.3 µs, under a lock), and a report converts hundreds of thousands of
/// instants. The offsets only change at transitions, so they are read once into a sorted table
/// and each conversion is a binary search (none at all for a zone without transitions, like UTC).
public struct DayConverter: Sendable {
    public let timeZone: TimeZone
    /// Seconds since 1970 at which the offset changes, ascending, and the offset from each one on.
    private let transitions: [Int]
    private let offsets: [Int]
    /// The offset before the first transition.
    private let initialOffset: Int
    private let range: ClosedRange<Int>

    /// Transitions are read for 1970...2100; instants outside ask the time zone directly.
    public init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
        let start = Date(timeIntervalSince1970: 0)
        let end = Date(timeIntervalSince1970: 4_102_444_800)  // 2100-01-01
        range = 0...4_102_444_800
        initialOffset = timeZone.secondsFromGMT(for: start)
        var transitions: [Int] = [], offsets: [Int] = []
        var cursor = start
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next < end, transitions.count < 10_000 {
            transitions.append(Int(next.timeIntervalSince1970.rounded(.down)))
            offsets.append(timeZone.secondsFromGMT(for: next))
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    public func day(of instant: Date) -> LocalDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        guard range.contains(seconds) else { return LocalDate(instant, in: timeZone) }
        var low = 0, high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        let local = seconds + (low == 0 ? initialOffset : offsets[low - 1])
        return LocalDate(dayNumber: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }
}
