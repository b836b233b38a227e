import XCTest
import RapportCanvas
@testable import RapportTerminal

/// The end of what the terminal sent while another program had it.
final class StatusReportTests: XCTestCase {
    func testTheAnswerIsFoundAfterOtherAnswersAndTyping() {
        let bytes = Array("\u{1B}[>84;0;0c>typed\u{1B}[12;1R".utf8) + StatusReport.answer
        XCTAssertTrue(StatusReport.isAnswered(by: bytes))
        XCTAssertTrue(StatusReport.isAnswered(by: StatusReport.answer + Array("late".utf8)))
    }

    func testOtherAnswersAreNotIt() {
        XCTAssertFalse(StatusReport.isAnswered(by: []))
        XCTAssertFalse(StatusReport.isAnswered(by: Array("\u{1B}[>84;0;0c".utf8)))
        XCTAssertFalse(StatusReport.isAnswered(by: Array("\u{1B}[0".utf8)), "an answer cut in two is not complete yet")
    }
}
