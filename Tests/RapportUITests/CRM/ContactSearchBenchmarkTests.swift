import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// How fast `/` answers on the large demo book (50,000 contacts). Prints figures, asserts none:
/// run it in release with
/// `RAPPORT_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ContactSearchBenchmarkTests`.
final class ContactSearchBenchmarkTests: XCTestCase {
    func testKeystrokesOnTheLargeBook() throws {
        guard ProcessInfo.processInfo.environment["RAPPORT_BENCH"] == "1" else { throw XCTSkip("set RAPPORT_BENCH=1 to run") }
        let today = LocalDate(year: 2026, month: 11, day: 22) ?? LocalDate(dayNumber: 0)
        let book = DemoBookGenerator(size: .large, seed: 1, today: today).generate()
        func milliseconds(_ body: () -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        }
        var index: ContactIndex?
        let indexTime = milliseconds { index = ContactIndex(book: book, asOf: today) }
        guard let index else { return }
        print("contacts: \(index.rows.count); index built once per book change in \(String(format: "%.1f", indexTime)) ms")
        let analyticsTime = milliseconds {
            let history = PurchaseHistory(book, asOf: today)
            _ = Reports.segments(book, history: history)
            _ = Reports.lifetimeValue(book, history: history)
        }
        print("of which segments and lifetime values (one purchase history): about \(String(format: "%.1f", analyticsTime)) ms")
        let sortTime = milliseconds { _ = ContactSearch.entries(index, query: ContactListQuery()) }
        print("empty query (all rows, sorted by name): \(String(format: "%.1f", sortTime)) ms")

        for word in ["giulia ro", "smith", "gmail", "+39 3", "anbe"] {
            var previous: (query: ContactListQuery, entries: [ContactListEntry])?
            var typed = ""
            var times: [Double] = []
            var fresh: [Double] = []
            for character in word {
                typed.append(character)
                let query = ContactListQuery(search: typed)
                var entries: [ContactListEntry] = []
                times.append(milliseconds { entries = ContactSearch.entries(index, query: query, previous: previous) })
                fresh.append(milliseconds { _ = ContactSearch.entries(index, query: query) })
                previous = (query, entries)
            }
            let matches = previous?.entries.count ?? 0
            print("\"\(word)\": per keystroke \(times.map { String(format: "%.1f", $0) }.joined(separator: " ")) ms "
                  + "(worst \(String(format: "%.1f", times.max() ?? 0)); without narrowing worst \(String(format: "%.1f", fresh.max() ?? 0))), \(matches) matches")
        }
        // A whole frame at 160x48 with a query, as the terminal draws it after a keystroke.
        var app = AppHarness(book: book, width: 160, height: 48)
        app.press("2", "/")
        let renderTime = milliseconds {
            app.type("g")
            _ = app.frame()
        }
        print("first keystroke including a 160x48 frame (index build included): \(String(format: "%.1f", renderTime)) ms")
        let nextTime = milliseconds {
            app.type("i")
            _ = app.frame()
        }
        print("next keystroke including a 160x48 frame: \(String(format: "%.1f", nextTime)) ms")
    }
}
