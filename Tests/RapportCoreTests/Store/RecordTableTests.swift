import Foundation
import XCTest
@testable import RapportCore

/// The sharded table behaves as the dictionary it replaced, and tracks what changed.
final class RecordTableTests: XCTestCase {
    private func survey(_ number: Int, score: Int = 5) -> SurveyResponse {
        SurveyResponse(id: SurveyResponseID(number: number), createdAt: SampleBook.noon, contactID: nil, date: SampleBook.day, score: score)
    }

    func testInsertReplaceRemoveAndCompare() {
        var table = RecordTable<SurveyResponse>()
        var reference: [SurveyResponseID: SurveyResponse] = [:]
        var generator = SeededRandom(seed: 7)
        for step in 0..<5_000 {
            let number = Int(generator.next() % 900) + 1
            if step % 3 == 0 {
                XCTAssertEqual(table.remove(SurveyResponseID(number: number)), reference.removeValue(forKey: SurveyResponseID(number: number)))
            } else {
                let record = survey(number, score: step % 11)
                table.upsert(record)
                reference[record.id] = record
            }
        }
        XCTAssertEqual(table.count, reference.count)
        XCTAssertEqual(Set(table.all.map(\.id)), Set(reference.keys))
        for (id, record) in reference { XCTAssertEqual(table[id], record) }
        var visited = 0
        table.byID.forEachRecordAddress { record in
            XCTAssertEqual(reference[record.pointee.id], record.pointee)
            visited += 1
        }
        XCTAssertEqual(visited, reference.count)
        // Same records inserted in another order: equal tables.
        let rebuilt = RecordTable(reference.values.sorted { $0.id > $1.id })
        XCTAssertEqual(rebuilt, table)
        var different = rebuilt
        different.update(reference.keys.sorted().first ?? SurveyResponseID(number: 1)) { $0.comment = "changed" }
        XCTAssertNotEqual(different, table)
    }

    func testChangedIDsFollowTheHistoryOfEitherSide() {
        let base = RecordTable([survey(1), survey(2), survey(3)])
        var left = base
        left.update(SurveyResponseID(number: 1)) { $0.score = 9 }
        var right = left
        right.remove(SurveyResponseID(number: 2))
        right.upsert(survey(4))
        XCTAssertEqual(RecordTable.changedIDs(from: left, to: right, limit: 100), [SurveyResponseID(number: 2), SurveyResponseID(number: 4)])
        XCTAssertEqual(RecordTable.changedIDs(from: right, to: base, limit: 100),
                       [SurveyResponseID(number: 1), SurveyResponseID(number: 2), SurveyResponseID(number: 4)])
        XCTAssertEqual(RecordTable.changedIDs(from: base, to: base, limit: 100), [])
        XCTAssertNil(RecordTable.changedIDs(from: base, to: RecordTable([survey(1)]), limit: 100), "no shared history")
        XCTAssertNil(RecordTable.changedIDs(from: base, to: right, limit: 2), "over the limit")
    }
}
