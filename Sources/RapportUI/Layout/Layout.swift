import RapportCanvas

/// How much of the available length a part of a split gets.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less if the space runs out).
    case fixed(Int)
    /// `p` percent of the available length, rounded down.
    case percent(Int)
    /// A share of what is left after fixed, percent and min parts, in proportion to `weight`.
    case fill(Int)
    /// At least `n` cells, then grows like `.fill(1)`.
    case min(Int)
}

public enum Axis: Hashable, Sendable {
    /// Parts side by side, left to right.
    case horizontal
    /// Parts stacked, top to bottom.
    case vertical
}

extension Rect {
    /// Parts stacked top to bottom, one per constraint.
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(.vertical, constraints, spacing: spacing)
    }

    /// Parts side by side left to right, one per constraint.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(.horizontal, constraints, spacing: spacing)
    }

    /// Splits along `axis`. Always returns exactly `constraints.count` rectangles; when space runs
    /// out, later parts shrink first (to zero), so the important parts go first.
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let total = axis == .horizontal ? width : height
        let lengths = Layout.lengths(for: constraints, total: total, spacing: spacing)
        var result: [Rect] = []
        result.reserveCapacity(lengths.count)
        var position = axis == .horizontal ? x : y
        let end = axis == .horizontal ? maxX : maxY
        for length in lengths {
            let start = min(position, end)
            let clamped = max(0, min(length, end - start))
            switch axis {
            case .horizontal: result.append(Rect(x: start, y: y, width: clamped, height: height))
            case .vertical: result.append(Rect(x: x, y: start, width: width, height: clamped))
            }
            position = start + clamped + spacing
        }
        return result
    }
}

public enum Layout {
    /// The length of each part of a split of `total` cells.
    public static func lengths(for constraints: [Constraint], total: Int, spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - max(0, spacing) * (constraints.count - 1))
        var lengths = [Int](repeating: 0, count: constraints.count)
        var remaining = available
        // Fixed, percent and min parts first, in order, so that earlier parts win on a small screen.
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .fixed(let n): wanted = max(0, n)
            case .percent(let p): wanted = available * max(0, min(p, 100)) / 100
            case .min(let n): wanted = max(0, n)
            case .fill: wanted = 0
            }
            let granted = Swift.min(wanted, remaining)
            lengths[index] = granted
            remaining -= granted
        }
        // What is left is shared by fill and min parts by weight; the rounding remainder goes to
        // the first parts so the result is deterministic and sums exactly.
        let weights: [Int] = constraints.map {
            switch $0 {
            case .fill(let weight): return max(0, weight)
            case .min: return 1
            default: return 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard remaining > 0, totalWeight > 0 else { return lengths }
        var distributed = 0
        for index in lengths.indices where weights[index] > 0 {
            let share = remaining * weights[index] / totalWeight
            lengths[index] += share
            distributed += share
        }
        var leftover = remaining - distributed
        for index in lengths.indices where weights[index] > 0 && leftover > 0 {
            lengths[index] += 1
            leftover -= 1
        }
        return lengths
    }
}
