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

    private func benchmarkFile() throws -> (value: JSONValue, bytes: [UInt8], megabytes: Double) {
        let (value, bytes) = try Self.benchmarkDocument(megabytes: 50)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-json-bench.json")
        try Data(bytes).write(to: path)
        print(String(format: "JSON bench: %.1f MB file at %@", Double(bytes.count) / 1_000_000, path.path))
        return (value, bytes, Double(bytes.count) / 1_000_000)
    }

    func testParseThroughput() throws {
        let (value, bytes, megabytes) = try benchmarkFile()
        var parsed = JSONValue.null
        let parseTime = try best(of: 5) { parsed = try JSONParser.parse(bytes) }
        XCTAssertTrue(parsed == value)
        print(String(format: "JSON bench: JSONParser.parse      %.3f s  %.0f MB/s", parseTime, megabytes / parseTime))
    }

    func testWriteThroughput() throws {
        let (value, bytes, megabytes) = try benchmarkFile()
        var written: [UInt8] = []
        let writeTime = try best(of: 5) { written = try JSONWriter.write(value) }
        XCTAssertTrue(written == bytes)
        print(String(format: "JSON bench: JSONWriter.write      %.3f s  %.0f MB/s", writeTime, megabytes / writeTime))
    }

    func testFoundationJSONSerializationThroughput() throws {
        let (_, bytes, megabytes) = try benchmarkFile()
        let data = Data(bytes)
        let foundationTime = try best(of: 2) { _ = try JSONSerialization.jsonObject(with: data) }
        print(String(format: "JSON bench: JSONSerialization     %.3f s  %.0f MB/s", foundationTime, megabytes / foundationTime))
    }

    struct BenchAddress: Codable, Equatable {
        var street: String
        var city: String
        var zip: String
    }

    struct BenchContact: Codable, Equatable {
        var id: Int64
        var name: String
        var email: String
        var phone: String
        var balanceMinor: Int64
        var score: Double
        var active: Bool
        var createdAt: Date
        var note: String
        var tags: [String]
        var address: BenchAddress
        var manager: Int?
    }

    static let recordCount = 100_000

    private func rate(_ time: Double) -> String {
        String(format: "%.3f s  %.0f records/s", time, Double(Self.recordCount) / time)
    }

    func testDecodeThroughputOn100kRecords() throws {
        let value = JSONValue.array((0..<Self.recordCount).map(Self.contactRecord))
        var decoded: [BenchContact] = []
        let decodeTime = try best(of: 5) { decoded = try JSONValueDecoder().decode([BenchContact].self, from: value) }
        XCTAssertEqual(decoded.count, Self.recordCount)
        print("JSON bench: JSONValueDecoder (from JSONValue)   \(rate(decodeTime))")
    }

    func testParseAndDecodeThroughputOn100kRecordsAgainstFoundation() throws {
        let bytes = try JSONWriter.write(.array((0..<Self.recordCount).map(Self.contactRecord)))
        var decoded: [BenchContact] = []
        let endToEndTime = try best(of: 3) { decoded = try JSONValueDecoder().decode([BenchContact].self, fromJSON: bytes) }
        let data = Data(bytes)
        let foundationDecoder = JSONDecoder()
        foundationDecoder.dateDecodingStrategy = .iso8601
        var foundationDecoded: [BenchContact] = []
        let foundationTime = try best(of: 2) { foundationDecoded = try foundationDecoder.decode([BenchContact].self, from: data) }
        XCTAssertTrue(foundationDecoded == decoded)
        print("JSON bench: \(Self.recordCount) records, \(bytes.count / 1_000_000) MB")
        print("JSON bench: parse + JSONValueDecoder (bytes)    \(rate(endToEndTime))")
        print("JSON bench: Foundation JSONDecoder (bytes)      \(rate(foundationTime))")
    }

    func testEncodeThroughputOn100kRecords() throws {
        let value = JSONValue.array((0..<Self.recordCount).map(Self.contactRecord))
        let records = try JSONValueDecoder().decode([BenchContact].self, from: value)
        var encoded = JSONValue.null
        let encodeTime = try best(of: 3) { encoded = try JSONValueEncoder().encode(records) }
        XCTAssertTrue(try JSONValueDecoder().decode([BenchContact].self, from: encoded) == records)
        print("JSON bench: JSONValueEncoder (to JSONValue)     \(rate(encodeTime))")
    }
}
