#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall and CPU clocks in milliseconds. CPU time is what to compare when other builds share the
/// machine; wall time is what the user feels.
enum Timing {
    static func wallMilliseconds() -> Double { clockMilliseconds(CLOCK_MONOTONIC) }
    static func cpuMilliseconds() -> Double { clockMilliseconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func clockMilliseconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    /// Wall milliseconds `work` took.
    static func measure(_ work: () throws -> Void) rethrows -> Double {
        let start = wallMilliseconds()
        try work()
        return wallMilliseconds() - start
    }

    /// Peak resident memory of this process so far (VmHWM), in megabytes; nil off Linux.
    static func peakResidentMegabytes() -> Double? { statusMegabytes("VmHWM:") }

    /// Resident memory now (VmRSS), in megabytes.
    static func residentMegabytes() -> Double? { statusMegabytes("VmRSS:") }

    private static func statusMegabytes(_ field: String) -> Double? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(field) else { continue }
            let digits = text.dropFirst(field.count).filter(\.isNumber)
            return Double(String(digits)).map { $0 / 1024 }
        }
        return nil
    }
}

/// Several timings of one thing, summarised as the spec asks: median and max (after a warm-up
/// that is not part of the samples).
struct Samples: Sendable {
    var milliseconds: [Double] = []
    /// CPU time of the whole process (all threads) for each sample, when measured in process:
    /// steadier than wall time when other builds share the cores.
    var cpuMilliseconds: [Double] = []

    mutating func add(_ value: Double) { milliseconds.append(value) }

    var cpuMedian: Double? {
        guard !cpuMilliseconds.isEmpty else { return nil }
        return Samples(milliseconds: cpuMilliseconds).median
    }

    var median: Double {
        guard !milliseconds.isEmpty else { return .nan }
        let sorted = milliseconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var max: Double { milliseconds.max() ?? .nan }
    var count: Int { milliseconds.count }

    /// Runs `work` once to warm up, then `runs` times, timing each.
    static func of(runs: Int, warmUp: Bool = true, _ work: () throws -> Void) rethrows -> Samples {
        if warmUp { try work() }
        var samples = Samples()
        for _ in 0..<runs {
            let cpuStart = Timing.cpuMilliseconds()
            samples.add(try Timing.measure(work))
            samples.cpuMilliseconds.append(Timing.cpuMilliseconds() - cpuStart)
        }
        return samples
    }
}
