import XCTest
@testable import RapportCore

final class ParallelMapTests: XCTestCase {
    func testMapKeepsTheIndexOrder() {
        XCTAssertEqual(ParallelMap.map(100) { $0 * $0 }, (0..<100).map { $0 * $0 })
        XCTAssertEqual(ParallelMap.map(1) { $0 + 7 }, [7])
        XCTAssertEqual(ParallelMap.map(0) { $0 }, [])
    }

    func testChunkedCoversEveryIndexOnceInOrder() {
        for (count, chunks) in [(0, 4), (1, 4), (7, 3), (2_000, 8), (10, 1), (5, 0)] {
            XCTAssertEqual(ParallelMap.chunked(count, chunks: chunks) { Array($0) }, Array(0..<count), "\(count) in \(chunks)")
        }
        let ranges = ParallelMap.chunked(10, chunks: 3) { [$0] }
        XCTAssertEqual(ranges, [0..<4, 4..<8, 8..<10], "contiguous ranges of about the same size")
    }
}
