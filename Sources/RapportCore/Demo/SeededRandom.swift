import Foundation

/// A small deterministic generator (SplitMix64): the same seed gives the same sequence on every
/// machine and every run, which is what makes demo books reproducible byte for byte.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<upperBound, without modulo bias worth worrying about at these sizes.
    public mutating func int(_ upperBound: Int) -> Int {
        guard upperBound > 1 else { return 0 }
        return Int(next() % UInt64(upperBound))
    }

    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// Picks by weight; weights need not sum to one.
    public mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var point = unit() * total
        for (item, weight) in items {
            if point < weight { return item }
            point -= weight
        }
        return items[items.count - 1].0
    }

    /// Log-normal-ish amounts: most deals small, a few large, as in real pipelines.
    public mutating func skewed(min: Double, max: Double) -> Double {
        let u = unit()
        return min * pow(max / min, u * u)
    }
}


extension Array {
    /// Fisher-Yates with our generator, so the order is the same on every platform.
    mutating func shuffle(using random: inout SeededRandom) {
        guard count > 1 else { return }
        for index in stride(from: count - 1, to: 0, by: -1) { swapAt(index, random.int(index + 1)) }
    }
}
