import Foundation
import RapportCore
import XCTest

/// Throughput measurements; skipped unless RAPPORT_JSON_BENCH=1 (they take seconds and only
/// mean something in release mode):
///
///     RAPPORT_JSON_BENCH=1 swift test -c release --filter JSONBenchmarkTests
///
/// The ~50 MB document is written to $TMPDIR/rapport-json-bench.json so other parsers
/// (python3's json.load) can be timed on the very same bytes.
final class JSONBenchmarkTests: XCTestCase {
    override func setUpWithError() throws {
        guard ProcessInfo.processInfo.environment["RAPPORT_JSON_BENCH"] == "1" else {
            throw XCTSkip("set RAPPORT_JSON_BENCH=1 to run the JSON benchmarks")
        }
    }

    static func contactRecord(_ index: Int) -> JSONValue {
        [
            "id": .integer(Int64(index)),
            "name": .string("Contact Nummer \(index) Müller-Lüdenscheidt"),
            "email": .string("contact\(index)@example.com"),
            "phone": .string("+49 30 \(1_000_000 + index)"),
            "balanceMinor": .integer(Int64(index * 7919 % 1_000_000) - 500_000),
            "score": .double(Double(index % 1000) / 7.0),
            "active": .bool(index % 3 != 0),
            "createdAt": .string("2026-11-22T09:30:00Z"),
            "note": .string(index % 5 == 0 ? "Met at \"conference\"\nfollow up → Q3 😀" : "plain note without escapes"),
            "tags": .array([.string("customer"), .string("tier-\(index % 4)")]),
            "address": [
                "street": .string("Hauptstraße \(index % 200)"),
                "city": "Berlin",
                "zip": .string(String(10_000 + index % 90_000)),
            ],
            "manager": index % 7 == 0 ? .null : .integer(Int64(index % 100)),
        ]
    }

    static func benchmarkDocument(megabytes: Int) throws -> (value: JSONValue, bytes: [UInt8]) {
        let recordSize = try JSONWriter.write(contactRecord(0)).count
        let count = megabytes * 1_000_000 / recordSize
        let value = JSONValue.object(["contacts": .array((0..<count).map(contactRecord)), "version": 1])
        return (value, try JSONWriter.write(value))
    }

    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<runs { fastest = min(fastest, try seconds(body)) }
        return fastest
    }

    func testParseAndWriteThroughput() throws {
        let (value, bytes) = try Self.benchmarkDocument(megabytes: 50)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-json-bench.json")
        try Data(bytes).write(to: path)
        let megabytes = Double(bytes.count) / 1_000_000

        var parsed = JSONValue.null
        let parseTime = try best(of: 3) { parsed = try JSONParser.parse(bytes) }
        XCTAssertEqual(parsed, value)
        var written: [UInt8] = []
        let writeTime = try best(of: 3) { written = try JSONWriter.write(value) }
        XCTAssertEqual(written, bytes)
        let data = Data(bytes)
        let foundationTime = try best(of: 1) { _ = try JSONSerialization.jsonObject(with: data) }

        print(String(format: "JSON bench: %.1f MB file at %@", megabytes, path.path))
        print(String(format: "JSON bench: JSONParser.parse      %.3f s  %.0f MB/s", parseTime, megabytes / parseTime))
        print(String(format: "JSON bench: JSONWriter.write      %.3f s  %.0f MB/s", writeTime, megabytes / writeTime))
        print(String(format: "JSON bench: JSONSerialization     %.3f s  %.0f MB/s", foundationTime, megabytes / foundationTime))
    }
}
